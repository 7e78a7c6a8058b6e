import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { type PayerPack, parsePayerPack } from '../../utils/rules/payer-pack';
import { MAX_PACKS, packSummary, readPackFile } from './payer-pack-file';

const example = (name: string) => readFileSync(join(__dirname, '../../docs/payer-rules', name), 'utf8');
const EXAMPLES = ['acme-therapy.json', 'lenient-ptp-warning.json', 'orthopedic-prior-auth.json'];

test('every documented example imports, one after the other', () => {
  let packs: PayerPack[] = [];
  for (const file of EXAMPLES) {
    const result = readPackFile(example(file), packs);
    expect(result.ok, file).toBe(true);
    if (result.ok) packs = result.packs;
  }
  expect(packs.map((p) => p.name)).toEqual([
    'Acme Health therapy',
    'Workers comp fee schedule',
    'Regional ortho prior auth',
  ]);
});

test('the text names the pack, its payer names and what it holds', () => {
  const result = readPackFile(example('acme-therapy.json'), []);
  expect(result).toMatchObject({
    ok: true,
    text: 'Imported “Acme Health therapy” 2026-03 (payers whose name contains “acme health”): 1 required-modifier rule, 1 prior-auth rule, filing limit 180 days, 1 check changed.',
  });
});

test('a pack with the same name replaces the old one in place and says so', () => {
  const first = readPackFile(example('acme-therapy.json'), []);
  const second = readPackFile(example('orthopedic-prior-auth.json'), first.ok ? first.packs : []);
  const existing = second.ok ? second.packs : [];
  const newer = JSON.parse(example('acme-therapy.json'));
  newer.version = '2026-09';
  newer.filingLimitDays = 90;
  const result = readPackFile(JSON.stringify(newer), existing);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.packs.map((p) => [p.name, p.version])).toEqual([
    ['Acme Health therapy', '2026-09'],
    ['Regional ortho prior auth', '2026-01'],
  ]);
  expect(result.text).toMatch(
    /^Replaced the pack “Acme Health therapy” 2026-03 with “Acme Health therapy” 2026-09/,
  );
  // The list passed in is not changed.
  expect(existing[0]?.version).toBe('2026-03');
});

test('invalid JSON, an empty file and schema problems are refused with the problems listed', () => {
  expect(readPackFile('{ nope', [])).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/^not valid JSON/)],
  });
  expect(readPackFile('  ', [])).toMatchObject({ ok: false, text: 'The file is empty.' });
  const bad = readPackFile(
    JSON.stringify({
      schema: 1,
      name: 'Bad',
      version: '1',
      payer: { namePattern: '(' },
      requiredModifiers: [{ codes: ['97110'], anyOf: ['GPX'] }],
    }),
    [],
  );
  expect(bad.ok).toBe(false);
  if (bad.ok) return;
  expect(bad.text).toBe('This is not a ClaimLens payer pack: 2 problems to fix.');
  expect(bad.problems).toContainEqual(
    expect.stringMatching(/^payer\.namePattern: “\(” is a regular expression/),
  );
  expect(bad.problems).toContain('requiredModifiers.0.anyOf.0: a modifier is 2 letters/digits, e.g. "GP"');
});

test('at most MAX_PACKS packs; replacing still works when full', () => {
  const base = parsePayerPack(example('acme-therapy.json'));
  if (!base.ok) throw new Error('example broken');
  const full = Array.from({ length: MAX_PACKS }, (_, i) => ({ ...base.pack, name: `Pack ${i}` }));
  expect(readPackFile(example('acme-therapy.json'), full)).toMatchObject({ ok: false });
  const same = JSON.stringify({ ...JSON.parse(example('acme-therapy.json')), name: 'Pack 3' });
  const replaced = readPackFile(same, full);
  expect(replaced.ok && replaced.packs.length).toBe(MAX_PACKS);
});

test('summary counts', () => {
  const r = parsePayerPack(example('lenient-ptp-warning.json'));
  if (!r.ok) throw new Error('example broken');
  expect(packSummary(r.pack)).toBe(
    '0 required-modifier rules, 0 prior-auth rules, filing limit 365 days, 3 checks changed',
  );
});
