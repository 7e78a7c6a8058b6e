import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClaimLensDb } from '../db';
import type { Finding } from '../model/finding';
import { checkSnapshot } from '../rules/engine';
import { RuleSettings, type RuleSettingsInput } from '../rules/settings';
import { adj, claim, snapshot } from '../rules/testing/builder';
import { createMemoryStore } from '../rules/testing/memory-store';
import { tables } from '../rules/testing/run';
import { readPage } from './classify';
import { createMemorySource } from './memory';
import { recordReadings } from './store';
import { seenAt } from './testing/pages';

const TODAY = '2026-11-20';
let db: ClaimLensDb;
beforeEach(async () => {
  db = new ClaimLensDb(`memory-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A remittance where TEST PAYER denied 97110 (with these modifiers) on claim n, decided on `date`. */
async function denied(n: number, date: string, mods: string[] = [], reason = 'CO-4', payer = 'TEST PAYER') {
  const c = claim({
    claimNumber: `7200000${String(n).padStart(3, '0')}`,
    payer,
    finalizedDate: date,
    lines: [
      ['97110', { modifiers: mods, charge: 100, paid: 0, adjustments: [adj(reason, 100)] }],
      ['97530-GP', { charge: 90, paid: 70 }],
    ],
  });
  const [reading] = readPage(snapshot([c], { kind: 'remittance' }));
  await recordReadings(db, [{ reading: reading!, at: seenAt(date) }]);
}

async function paidLater(n: number, mods: string[]) {
  const c = claim({
    claimNumber: `7200000${String(n).padStart(3, '0')}`,
    payer: 'TEST PAYER',
    status: { category: 'F1', code: null, text: 'Paid' },
    paid: 80,
    lines: [['97110', { modifiers: mods, charge: 100, paid: 80, adjustments: [adj('CO-45', 20)] }]],
  });
  const [reading] = readPage(snapshot([c], { kind: 'remittance' }));
  await recordReadings(db, [{ reading: reading!, at: seenAt(TODAY) }]);
}

/** A claim being keyed for `payer`, through the whole engine with the denial memory. */
async function entryFindings(
  lines: string[],
  payer: string | null = 'Test Payer',
  settings: RuleSettingsInput = {},
) {
  const form = snapshot([claim({ claimNumber: null, payer, dos: TODAY, lines })], { kind: 'claim-entry' });
  const found = await checkSnapshot(
    form,
    createMemoryStore(tables()),
    RuleSettings.parse(settings),
    TODAY,
    createMemorySource(db),
  );
  return found.filter((f: Finding) => f.rule === 'history');
}

describe('the history finding on claim entry', () => {
  test('the issue\'s example: "TEST PAYER denied 97110 without GP 4 times in the last 90 days"', async () => {
    for (const [n, date] of [
      [1, '2026-09-01'],
      [2, '2026-09-20'],
      [3, '2026-10-15'],
      [4, '2026-11-02'],
    ] as const)
      await denied(n, date);
    await paidLater(1, ['GP']);
    const [f, ...more] = await entryFindings(['97110', '97530-GP']);
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', lines: [1] });
    expect(f!.message).toBe(
      'TEST PAYER denied 97110 without GP 4 times in the last 90 days (CO-4: modifier wrong or missing) — last on 2026-11-02.',
    );
    expect(f!.action).toMatch(/GP had been added/);
    expect(f!.source).toMatch(/denial history/i);
  });

  test('never from one or two denials by default; the threshold and window are settings', async () => {
    await denied(1, '2026-10-01');
    await denied(2, '2026-10-02');
    expect(await entryFindings(['97110'])).toEqual([]);
    expect(
      await entryFindings(['97110'], 'Test Payer', { history: { minDenials: 2, windowDays: 90 } }),
    ).toHaveLength(1);
    await denied(3, '2026-06-01');
    // The third is older than 90 days: still two in the window.
    expect(await entryFindings(['97110'])).toEqual([]);
    expect(
      await entryFindings(['97110'], 'Test Payer', { history: { minDenials: 3, windowDays: 200 } }),
    ).toHaveLength(1);
  });

  test('only the same payer, code and modifier set count', async () => {
    for (const n of [1, 2, 3]) await denied(n, '2026-11-01', ['59']);
    expect(await entryFindings(['97110'])).toEqual([]);
    expect(await entryFindings(['97110-59'], 'Other Payer')).toEqual([]);
    const [f] = await entryFindings(['97110-59']);
    expect(f!.message).toMatch(/^TEST PAYER denied 97110-59 3 times/);
  });

  test('a claim counts once however often it was seen', async () => {
    await denied(1, '2026-11-01');
    await denied(1, '2026-11-01');
    await denied(2, '2026-11-01');
    expect(await entryFindings(['97110'])).toEqual([]);
  });

  test('a form that does not name its payer gets "could not check", naming the payer that denied it', async () => {
    for (const n of [1, 2, 3]) await denied(n, '2026-11-01');
    const [f] = await entryFindings(['97110'], null);
    expect(f).toMatchObject({ severity: 'could-not-check', reason: 'The form does not name the payer.' });
    expect(f!.message).toMatch(/TEST PAYER denied 97110 with no modifier 3 times/);
  });

  test('a denial memory that cannot be read is "could not check", never silence', async () => {
    const broken = { forClaim: () => Promise.reject(new Error('UnknownError: the database is gone')) };
    const form = snapshot([claim({ claimNumber: null, payer: 'Test Payer', dos: TODAY, lines: ['97110'] })], {
      kind: 'claim-entry',
    });
    const found = await checkSnapshot(
      form,
      createMemoryStore(tables()),
      RuleSettings.parse({}),
      TODAY,
      broken,
    );
    const history = found.filter((f) => f.rule === 'history');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      severity: 'could-not-check',
      message: 'Could not check your denial history for this claim: ClaimLens could not read it.',
      reason: 'Error: UnknownError: the database is gone',
    });
  });

  test('switched off in the settings, it says nothing; status pages never get it', async () => {
    for (const n of [1, 2, 3]) await denied(n, '2026-11-01');
    expect(await entryFindings(['97110'], 'Test Payer', { rules: { history: { enabled: false } } })).toEqual(
      [],
    );
    const page = snapshot([claim({ claimNumber: 'X', payer: 'Test Payer', dos: TODAY, lines: ['97110'] })], {
      kind: 'claim-detail',
    });
    const found = await checkSnapshot(
      page,
      createMemoryStore(tables()),
      RuleSettings.parse({}),
      TODAY,
      createMemorySource(db),
    );
    expect(found.filter((f) => f.rule === 'history')).toEqual([]);
  });

  test('the memory is cached until told the records changed', async () => {
    const memory = createMemorySource(db);
    const form = snapshot([claim({ claimNumber: null, payer: 'Test Payer', dos: TODAY, lines: ['97110'] })], {
      kind: 'claim-entry',
    });
    expect((await memory.forClaim(form.claims[0]!, form))?.denials).toEqual([]);
    for (const n of [1, 2, 3]) await denied(n, '2026-11-01');
    expect((await memory.forClaim(form.claims[0]!, form))?.denials).toEqual([]);
    memory.forget();
    expect((await memory.forClaim(form.claims[0]!, form))?.denials).toHaveLength(3);
  });
});
