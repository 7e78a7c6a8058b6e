import { expect, test } from 'vitest';
import type { Finding } from '../model/finding';
import { PageSnapshot } from '../model/snapshot';
import { noteContext } from './context';
import { renderNote } from './render';
import { describeSample, sampleClaim, sampleEligibility, sampleFindings, sampleSnapshot } from './sample';
import { defaultTemplates, templateFor } from './templates';

const opts = { today: '2026-11-27', initials: 'JD', describeCode: describeSample };

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'denial',
  severity: 'warning',
  claimIndex: 0,
  lines: [],
  message: 'm',
  action: '',
  source: 's',
  reason: null,
  ...over,
});

test('the samples are valid snapshots', () => {
  for (const kind of Object.keys(defaultTemplates) as (keyof typeof defaultTemplates)[]) {
    expect(PageSnapshot.safeParse(sampleSnapshot(kind)).success).toBe(true);
  }
});

test('the claim-status default reads like a biller wrote it', () => {
  const ctx = noteContext(sampleSnapshot('claim-status'), sampleFindings('claim-status'), opts);
  expect(renderNote(defaultTemplates['claim-status'], ctx)).toBe(
    '11/27/2026 Availity claim status: claim 7000000001, DOS 08/01/2024, billed $560.00, allowed $77.68, paid $62.14, pt resp $15.54, denied: CO-97 (bundled into another service) + M15 (separately billed services bundled) on 20610. Ref EXC1234567. Next: Corrected claim with XS if distinct; otherwise write it off — JD',
  );
});

test('every page kind has a default that renders without n/a on its sample page', () => {
  for (const kind of Object.keys(defaultTemplates) as (keyof typeof defaultTemplates)[]) {
    const ctx = noteContext(sampleSnapshot(kind), sampleFindings(kind), opts);
    const note = renderNote(templateFor(kind, {}), ctx);
    expect(note, kind).toMatch(/^11\/27\/2026 Availity/);
    expect(note, kind).not.toContain('n/a');
    expect(note, kind).not.toMatch(/[{}[\]]/);
  }
});

test('eligibility notes carry the accumulators and an estimated patient share', () => {
  const ctx = noteContext(sampleSnapshot('eligibility'), sampleFindings('eligibility'), {
    ...opts,
    expectedCharge: 1000,
  });
  // $500 deductible left, then 20% of the remaining $500.
  expect(ctx.patientShare).toBe('est. $600.00');
  expect(renderNote(defaultTemplates.eligibility, ctx)).toBe(
    '11/27/2026 Availity eligibility Sample Health Plan: DOS 12/01/2026, coverage active (Gold PPO), deductible left $500.00 of $3,000.00, OOP left $3,200.00 of $6,000.00, coinsurance 20% office visit, patient share est. $600.00. Next: Confirm payer order with the patient — JD',
  );
});

test('a copay plan estimates the copay, capped at what is left of the out-of-pocket', () => {
  const snap = sampleSnapshot('eligibility');
  const elig = {
    ...sampleEligibility(),
    copays: [{ service: 'specialist', amount: 50, network: 'in' as const }],
  };
  elig.outOfPocket = [{ network: 'in', level: 'individual', total: 6000, met: 5980, remaining: 20 }];
  const ctx = noteContext({ ...snap, eligibility: elig }, [], { ...opts, expectedCharge: 200 });
  expect(ctx.copay).toBe('$50.00 specialist');
  expect(ctx.patientShare).toBe('est. $20.00');
});

test('no estimate when the page does not show enough to make one', () => {
  const snap = sampleSnapshot('eligibility');
  const noCoins = { ...sampleEligibility(), coinsurance: [] };
  expect(
    noteContext({ ...snap, eligibility: noCoins }, [], { ...opts, expectedCharge: 1000 }).patientShare,
  ).toBeNull();
  // …unless the deductible left covers the whole charge.
  expect(
    noteContext({ ...snap, eligibility: noCoins }, [], { ...opts, expectedCharge: 300 }).patientShare,
  ).toBe('est. $300.00');
  const noDeductible = { ...sampleEligibility(), deductible: [] };
  expect(
    noteContext({ ...snap, eligibility: noDeductible }, [], { ...opts, expectedCharge: 100 }).patientShare,
  ).toBeNull();
  expect(noteContext(snap, [], opts).patientShare).toBeNull();
});

test('DOS becomes a range when the lines span several days', () => {
  const claim = sampleClaim();
  claim.serviceLines[1] = { ...claim.serviceLines[1]!, dosFrom: '2024-08-03', dosTo: '2024-08-04' };
  const ctx = noteContext({ ...sampleSnapshot('claim-detail'), claims: [claim] }, [], opts);
  expect(ctx.dos).toBe('08/01/2024-08/04/2024');
  expect(ctx.codes).toBe('20610, 20611-RT');
});

test('a claims-list row without lines gives its DOS from the list', () => {
  const row = { ...sampleClaim(), serviceLines: [], serviceDates: { from: '2024-08-01', to: '2024-08-02' } };
  const ctx = noteContext({ ...sampleSnapshot('claim-status'), claims: [row] }, [], opts);
  expect(ctx.dos).toBe('08/01/2024-08/02/2024');
});

test('a given claim index picks that claim, and its own findings only', () => {
  const second = sampleClaim({ claimNumber: '7000000002', paid: 10, checkNumber: null });
  const snap = { ...sampleSnapshot('remittance'), claims: [sampleClaim(), second] };
  const findings = [
    finding({ claimIndex: 0, action: 'Write off' }),
    finding({ claimIndex: 1, action: 'Appeal with records' }),
  ];
  const ctx = noteContext(snap, findings, { ...opts, claimIndex: 1 });
  expect([ctx.claimNumber, ctx.paid, ctx.ref, ctx.nextStep]).toEqual([
    '7000000002',
    '$10.00',
    null,
    'Appeal with records',
  ]);
});

