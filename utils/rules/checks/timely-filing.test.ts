import { describe, expect, it } from 'vitest';
import { brief, type ClaimSpec, claim, snapshot } from '../testing/builder';
import { runSnapshot } from '../testing/run';

/** Timely filing by payer defaults (settings), today injected as 2024-06-20 unless stated. */

async function tf(spec: ClaimSpec, kind: 'claim-entry' | 'claim-status' = 'claim-entry', settings = {}) {
  const found = await runSnapshot(snapshot([claim(spec)], { kind }), { settings, today: '2024-06-20' });
  return found.filter((f) => f.rule === 'timely-filing' || f.rule === 'denial');
}

describe('timely filing', () => {
  it.each([
    // Medicare 365 days from 2024-09-10: far away, nothing to say on a claim being keyed.
    ['Medicare, plenty of time', { lines: ['99213'] }, []],
    // Aetna 120 days from 2024-03-01 → 2024-06-29: 9 days left.
    [
      'Aetna, 9 days left',
      { payer: 'Aetna', lines: ['99213'], dos: '2024-03-01' },
      ['timely-filing warning []'],
    ],
    // Cigna 90 days from 2024-03-01 → 2024-05-30: passed.
    ['Cigna, passed', { payer: 'Cigna', lines: ['99213'], dos: '2024-03-01' }, ['timely-filing error []']],
    // UHC 90 days from 2024-04-15 → 2024-07-14: 24 days left.
    [
      'UnitedHealthcare, 24 days left',
      { payer: 'UnitedHealthcare', lines: ['99213'], dos: '2024-04-15' },
      ['timely-filing warning []'],
    ],
    // Unknown payer: 90-day default → 2024-05-30: passed, and the message says to check the contract.
    [
      'unknown payer',
      { payer: 'Acme Health Plan', lines: ['99213'], dos: '2024-03-01' },
      ['timely-filing error []'],
    ],
    // Secondary claim: counted from the primary EOB 2024-06-01 (+120 Aetna = 2024-09-29), not the 2023 DOS.
    [
      'secondary from the primary EOB',
      { payer: 'Aetna', lines: ['99213'], dos: '2023-10-10', primaryEobDate: '2024-06-01' },
      [],
    ],
  ] as const)('%s', async (_name, spec, expected) => {
    expect(brief(await tf({ ...spec, lines: [...spec.lines] }))).toEqual([...expected]);
  });

  it('names the contract when the payer is not in settings', async () => {
    const [f] = await tf({ payer: 'Acme Health Plan', lines: ['99213'], dos: '2024-03-01' });
    expect(f?.message).toContain('check your contract');
  });

  it('flags a claim received after the limit (explains a CO-29)', async () => {
    const found = await tf(
      { payer: 'Cigna', lines: ['99213'], dos: '2024-03-01', receivedDate: '2024-06-10' },
      'claim-status',
    );
    expect(brief(found)).toEqual(['timely-filing error []']);
  });

  it('a paid claim on a status page says nothing, even long after the limit', async () => {
    const found = await tf(
      {
        payer: 'Cigna',
        lines: ['99213'],
        dos: '2023-03-01',
        status: { category: 'F1', code: null, text: 'Paid' },
      },
      'claim-status',
    );
    expect(found.filter((f) => f.rule === 'timely-filing')).toEqual([]);
  });

  it('a rejected claim (A7) still has to be filed in time', async () => {
    const found = await tf(
      {
        payer: 'Cigna',
        lines: ['99213'],
        dos: '2024-03-01',
        status: { category: 'A7', code: null, text: null },
      },
      'claim-status',
    );
    expect(brief(found)).toEqual(['denial error []', 'timely-filing error []']);
  });

  it('a denied claim on a claims list (no lines, only its dates) shows the filing clock', async () => {
    // Cigna 90 days from the list's first date 2024-03-01 → 2024-05-30: passed.
    const row = {
      payer: 'Cigna',
      lines: [],
      serviceDates: { from: '2024-03-01', to: '2024-03-02' },
      status: { category: 'F2', code: null, text: 'Denied' },
    };
    const found = await tf(row, 'claim-status');
    expect(brief(found)).toEqual(['denial warning []', 'timely-filing error []']);
    expect(found.find((f) => f.rule === 'timely-filing')?.message).toContain('2024-03-01');
    // Without the list's dates there is nothing to count from: no clock, not a wrong one.
    expect(brief(await tf({ ...row, serviceDates: null }, 'claim-status'))).toEqual(['denial warning []']);
  });

  it('Medicare Advantage plans are not held to the Medicare 12 months (unknown-payer default applies)', async () => {
    const [f] = await tf({ payer: 'Humana Medicare Advantage', lines: ['99213'], dos: '2024-03-01' });
    expect(f?.message).toContain('90 days');
    expect(f?.message).toContain('check your contract');
  });

  it('a claim received in time says nothing', async () => {
    const found = await tf(
      { payer: 'Cigna', lines: ['99213'], dos: '2024-03-01', receivedDate: '2024-04-10' },
      'claim-status',
    );
    expect(found).toEqual([]);
  });

  it('denied Medicare claim: filing clock and the 120-day redetermination window', async () => {
    // Finalized 2024-03-01 + 120 = 2024-06-29: 9 days left. Filing: 2024-02-01 + 365 = 2025-01-31.
    const found = await tf(
      {
        lines: ['99213'],
        dos: '2024-02-01',
        status: { category: 'F2', code: null, text: 'Denied' },
        finalizedDate: '2024-03-01',
      },
      'claim-status',
    );
    expect(brief(found)).toEqual(['denial warning []', 'timely-filing info []', 'timely-filing warning []']);
    expect(found.find((f) => f.severity === 'warning' && f.rule === 'timely-filing')?.message).toContain(
      'redetermination',
    );
    // Medicare Part B takes no corrected claim: the filing clock says to ask for a reopening.
    const filing = found.find((f) => f.severity === 'info' && f.rule === 'timely-filing');
    expect(filing?.action).toContain('reopening');
    expect(filing?.action).not.toContain('corrected claim');
  });

  it('a denied commercial claim still gets the corrected-claim clock', async () => {
    const found = await tf(
      {
        payer: 'Aetna',
        lines: ['99213'],
        dos: '2024-05-01',
        status: { category: 'F2', code: null, text: 'Denied' },
      },
      'claim-status',
    );
    expect(found.find((f) => f.rule === 'timely-filing')?.action).toContain('Send the corrected claim');
  });

  it('follows the user-edited limit and warning threshold', async () => {
    const spec = { payer: 'Aetna', lines: ['99213'], dos: '2024-03-01' };
    // Aetna raised to 180 days → 2024-08-28: 69 days left, quiet at the default 30-day warning…
    const settings = { filingLimits: [{ payerPattern: 'aetna', days: 180 }] };
    expect(await tf(spec, 'claim-entry', settings)).toEqual([]);
    // …and a warning when the user warns at 90 days.
    expect(brief(await tf(spec, 'claim-entry', { ...settings, filingWarningDays: 90 }))).toEqual([
      'timely-filing warning []',
    ]);
  });
});
