import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fixture, fixtures, freshDb, PTP_PRACTITIONER } from '../../tests/fixtures/cms/load';
import { importFiles } from './import';
import { createRuleStore } from './store';

/**
 * 1,000 corrupted CMS files through the importers (fixed seed; a failure prints the seed and path).
 * Bytes flipped, files truncated, junk spliced in, names swapped: the import may refuse or skip rows,
 * but it never throws, always reports, and the data that was live before still answers the same.
 */
const SEED = 4242;
const SOURCES = [
  'medicare-ncci-2024-q3-practitioner-services-mue-table.zip',
  'ncci_aoc_2024-06.csv',
  'rvu24c.zip',
  '2024-alpha-numeric-hcpcs-file.zip',
  'icd10cm-codes-2024.txt',
  'medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f2.zip',
].map(fixture);

const corruption = fc.record({
  source: fc.nat({ max: SOURCES.length - 1 }),
  kind: fc.constantFrom('flip', 'truncate', 'splice', 'rename'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  junk: fc.uint8Array({ minLength: 1, maxLength: 64 }),
});

type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(c: Corruption) {
  const file = SOURCES[c.source]!;
  const bytes = new Uint8Array(file.bytes);
  const at = Math.floor(c.at * bytes.length);
  if (c.kind === 'flip')
    for (let i = 0; i < c.junk.length && at + i < bytes.length; i++) bytes[at + i]! ^= c.junk[i]! | 1;
  if (c.kind === 'truncate') return { name: file.name, bytes: bytes.slice(0, at) };
  if (c.kind === 'splice')
    return { name: file.name, bytes: new Uint8Array([...bytes.slice(0, at), ...c.junk, ...bytes.slice(at)]) };
  if (c.kind === 'rename') return { name: SOURCES[(c.source + 1) % SOURCES.length]!.name, bytes };
  return { name: file.name, bytes };
}

test('1,000 corrupted CMS files: never a throw, always a report, the live PTP set unchanged', {
  timeout: 300_000,
}, async () => {
  const db = freshDb();
  const seeded = await importFiles(db, fixtures(PTP_PRACTITIONER));
  expect(seeded.map((r) => r.status)).toEqual(['imported']);
  const store = createRuleStore(db);
  const query = {
    codes: ['20610', '20611', '99213'],
    modifiers: [],
    diagnoses: [],
    datesOfService: ['2024-06-01'],
    setting: 'practitioner' as const,
    placesOfService: [],
  };
  const before = JSON.stringify((await store.load(query)).ptp);

  await fc.assert(
    fc.asyncProperty(corruption, async (c) => {
      const reports = await importFiles(db, [corrupt(c)]);
      expect(reports.length).toBeGreaterThan(0);
      for (const r of reports) expect(r.message.length).toBeGreaterThan(0);
      // A corrupted PTP part alone can never replace the four-part set.
      expect(JSON.stringify((await createRuleStore(db).load(query)).ptp)).toBe(before);
    }),
    { seed: SEED, numRuns: 1000 },
  );
});