test('next step: one per problem, worst first, without could-not-check, info or repeats', () => {
  const findings = [
    finding({ rule: 'mue', severity: 'error', action: 'Split the line' }),
    finding({ rule: 'denial', severity: 'info', action: 'Check the EOB.' }),
    finding({ rule: 'ptp', severity: 'could-not-check', action: 'Import the PTP table' }),
    finding({ rule: 'ptp', severity: 'error', action: 'Add XS and send a corrected claim' }),
    finding({ rule: 'denial', severity: 'warning', action: 'Add XS and send a corrected claim.' }),
  ];
  const ctx = noteContext(sampleSnapshot('claim-status'), findings, opts);
  expect(ctx.nextStep).toBe('Split the line; Add XS and send a corrected claim');
});

test('a denial code and the NCCI pair behind it give one step, not two overlapping ones', () => {
  const [ptp, co97] = sampleFindings('claim-detail');
  const ctx = noteContext(sampleSnapshot('claim-detail'), [ptp!, co97!], opts);
  expect(ctx.nextStep).toBe('Corrected claim with XS if distinct; otherwise write it off');
});

test('appeal boilerplate and "(see the next step)" stay in the panel, not in the note', () => {
  const findings = [
    finding({
      severity: 'error',
      action: 'Check the MUE indicator. Appeal only if the facts support it (see the next step).',
    }),
  ];
  const ctx = noteContext(sampleSnapshot('claim-status'), findings, opts);
  expect(ctx.nextStep).toBe('Check the MUE indicator');
});

test('nothing wrong: the first informational step (post the payment)', () => {
  const findings = [finding({ severity: 'info', action: 'Post the payment.' })];
  expect(noteContext(sampleSnapshot('claim-status'), findings, opts).nextStep).toBe('Post the payment');
});

test('routine adjustments (CO-45, PR-2) are not listed as denials; a code with no explanation is kept', () => {
  const claim = sampleClaim();
  claim.serviceLines[1]!.adjustments.push({ group: 'CO', reason: '45', amount: 20 });
  const routine = [
    finding({ severity: 'info', lines: [2], message: 'Line 2 (20611): PR-2 — coinsurance.' }),
    finding({ severity: 'info', lines: [2], message: 'Line 2 (20611): CO-45 — above the fee schedule.' }),
    finding({ severity: 'error', lines: [1], message: 'Line 1 (20610): CO-97 — bundled.' }),
  ];
  const ctx = noteContext({ ...sampleSnapshot('claim-status'), claims: [claim] }, routine, {
    today: '2026-11-27',
    initials: '',
  });
  expect(ctx.denials).toBe('CO-97 + M15 on 20610');
  const note = renderNote(defaultTemplates['claim-status'], ctx);
  expect(note).not.toMatch(/CO-45|PR-2/);
});

test('"Action taken" goes into the note as typed, trimmed', () => {
  const ctx = noteContext(sampleSnapshot('claim-status'), [], {
    ...opts,
    actionTaken: '  called payer, ref 55 ',
  });
  expect(ctx.actionTaken).toBe('called payer, ref 55');
  expect(renderNote(defaultTemplates['claim-status'], ctx)).toContain(
    '. Ref EXC1234567. Action taken: called payer, ref 55 — JD',
  );
});

test('claim totals fall back to the sum of the lines, in cents', () => {
  const claim = sampleClaim({ billed: null, paid: null, patientResponsibility: null });
  claim.serviceLines = claim.serviceLines.map((l, i) => ({ ...l, charge: i ? 0.2 : 0.1 }));
  const ctx = noteContext({ ...sampleSnapshot('claim-status'), claims: [claim] }, [], opts);
  expect([ctx.billed, ctx.paid, ctx.patientResponsibility]).toEqual(['$0.30', '$62.14', '$15.54']);
});

test('without a meaning lookup the codes still show, and a status without words uses the 277 category', () => {
  const claim = sampleClaim({ status: { category: 'P3', code: null, text: null } });
  const ctx = noteContext({ ...sampleSnapshot('claim-status'), claims: [claim] }, [], {
    today: '2026-11-27',
    initials: '',
  });
  expect(ctx.denials).toBe('CO-97 + M15 on 20610; PR-2 on 20611');
  expect(ctx.status).toBe('waiting on information from the provider (P3)');
  expect(ctx.initials).toBeNull();
});

// An identifier in the 11-character MBI layout, assembled here so that no MBI-shaped literal (real or
// not) is stored in the repository; the letters and digits are made up.
const MBI_SHAPED = ['9', 'TT', '9', '-', 'TT', '9', '-', 'TT', '99'].join('').replace(/9/g, '7');

test('member ids in page words never reach the note', () => {
  const claim = sampleClaim({
    status: { category: null, code: null, text: 'Denied - Member ID: W123456789' },
    payer: `Medicare Part B ${MBI_SHAPED}`,
  });
  const ctx = noteContext({ ...sampleSnapshot('claim-status'), claims: [claim] }, [], opts);
  const note = renderNote(defaultTemplates['claim-status'], ctx) + (ctx.payer ?? '');
  expect(note).not.toContain('W123456789');
  expect(note).not.toContain(MBI_SHAPED.slice(0, 4));
  expect(ctx.status).toBe('denied');
  expect(ctx.payer).toBe('Medicare Part B');
});

test('a page without claims or eligibility still gives a usable note', () => {
  const snap = { ...sampleSnapshot('unknown'), claims: [] };
  expect(renderNote(defaultTemplates.unknown, noteContext(snap, [], opts))).toBe('11/27/2026 Availity — JD');
});
