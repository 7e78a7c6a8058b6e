import { describe, expect, it } from 'vitest';
import { adj, claim, snapshot } from '../testing/builder';
import { denialOn, oneDenial } from '../testing/denial';
import { runSnapshot } from '../testing/run';
import { describeCarc, describeGroup, KNOWN_CARCS } from './carc';
import { describeCategory, KNOWN_CATEGORIES } from './category';
import { DENIAL_SOURCE, guidanceOnClaim } from './denial';
import { describeRarc, KNOWN_RARCS } from './rarc';

/** Denial findings on claim status / detail / remittance pages: shape, sources, categories. */

const RULE_LIST_CARCS = [
  ...['1', '2', '3', '4', '11', '16', '18', '22', '24', '26', '27', '29', '31', '45', '50', '96', '97'],
  ...['109', '146', '151', '167', '181', '182', '197', '198', '204', '236', '252'],
];
const RULE_LIST_RARCS = [
  ...['MA130', 'N290', 'M51', 'N519', 'N362', 'N211', 'N115', 'N130', 'N382', 'N418', 'N264', 'N265'],
];
const CATEGORIES = [
  ...['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'],
  ...['P0', 'P1', 'P2', 'P3', 'P4', 'P5'],
  ...['F0', 'F1', 'F2', 'F3', 'F3F', 'F3N', 'F4'],
  ...['R0', 'R1', ...Array.from({ length: 15 }, (_, i) => `R${i + 3}`)],
  ...['E0', 'E1', 'E2', 'E3', 'E4', 'D0'],
];

describe('denial guidance lookups', () => {
  it('covers every CARC, RARC and 277 category the product rule list names', () => {
    for (const c of RULE_LIST_CARCS) expect(KNOWN_CARCS).toContain(c);
    for (const r of RULE_LIST_RARCS) expect(KNOWN_RARCS).toContain(r);
    for (const c of CATEGORIES) expect(KNOWN_CATEGORIES).toContain(c);
  });

  it('gives short meanings for the side panel and notes', () => {
    expect(describeCarc('97')?.short).toBe('bundled into another service');
    expect(describeCarc('045')?.short).toBe('above the fee schedule');
    expect(describeRarc('N362')?.short).toBe('units above the maximum (MUE)');
    expect(describeCategory('F2')?.short).toBe('finalized: denied');
    expect(describeCategory('A7')?.level).toBe('error');
    expect(describeGroup('PR')).toMatch(/patient/);
    expect(describeCarc('9999')).toBeNull();
  });
});

