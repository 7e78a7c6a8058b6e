import { z } from 'zod';
import { type Migrations, migrate } from '../versioned';
import { BASE64, fromBase64, fromBase64OrNull, toBase64 } from './base64';
import { BackupPayload } from './payload';

/**
 * Encrypted backup file (JSON):
 *   { format: 'claimlens-backup', version: 1,
 *     kdf: { name: 'PBKDF2-SHA-256', iterations, salt }, iv, ciphertext }   (salt, iv, ciphertext: base64)
 * The key is PBKDF2-SHA-256 of the passphrase (NFC) over a random 16-byte salt, 600,000 iterations
 * (OWASP's 2023 figure for PBKDF2-HMAC-SHA256); the payload JSON is sealed with AES-GCM 256 under a
 * random 12-byte IV. GCM's tag makes a wrong passphrase and a changed byte fail the same way, and
 * the format/version are bound in as additional data so a relabelled file fails too.
 */
export const BACKUP_FORMAT = 'claimlens-backup';
export const BACKUP_VERSION = 1;
/**
 * How the payload of an older backup version becomes today's (utils/versioned.ts): migrations[n] turns
 * a version n-1 payload into version n. None yet: version 1 is the first. The settings inside carry
 * their own versions (`key$`, as in storage) and are migrated by utils/settings-backup.ts.
 */
export const BACKUP_MIGRATIONS: Migrations = {};
export const KDF_NAME = 'PBKDF2-SHA-256';
export const KDF_ITERATIONS = 600_000;
/** Refuse absurd counts a crafted file could use to hang the page. */
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_BACKUP_CHARS = 200_000_000;

export const MESSAGES = {
  wrongOrChanged: 'The passphrase is wrong, or the file was changed after it was made.',
  notBackup: 'This file is not a ClaimLens backup.',
  tooBig: 'This file is too big to be a ClaimLens backup.',
  wouldBeTooBig: (mb: number, limitMb: number) =>
    `This backup would be ${mb} MB, more than the ${limitMb} MB ClaimLens can restore, so it was not made. Pictures of proofs of filing take the most room: export the ones you need as .html from the worklist, delete old proofs, then back up again.`,
  shortPassphrase: `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  badContents: 'The backup opened, but what is inside is not something ClaimLens can restore.',
  newerVersion: (v: number) =>
    `This backup is version ${v}, made by a newer ClaimLens; this one reads version ${BACKUP_VERSION}. Update ClaimLens and try again.`,
  otherVersion: (v: string) => `This backup's version (${v}) is not one ClaimLens can read.`,
} as const;

/**
 * Base64 of `bytes` bytes (checked by decoding: salt and IV are short), or of any length (checked by
 * its shape only: the ciphertext can be large). Text that is not base64 fails; nothing throws.
 */
const b64 = (bytes: number | null) =>
  z.string().refine((s) => {
    if (bytes === null) return s.length % 4 === 0 && BASE64.test(s);
    return fromBase64OrNull(s)?.length === bytes;
  });

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  kdf: z.object({
    name: z.literal(KDF_NAME),
    iterations: z.number().int().min(KDF_ITERATIONS).max(MAX_ITERATIONS),
    salt: b64(16),
  }),
  iv: b64(12),
  ciphertext: b64(null).refine((s) => s.length > 0),
});
export type BackupFile = z.infer<typeof BackupFile>;

export type DecryptResult = { ok: true; payload: BackupPayload } | { ok: false; message: string };

/** The format and version bound into the seal: a file relabelled with another version fails to open. */
const aad = (version: number) => new TextEncoder().encode(`${BACKUP_FORMAT}:${version}`);

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(new ArrayBuffer(n)));
}

/** Seals a payload; throws with a user-facing message when the passphrase or payload is not acceptable. */
export async function encryptBackup(
  payload: BackupPayload,
  passphrase: string,
  maxChars = MAX_BACKUP_CHARS,
): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(MESSAGES.shortPassphrase);
  // Validate before sealing: a backup that cannot be restored is worse than no backup.
  const valid = BackupPayload.parse(payload);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  const plain = new TextEncoder().encode(JSON.stringify(valid));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(BACKUP_VERSION) },
    key,
    plain,
  );
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: KDF_NAME, iterations: KDF_ITERATIONS, salt: toBase64(salt) },
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
  const text = JSON.stringify(file, null, 2);
  // A file restore would refuse is not made (pictures of proofs of filing are up to 2 MB each).
  if (text.length > maxChars)
    throw new Error(MESSAGES.wouldBeTooBig(Math.ceil(text.length / 1e6), Math.floor(maxChars / 1e6)));
  return text;
}

/** Says what kind of file this is when it is not a ClaimLens backup this version reads, else null. */
function kindProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('format' in raw) || raw.format !== BACKUP_FORMAT) {
    return MESSAGES.notBackup;
  }
  const version = 'version' in raw ? raw.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= BACKUP_VERSION) {
    return null;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return MESSAGES.newerVersion(version);
  }
  return MESSAGES.otherVersion(String(version));
}

/** Opens a backup file. Never throws: every refusal comes back as a message for the user. */
export async function decryptBackup(text: string, passphrase: string): Promise<DecryptResult> {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, message: MESSAGES.tooBig };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: MESSAGES.notBackup };
  }
  const problem = kindProblem(raw);
  if (problem) return { ok: false, message: problem };
  let file: ReturnType<typeof BackupFile.safeParse>;
  try {
    file = BackupFile.safeParse(raw);
  } catch {
    return { ok: false, message: MESSAGES.wrongOrChanged };
  }
  // A damaged header (salt or IV of the wrong size, iterations lowered) is a changed file.
  if (!file.success) return { ok: false, message: MESSAGES.wrongOrChanged };
  // No passphrase this short can have made a backup; skip the half-second key derivation.
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { ok: false, message: MESSAGES.wrongOrChanged };

  let plain: ArrayBuffer;
  try {
    const { kdf, iv, ciphertext } = file.data;
    const key = await deriveKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv), additionalData: aad(file.data.version) },
      key,
      fromBase64(ciphertext),
    );
  } catch {
    return { ok: false, message: MESSAGES.wrongOrChanged };
  }
  try {
    const opened: unknown = JSON.parse(new TextDecoder().decode(plain));
    const payload = BackupPayload.safeParse(
      migrate(opened, file.data.version, BACKUP_VERSION, BACKUP_MIGRATIONS),
    );
    return payload.success
      ? { ok: true, payload: payload.data }
      : { ok: false, message: MESSAGES.badContents };
  } catch {
    return { ok: false, message: MESSAGES.badContents };
  }
}
