import { describe, expect, it } from 'vitest';
import { adj, eligibility } from '../testing/builder';
import { denialOn, oneDenial, SUGGESTS_59_OR_X, tellsToBillPatient } from '../testing/denial';

/** Issue 21's audit, defect by defect, through the whole engine (Medicare claim unless said). */

describe('1. the group code drives the next step', () => {
  it('PR-50 on a GA line (ABN on file): bill the patient, no appeal needed', async () => {
    const f = await oneDenial([['93000-GA', { adjustments: [adj('PR-50', 30)] }]]);
    expect(f.action).toMatch(/^The patient signed an ABN \(GA\) and accepted liability: bill the patient/);
    expect(f.action).not.toMatch(/appeal with/i);
    expect(f.severity).toBe('info');
    expect(f.source).toContain('ch. 30');
  });

  it('CO-50 keeps the liability with the practice: redetermination or write-off, never the patient', async () => {
    const f = await oneDenial([['93000', { adjustments: [adj('CO-50', 30)] }]]);
    expect(f.action).toMatch(/request a redetermination within 120 days/);
    expect(tellsToBillPatient(f.action)).toBe(false);
    const gz = await oneDenial([['93000-GZ', { adjustments: [adj('CO-50', 30)] }]]);
    expect(gz.action).toMatch(/^GZ says no ABN was given/);
    const ga = await oneDenial([['93000-GA', { adjustments: [adj('CO-50', 30)] }]]);
    expect(ga.action).toMatch(/^GA was on the line, yet the payer kept the liability with you/);
  });

  it('CO-119 never says "bill the patient"; PR-119 does (after any secondary)', async () => {
    const co = await oneDenial([['97110', { adjustments: [adj('CO-119', 40)] }]], { payer: 'Aetna' });
    expect(tellsToBillPatient(co.action)).toBe(false);
    expect(co.action).toMatch(/write it off — the patient may not be billed/);
    const pr = await oneDenial([['97110', { adjustments: [adj('PR-119', 40)] }]], { payer: 'Aetna' });
    expect(pr.action).toMatch(/bill the secondary payer if there is one, then the patient/);
  });

  it('PR-45 is the patient’s (Medicare: up to the limiting charge); CO-45 is a write-off', async () => {
    const medicare = await oneDenial([['99213', { adjustments: [adj('PR-45', 12)] }]]);
    expect(medicare.action).toMatch(/limiting charge/);
    expect(medicare.source).toContain('§1848(g)');
    const aetna = await oneDenial([['99213', { adjustments: [adj('PR-45', 12)] }]], { payer: 'Aetna' });
    expect(aetna.action).toMatch(/No Surprises Act/);
    const co = await oneDenial([['99213', { adjustments: [adj('CO-45', 12)] }]]);
    expect(co.action).toMatch(/^Contractual write-off: .*the patient may not be billed it/);
    expect(co.severity).toBe('info');
  });

  it('a deductible under CO (not PR) is not billed to the patient', async () => {
    const f = await oneDenial([['99213', { adjustments: [adj('CO-1', 12)] }]]);
    expect(f.action).toMatch(/do not bill it to the patient/);
  });

  it('a deductible with no group shown is not billed on a guess: confirm the group first', async () => {
    const f = await oneDenial([['99213', { adjustments: [adj('1', 12)] }]]);
    expect(f.action).toMatch(/^The page shows no group code for this\. .*only under PR may the patient/);
  });
});

describe('2. the QMB billing ban', () => {
  it.each(['N781', 'N782', 'N783'])(
    'PR-2 with %s on the line: do not bill the patient (warning)',
    async (remark) => {
      const [share] = await denialOn([['99213', { adjustments: [adj('PR-2', 15)], remarks: [remark] }]]);
      expect(share?.severity).toBe('warning');
      expect(share?.message).toMatch(/Qualified Medicare Beneficiary/);
      expect(share?.message).not.toMatch(/owes this/);
      expect(share?.action).toMatch(/^Do not bill the patient, and refund anything already collected/);
      expect(share?.source).toContain('QMB');
    },
  );

  it('the QMB indicator on the eligibility ClaimLens read does the same without a remark', async () => {
    const f = await oneDenial(
      [['99213', { adjustments: [adj('PR-1', 40)] }]],
      {},
      {
        kind: 'claim-detail',
        eligibility: eligibility({ qmb: true }),
      },
    );
    expect(f.severity).toBe('warning');
    expect(f.action).toMatch(/^Do not bill the patient/);
  });

  it('a QMB remark at claim level covers the lines too; the remark itself warns', async () => {
    const found = await denialOn([['99213', { adjustments: [adj('PR-3', 20)] }]], { remarks: ['N783'] });
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    for (const f of found) expect(f.action).toMatch(/Do not bill the patient/);
  });

  it('without QMB, PR-1 is the patient’s (after any secondary): information', async () => {
    const f = await oneDenial(
      [['99213', { adjustments: [adj('PR-1', 40)] }]],
      {},
      {
        eligibility: eligibility({ qmb: false }),
      },
    );
    expect(f.severity).toBe('info');
    expect(f.action).toMatch(/^Bill the secondary payer if the patient has one/);
  });
});

