import fc from 'fast-check';
import { expect, test } from 'vitest';
import { freshDb } from '../../tests/fixtures/cms/load';
import { mcdTables, mcdZip } from '../../tests/fixtures/mcd/write';
import { importFiles } from './import';
import { createRuleStore } from './store';

/**
 * 300 damaged MCD downloads (fixed seed): tables cut short, junk spliced into a table, a header cell
 * dropped, bytes of the zip flipped. The import may refuse or skip rows; it never throws, always
 * reports, and the set in use is either the one from before or a complete new one — never half.
 */
const SEED = 1717;
const TABLES = mcdTables();
const NAMES = Object.keys(TABLES);
const ZIP = mcdZip(TABLES);

const damage = fc.record({
  kind: fc.constantFrom('cut', 'splice', 'header', 'flip'),
  table: fc.nat({ max: NAMES.length - 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  junk: fc.string({ minLength: 1, maxLength: 40 }),
});

function damaged(d: typeof damage extends fc.Arbitrary<infer T> ? T : never) {
  if (d.kind === 'flip') {
    const bytes = ZIP.slice();
    const at = Math.floor(d.at * bytes.length);
    for (let i = 0; i < d.junk.length && at + i < bytes.length; i++)
      bytes[at + i]! ^= d.junk.charCodeAt(i) | 1;
    return bytes;
  }
  const name = NAMES[d.table]!;
  const text = TABLES[name]!;
  const at = Math.floor(d.at * text.length);
  const next =
    d.kind === 'cut'
      ? text.slice(0, at)
      : d.kind === 'splice'
        ? `${text.slice(0, at)}${d.junk}${text.slice(at)}`
        : text.replace(/^[^,\r\n]*,/, '');
  return mcdZip({ ...TABLES, [name]: next });
}

test('300 damaged MCD downloads: never a throw, always a report, never half a set', {
  timeout: 300_000,
}, async () => {
  const db = freshDb();
  const [seeded] = await importFiles(db, [{ name: 'current_article.zip', bytes: ZIP }]);
  expect(seeded?.status).toBe('imported');
  const query = {
    codes: ['93306', '17000'],
    modifiers: [],
    diagnoses: ['I509', 'L821'],
    datesOfService: ['2026-01-15'],
    setting: 'practitioner' as const,
    placesOfService: [],
  };
  const before = JSON.stringify((await createRuleStore(db).load(query)).mcd.status === 'ok');
  await fc.assert(
    fc.asyncProperty(damage, async (d) => {
      const reports = await importFiles(db, [{ name: 'current_article.zip', bytes: damaged(d) }]);
      expect(reports.length).toBeGreaterThan(0);
      for (const r of reports) expect(r.message.length).toBeGreaterThan(0);
      const live = await db.datasets.where('kind').equals('mcd').toArray();
      expect(live).toHaveLength(1);
      const stored = (await db.ruleRecords.orderBy('set').uniqueKeys()).map(String);
      expect(stored).toEqual([live[0]!.id]);
      expect(JSON.stringify((await createRuleStore(db).load(query)).mcd.status === 'ok')).toBe(before);
    }),
    { seed: SEED, numRuns: 300 },
  );
});
