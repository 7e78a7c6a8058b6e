import { expect, test } from 'vitest';
import { denialRecord } from '../denials/testing/record';
import { decryptBackup, encryptBackup, KDF_ITERATIONS, MESSAGES } from './backup';
import { fromBase64, toBase64 } from './base64';
import type { BackupPayload } from './payload';

const payload: BackupPayload = {
  createdAt: '2026-11-27T20:00:00.000Z',
  notes: [
    {
      claimNumber: '7000000001',
      portal: 'availity',
      kind: 'claim-status',
      text: '11/27/2026 Availity claim status: claim 7000000001, denied CO-97 — JD',
      createdAt: '2026-11-27T19:00:00.000Z',
    },
  ],
  proofs: [],
  proofPages: [],
  dismissals: [
    {
      id: '7000000001|ptp|1,2',
      claimNumber: '7000000001',
      rule: 'ptp',
      lines: [1, 2],
      reason: 'distinct site documented',
      dismissedAt: '2026-11-27T19:00:00.000Z',
    },
  ],
  denials: [denialRecord()],
  settings: { 'settings:notes': { initials: 'JD', templates: { eligibility: '{date} {coverage}' } } },
  payerPacks: [{ name: 'Practice pack', rules: [] }],
};

const PASS = 'correct horse battery';

test('a backup opens with its passphrase and gives back exactly what was saved', async () => {
  const file = await encryptBackup(payload, PASS);
  expect(await decryptBackup(file, PASS)).toEqual({ ok: true, payload });
});

test('the file is the documented JSON shape, with a 600,000-iteration PBKDF2 key, 16-byte salt, 12-byte IV', async () => {
  const file = JSON.parse(await encryptBackup(payload, PASS));
  expect(Object.keys(file).sort()).toEqual(['ciphertext', 'format', 'iv', 'kdf', 'version']);
  expect(file.format).toBe('claimlens-backup');
  expect(file.version).toBe(1);
  expect(file.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: 600_000 });
  expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  expect(fromBase64(file.kdf.salt).length).toBe(16);
  expect(fromBase64(file.iv).length).toBe(12);
});

test('nothing readable is left in the file: no claim numbers or note text', async () => {
  const file = await encryptBackup(payload, PASS);
  expect(file).not.toContain('7000000001');
  expect(file).not.toContain('CO-97');
  expect(file).not.toContain('distinct site');
});

test('two backups of the same data differ (fresh salt and IV each time)', async () => {
  const [a, b] = [
    JSON.parse(await encryptBackup(payload, PASS)),
    JSON.parse(await encryptBackup(payload, PASS)),
  ];
  expect(a.kdf.salt).not.toBe(b.kdf.salt);
  expect(a.iv).not.toBe(b.iv);
  expect(a.ciphertext).not.toBe(b.ciphertext);
});

test('a wrong passphrase is refused with the clear message', async () => {
  const file = await encryptBackup(payload, PASS);
  expect(await decryptBackup(file, 'correct horse battery!')).toEqual({
    ok: false,
    message: 'The passphrase is wrong, or the file was changed after it was made.',
  });
  expect(await decryptBackup(file, 'short')).toEqual({ ok: false, message: MESSAGES.wrongOrChanged });
});

test('a file changed after it was made is refused the same way', async () => {
  const file = JSON.parse(await encryptBackup(payload, PASS));
  const bytes = fromBase64(file.ciphertext);
  bytes[10] = (bytes[10] ?? 0) ^ 1;
  const flipped = { ...file, ciphertext: toBase64(bytes) };
  expect(await decryptBackup(JSON.stringify(flipped), PASS)).toEqual({
    ok: false,
    message: MESSAGES.wrongOrChanged,
  });

  const otherIv = { ...file, iv: toBase64(new Uint8Array(12)) };
  expect((await decryptBackup(JSON.stringify(otherIv), PASS)).ok).toBe(false);

  const weaker = { ...file, kdf: { ...file.kdf, iterations: 1000 } };
  expect(await decryptBackup(JSON.stringify(weaker), PASS)).toEqual({
    ok: false,
    message: MESSAGES.wrongOrChanged,
  });

  const truncated = { ...file, ciphertext: file.ciphertext.slice(0, 8) };
  expect((await decryptBackup(JSON.stringify(truncated), PASS)).ok).toBe(false);
});

test('a file of another kind or version says so', async () => {
  const file = JSON.parse(await encryptBackup(payload, PASS));
  expect(await decryptBackup('created_at,claim_number\r\n', PASS)).toEqual({
    ok: false,
    message: 'This file is not a ClaimLens backup.',
  });
  expect(await decryptBackup(JSON.stringify({ ...file, format: 'other-backup' }), PASS)).toEqual({
    ok: false,
    message: MESSAGES.notBackup,
  });
  const v2 = await decryptBackup(JSON.stringify({ ...file, version: 2 }), PASS);
  expect(v2).toEqual({ ok: false, message: expect.stringMatching(/version 2, made by a newer ClaimLens/) });
  const v0 = await decryptBackup(JSON.stringify({ ...file, version: '1' }), PASS);
  expect(v0).toEqual({
    ok: false,
    message: expect.stringMatching(/version \(1\) is not one ClaimLens can read/),
  });
  expect(await decryptBackup('null', PASS)).toEqual({ ok: false, message: MESSAGES.notBackup });
});

test('a passphrase under 8 characters cannot make a backup', async () => {
  await expect(encryptBackup(payload, 'seven77')).rejects.toThrow(
    'The passphrase must be at least 8 characters.',
  );
});

test('the same passphrase typed with composed or decomposed accents opens the backup', async () => {
  const file = await encryptBackup(payload, 'caf\u00e9 au lait');
  expect((await decryptBackup(file, 'cafe\u0301 au lait')).ok).toBe(true);
});

test('a payload that could not be restored is never sealed', async () => {
  const broken = { ...payload, notes: [{ text: 'no claim number' }] } as unknown as BackupPayload;
  await expect(encryptBackup(broken, PASS)).rejects.toThrow();
});

test('a damaged salt, IV or ciphertext (not base64 at all) is refused with the message, never thrown', async () => {
  const file = JSON.parse(await encryptBackup(payload, PASS));
  for (const damaged of [
    { ...file, iv: 'A' },
    { ...file, iv: 'AAAAA=AAAAAAAAAA' },
    { ...file, kdf: { ...file.kdf, salt: 'A' } },
    { ...file, kdf: { ...file.kdf, salt: '=====' } },
    { ...file, ciphertext: 'A' },
    { ...file, iv: 12 },
    { ...file, kdf: null },
  ]) {
    await expect(decryptBackup(JSON.stringify(damaged), PASS)).resolves.toEqual({
      ok: false,
      message: MESSAGES.wrongOrChanged,
    });
  }
});

test('a backup larger than a restore accepts is not made, and the biller is told what takes the room', async () => {
  await expect(encryptBackup(payload, PASS, 1_000_000)).resolves.toBeTypeOf('string');
  await expect(encryptBackup(payload, PASS, 500)).rejects.toThrow(
    /^This backup would be 1 MB, more than the 0 MB ClaimLens can restore, so it was not made\. Pictures of proofs of filing take the most room/,
  );
});