describe('3. no 59/X on an E/M', () => {
  it('CO-97 on an E/M in an indicator-1 pair (20610|99213): 25 on the E/M, never 59/X', async () => {
    const [f] = await denialOn(['20610', ['99213', { adjustments: [adj('CO-97', 75)] }]]);
    expect(f?.message).toContain('modifier indicator 1');
    expect(f?.action).toMatch(/add 25 to the E\/M on line 2 \(57 if it was the decision for surgery\)/);
    expect(f?.action).not.toMatch(SUGGESTS_59_OR_X);
  });

  it('CO-236 on an E/M with no pair the rules can see: still only 25/57', async () => {
    const f = await oneDenial([['99214', { adjustments: [adj('CO-236', 75)] }]]);
    expect(f.action).toMatch(/add 25/);
    expect(f.action).not.toMatch(SUGGESTS_59_OR_X);
  });

  it('CO-4 on an E/M: 25 or 57 only', async () => {
    const f = await oneDenial([['99213-59', { adjustments: [adj('CO-4', 75)] }]]);
    expect(f.action).toMatch(/^On an E\/M only 25 .* or 57 .* can apply/);
    expect(f.action).not.toMatch(SUGGESTS_59_OR_X);
  });

  it('a non-E/M line in an indicator-1 pair (20610|93000) gets the X modifiers on the column-2 line', async () => {
    const [f] = await denialOn(['20610', ['93000', { adjustments: [adj('CO-97', 20)] }]], { payer: 'Aetna' });
    expect(f?.action).toMatch(/add XS, XE, XP or XU .* to line 2, then send a corrected claim/);
  });

  it('indicator 0 (29880|29877): write off, do not appeal', async () => {
    const [f] = await denialOn(['29880', ['29877', { adjustments: [adj('CO-236', 300)] }]]);
    expect(f?.message).toContain('modifier indicator 0');
    expect(f?.action).toMatch(
      /^Not payable together, and no modifier changes that .*: write it off, do not appeal/,
    );
  });
});

describe('5. smaller errors', () => {
  it('CO-96 on Medicare: GY for a statutory exclusion (no ABN needed, GX voluntary), not "get an ABN"', async () => {
    const f = await oneDenial([['99397', { adjustments: [adj('CO-96', 150)] }]]);
    expect(f.action).toMatch(/excluded by statute .* add GY/);
    expect(f.action).toMatch(/no ABN is required for these \(a voluntary notice uses GX\)/);
    const n425 = await denialOn([['99397', { adjustments: [adj('CO-96', 150)], remarks: ['N425'] }]]);
    expect(n425[0]?.action).toMatch(
      /^Excluded by statute, yet the practice was made liable: the line most likely lacked GY/,
    );
    const pr = await oneDenial([['99397-GY', { adjustments: [adj('PR-96', 150)] }]]);
    expect(pr.action).toMatch(/bill the patient/);
  });

  it.each([
    ['M86', /already paid within the allowed interval/],
    ['M90', /covered once in 12 months/],
  ])('CO-151 with %s is a frequency limit, not an MUE', async (remark, meaning) => {
    // 11042 has an MUE (MAI 2) in the slice: the remark must still win.
    const [f] = await denialOn([['11042', { adjustments: [adj('CO-151', 80)], remarks: [remark] }]]);
    expect(f?.message).toMatch(meaning);
    expect(f?.action).toMatch(/^Check the service history/);
    expect(f?.action).not.toMatch(/MAI/);
  });

  it('CO-151 / N362 without a frequency remark follows the MAI of the real MUE row', async () => {
    const [mai2] = await denialOn([['11042 x2', { adjustments: [adj('CO-151', 100)] }]]);
    expect(mai2?.action).toMatch(/^MAI 2 is a per-day policy limit: .*do not appeal/);
    const [mai3] = await denialOn([['20610 x3', { remarks: ['N362'] }]]);
    expect(mai3?.action).toMatch(/^MAI 3 is a per-day clinical limit: .*request a redetermination/);
    const [mai1] = await denialOn([['A6460 x2', { adjustments: [adj('CO-151', 10)] }]]);
    expect(mai1?.action).toMatch(/^MAI 1 caps units per line/);
  });

  it('CO-18: check the first claim; a genuine repeat is reopened with 76/77/91 (Medicare)', async () => {
    const f = await oneDenial([['93000', { adjustments: [adj('CO-18', 20)] }]]);
    expect(f.action).toMatch(/^Check the status of the first claim/);
    expect(f.action).toMatch(/add 76 .*, 77 .* or 91 .*, then ask the MAC for a reopening/);
    expect(f.source).toContain('ch. 34');
    const repeat = await oneDenial([['93000-76', { adjustments: [adj('CO-18', 20)] }]]);
    expect(repeat.action).toMatch(/already says it was a repeat .* request a redetermination/);
  });
});

describe('6. codes met every week', () => {
  it('PR-2 with MA18 (crossover): wait for the supplemental insurer, do not send it a claim', async () => {
    const found = await denialOn([['99213', { adjustments: [adj('PR-2', 15)] }]], { remarks: ['MA18'] });
    expect(found.map((f) => f.message.slice(0, 20))).toEqual([
      'Claim: remark MA18 —',
      'Line 1 (99213): PR-2',
    ]);
    const f = found[1];
    expect(f?.severity).toBe('info');
    expect(f?.action).toMatch(/crossover.*do not send it a claim yourself/);
    expect(f?.source).toContain('ch. 28');
  });

  it('PR-1 with MA07: Medicaid has the claim', async () => {
    const [f] = await denialOn([['99213', { adjustments: [adj('PR-1', 15)], remarks: ['MA07'] }]]);
    expect(f?.action).toMatch(/^Medicare sent the claim on to Medicaid/);
  });

  it('N522 on a secondary claim: a duplicate of the crossover, do not resend', async () => {
    const [f] = await denialOn([['99213', { adjustments: [adj('OA-18', 15)], remarks: ['N522'] }]], {
      payer: 'Sample Medigap',
    });
    expect(f?.action).toMatch(/already has the claim as a crossover/);
  });
});