describe('denial findings', () => {
  it.each(RULE_LIST_CARCS)('CARC %s on a line: plain words, a next step and its source', async (code) => {
    const found = await denialOn([['99213', { adjustments: [adj(`CO-${code}`, 10)] }]]);
    expect(found).toHaveLength(1);
    expect(found[0]?.lines).toEqual([1]);
    expect(found[0]?.message).toContain(`CO-${code}`);
    expect(found[0]?.action.length).toBeGreaterThan(10);
    // The step names what it follows: a CMS manual, the NCCI tables, the X12 group rules…
    expect(found[0]?.source).toMatch(new RegExp(`^${DENIAL_SOURCE} · .{10,}`));
  });

  it.each(RULE_LIST_RARCS)('RARC %s at claim level', async (code) => {
    const found = await denialOn(['99213'], { remarks: [code] });
    expect(found).toHaveLength(1);
    expect(found[0]?.lines).toEqual([]);
    expect(found[0]?.message).toContain(code);
    expect(found[0]?.source).toContain(' · ');
  });

  it.each(CATEGORIES)('277 category %s', async (category) => {
    const found = await denialOn(['99213'], { status: { category, code: null, text: null } });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(new RegExp(`^Claim status ${category}: `));
    expect(found[0]?.source).toContain('X12 277');
  });

  it('CO-50 on a Medicare claim suggests an ABN with GA next time; on a commercial claim it does not', async () => {
    const [medicare] = await denialOn([['93000', { adjustments: [adj('CO-50', 30)] }]]);
    expect(medicare?.action).toMatch(/ABN.*GA/);
    const [cigna] = await denialOn([['93000', { adjustments: [adj('CO-50', 30)] }]], { payer: 'Cigna' });
    expect(cigna?.action).not.toMatch(/ABN|\bGA\b/);
    expect(cigna?.action).toMatch(/medical policy/);
  });

  it('PR-1/2/3, CO-45 and CO-253 are information, CO-50 is a denial to work', async () => {
    const found = await denialOn([
      ['99213', { adjustments: [adj('PR-1', 20), adj('PR-2', 5), adj('CO-45', 40), adj('CO-253', 1.2)] }],
      ['93000', { adjustments: [adj('CO-50', 30)] }],
    ]);
    expect(found.map((f) => `${f.severity} [${f.lines}]`)).toEqual([
      'info [1]',
      'info [1]',
      'info [1]',
      'info [1]',
      'error [2]',
    ]);
  });

  it('CO-253 (sequestration, on nearly every Medicare line) is explained, never a "no guidance" warning', async () => {
    const f = await oneDenial([['99213', { adjustments: [adj('CO-253', 1.5)] }]]);
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/sequestration/);
    expect(f.action).toMatch(/never billed to the patient/);
    expect(f.source).toContain('Budget Control Act');
  });

  it('a code ClaimLens does not know says so, at warning level', async () => {
    const f = await oneDenial([['99213', { adjustments: [adj('CO-P9', 5)] }]]);
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/no guidance for yet/);
  });

  it('R17 is a new request for information to answer, not "status not available"', async () => {
    const f = await oneDenial(['99213'], { status: { category: 'R17', code: null, text: null } });
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('Claim status R17: a new request for more information.');
    expect(f.action).toMatch(/^Send what the payer asks for/);
  });

  it('R2, no longer in the X12 category list, is said plainly rather than guessed at', async () => {
    const f = await oneDenial(['99213'], { status: { category: 'R2', code: null, text: null } });
    expect(f.message).toBe('Claim status R2: a category no longer in the X12 277 list.');
    expect(KNOWN_CATEGORIES).not.toContain('R2');
  });

  it('F3F says the claim crossed over (do not bill the secondary); F3N says bill it yourself', async () => {
    const fwd = await oneDenial(['99213'], { status: { category: 'F3F', code: null, text: null } });
    expect(fwd.action).toMatch(/do not send the secondary a claim yourself/);
    const not = await oneDenial(['99213'], { status: { category: 'F3N', code: null, text: null } });
    expect(not.action).toMatch(/^Nothing was sent on: bill the secondary payer yourself/);
  });

  it('group CR is read as a retired correction group; PI as a payer reduction the patient does not owe', async () => {
    const [cr, pi] = await denialOn([['99213', { adjustments: [adj('CR-45', 10), adj('PI-45', 10)] }]]);
    expect(cr?.message).toMatch(/CR: correction or reversal .* retired in the 5010 remittance/);
    expect(pi?.message).toMatch(/PI: payer-initiated reduction: .* the patient is not liable/);
    expect(pi?.action).toMatch(/^Write off the difference: the patient may not be billed it/);
  });

  it('gives the denial worklist a cause and a route for each code on a claim, from the same rows', () => {
    const c = claim({
      lines: [['93000', { adjustments: [adj('CO-97', 20), adj('PR-2', 5)], remarks: ['N782'] }]],
    });
    const page = snapshot([c], { kind: 'remittance' });
    const line = c.serviceLines[0] ?? null;
    const bundled = guidanceOnClaim(page, c, line, 'carc', '97', 'CO');
    expect([bundled?.cause, bundled?.route]).toEqual(['bundling', 'redetermination']);
    const qmb = guidanceOnClaim(page, c, line, 'carc', '2', 'PR');
    expect([qmb?.cause, qmb?.route, qmb?.level]).toEqual(['other', 'bill-secondary', 'warning']);
    const late = guidanceOnClaim(page, { ...c, payer: 'Aetna' }, null, 'carc', '29', 'CO');
    expect([late?.cause, late?.route]).toEqual(['timely-filing', 'appeal']);
    expect(guidanceOnClaim(page, c, null, 'rarc', 'N999')).toBeNull();
  });

  it('does not explain codes on a claim being keyed (no remittance there)', async () => {
    const snap = snapshot([claim({ lines: [['99213', { adjustments: [adj('CO-97')] }]] })]);
    expect((await runSnapshot(snap)).filter((f) => f.rule === 'denial')).toEqual([]);
  });
});
