import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimLensDb } from '../db';
import { checkSnapshot } from '../rules/engine';
import { RuleSettings } from '../rules/settings';
import { adj, claim, snapshot } from '../rules/testing/builder';
import { createMemoryStore } from '../rules/testing/memory-store';
import { tables } from '../rules/testing/run';
import { proofFileName, proofText } from './export';
import { buildProof, canKeepProof, MAX_PAGE_TEXT, ProofRecord, showsReceived } from './model';
import { joinFrameTexts } from './page-text';
import { allProofs, createProofSource, deleteProof, keepProof, proofsForClaim } from './store';

/** Proof of filing: the record (text only, bounded), its table, and the CO-29 guidance naming it. */

const KEPT = new Date('2026-08-02T15:30:00Z');

function acceptedPage(number = '7000-0000-11', payer = 'Aetna') {
  const c = claim({
    claimNumber: number,
    payer,
    lines: ['99213'],
    dos: '2026-07-19',
    receivedDate: '2026-07-21',
    status: { category: 'A2', code: '20', text: 'A2 - Accepted into adjudication' },
  });
  const page = snapshot([c], { kind: 'claim-status' });
  page.url =
    'https://apps.availity.com/claims/status?claimNumber=7000000011&memberId=ZZX000000005&dob=01011950';
  return page;
}

let db: ClaimLensDb | null = null;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
  db = null;
});
const open = async () => {
  db = new ClaimLensDb(`proofs-${Math.random()}`);
  await db.open();
  return db;
};

describe('the proof record', () => {
  it('keeps what the page showed as text, with the address stripped of patient parameters', () => {
    const page = acceptedPage();
    const proof = buildProof(
      page,
      0,
      page.url,
      { text: 'Claim 7000-0000-11 Accepted 07/21/2026', note: null },
      KEPT,
    );
    expect(proof).toMatchObject({
      claimNumber: '7000-0000-11',
      claimKey: '7000000011',
      payer: 'Aetna',
      portal: 'availity',
      kind: 'claim-status',
      keptAt: '2026-08-02T15:30:00.000Z',
      dosFrom: '2026-07-19',
      dosTo: '2026-07-19',
      receivedDate: '2026-07-21',
      status: 'A2 - Accepted into adjudication',
      statusCategory: 'A2',
      pageText: 'Claim 7000-0000-11 Accepted 07/21/2026',
      pageTextNote: null,
    });
    expect(proof.address).toContain('claimNumber=7000000011');
    expect(proof.address).not.toMatch(/memberId|ZZX000000005|dob/);
    expect(proof.lines).toEqual([
      { line: 1, code: '99213', modifiers: [], dosFrom: '2026-07-19', dosTo: null, charge: null },
    ]);
  });

  it('cuts a huge page text and says so; strips invisible characters', () => {
    const page = acceptedPage();
    const proof = buildProof(page, 0, page.url, {
      text: `\u202Eabc${'x'.repeat(MAX_PAGE_TEXT * 2)}`,
      note: null,
    });
    expect(proof.pageText.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(proof.pageText.startsWith('abc')).toBe(true);
    expect(proof.pageTextNote).toMatch(/cut at 400,000 characters/);
    expect(new Blob([JSON.stringify(proof)]).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('keeps why the page text is missing', () => {
    const page = acceptedPage();
    const proof = buildProof(page, 0, page.url, {
      text: '',
      note: 'The page did not let ClaimLens read its text.',
    });
    expect(proof.pageText).toBe('');
    expect(proof.pageTextNote).toMatch(/did not let/);
  });

  it('refuses a claim without a number, and an eligibility page', () => {
    const page = acceptedPage();
    page.claims[0]!.claimNumber = ' ';
    expect(canKeepProof(page, 0)).toBe(false);
    expect(() => buildProof(page, 0, page.url, { text: '', note: null })).toThrow(/no claim number/);
    expect(canKeepProof({ ...acceptedPage(), kind: 'eligibility' }, 0)).toBe(false);
  });

  it('knows a received or accepted claim from a rejected one', () => {
    const c = acceptedPage().claims[0]!;
    const withStatus = (category: string | null, text: string | null, received: string | null = null) => ({
      ...c,
      receivedDate: received,
      status: { category, code: null, text },
    });
    expect(showsReceived(withStatus('A1', null))).toBe(true);
    expect(showsReceived(withStatus('A2', null))).toBe(true);
    expect(showsReceived(withStatus('P1', 'Pending: In Process'))).toBe(true);
    expect(showsReceived(withStatus('A7', 'Rejected: invalid information'))).toBe(false);
    expect(showsReceived(withStatus('A4', 'Not Found'))).toBe(false);
    expect(showsReceived(withStatus(null, 'Received - In Process'))).toBe(true);
    expect(showsReceived(withStatus(null, 'Rejected', '2026-07-21'))).toBe(false);
    expect(showsReceived(withStatus(null, null, '2026-07-21'))).toBe(true);
    expect(showsReceived(withStatus(null, 'Unknown'))).toBe(false);
  });

  it('refuses HTML-sized or malformed records at the boundary', () => {
    const page = acceptedPage();
    const proof = buildProof(page, 0, page.url, { text: 'ok', note: null }, KEPT);
    expect(ProofRecord.safeParse({ ...proof, pageText: 'x'.repeat(MAX_PAGE_TEXT + 1) }).success).toBe(false);
    expect(ProofRecord.safeParse({ ...proof, keptOn: 'yesterday' }).success).toBe(false);
    expect(ProofRecord.safeParse({ ...proof, portal: 'evil' }).success).toBe(false);
  });
});

describe('the proofs table', () => {
  it('keeps, finds by claim however typed, lists newest first, deletes', async () => {
    const d = await open();
    const page = acceptedPage();
    const first = buildProof(page, 0, page.url, { text: 'first', note: null }, KEPT);
    const second = buildProof(
      page,
      0,
      page.url,
      { text: 'second', note: null },
      new Date('2026-08-09T10:00:00Z'),
    );
    await keepProof(d, first);
    await keepProof(d, second);
    expect((await proofsForClaim(d, '7000000011')).map((p) => p.pageText)).toEqual(['second', 'first']);
    expect((await proofsForClaim(d, '7000 0000 11')).length).toBe(2);
    expect((await allProofs(d)).map((p) => p.pageText)).toEqual(['second', 'first']);
    await expect(keepProof(d, { ...first, id: '' })).rejects.toThrow();
    await deleteProof(d, second.id);
    expect((await allProofs(d)).map((p) => p.pageText)).toEqual(['first']);
  });
});

describe('a CO-29 denial names the kept proof', () => {
  async function denialFor(payer: string, withProof: boolean) {
    const d = await open();
    const kept = acceptedPage('7000000011', payer);
    if (withProof) await keepProof(d, buildProof(kept, 0, kept.url, { text: 'Accepted', note: null }, KEPT));
    const denied = snapshot(
      [
        claim({
          claimNumber: '7000-000-011',
          payer,
          dos: '2026-07-19',
          lines: [['99213', { adjustments: [adj('CO-29', 120)] }]],
        }),
      ],
      { kind: 'claim-detail' },
    );
    const findings = await checkSnapshot(
      denied,
      createMemoryStore(tables()),
      RuleSettings.parse({}),
      '2026-11-30',
      undefined,
      createProofSource(d),
    );
    return findings.find((f) => f.rule === 'denial' && f.message.includes('CO-29'))!;
  }

  it('a commercial payer: appeal with it, naming the day, the portal and the days after DOS', async () => {
    const f = await denialFor('Aetna', true);
    expect(f.message).toMatch(/You kept a proof of filing for this claim on 2026-08-0[12]\.$/);
    expect(f.action).toMatch(
      /^Proof of filing kept on 2026-08-0[12] from Availity, 1[34] days after DOS; the page showed it received on 2026-07-21: appeal with it\./,
    );
  });

  it('Medicare: a reopening when the proof shows it arrived within 12 months', async () => {
    const f = await denialFor('Medicare', true);
    expect(f.action).toMatch(/^Proof of filing kept on .*ask for a reopening with it/);
  });

  it('without a proof the guidance is as before', async () => {
    const f = await denialFor('Aetna', false);
    expect(f.message).not.toMatch(/proof of filing kept/);
    expect(f.action).toMatch(/^Appeal only with proof the claim was filed on time/);
  });
});

describe('the page text', () => {
  it('joins the frames top first, leaves blank and non-text answers out, and cuts what is too long', () => {
    expect(
      joinFrameTexts(
        [
          { frameId: 7, text: 'Claim 7000000011\n\n\n\nAccepted' },
          { frameId: 0, text: 'Portal shell' },
          { frameId: 9, text: '   ' },
          { frameId: 11, text: { html: '<b>x</b>' } },
        ],
        1000,
      ),
    ).toEqual({ text: 'Portal shell\n\n——— frame ———\n\nClaim 7000000011\n\nAccepted', note: null });
    expect(joinFrameTexts([{ frameId: 0, text: 'x'.repeat(50) }], 10)).toEqual({
      text: 'x'.repeat(10),
      note: "The page's text was cut at 10 characters.",
    });
    expect(joinFrameTexts([], 10).note).toMatch(/no text/);
  });
});

describe('the exported proof', () => {
  it('is plain text naming when, where and what, then the page words as they were', () => {
    const page = acceptedPage();
    page.claims[0]!.serviceLines[0]!.charge = 455;
    const proof = buildProof(
      page,
      0,
      page.url,
      { text: 'Claim 7000-0000-11\n<b>Accepted</b>', note: null },
      KEPT,
    );
    const text = proofText(proof);
    expect(text).toMatch(/^ClaimLens — proof of timely filing\n/);
    expect(text).toContain('Kept on: August 2, 2026');
    expect(text).toContain('(2026-08-02T15:30:00.000Z)');
    expect(text).toContain('Portal: Availity');
    expect(text).toContain('Claim number: 7000-0000-11');
    expect(text).toContain('Dates of service: 07/19/2026');
    expect(text).toContain('Received / accepted: 07/21/2026');
    expect(text).toContain('Status on the page: A2 - Accepted into adjudication (277 category A2)');
    expect(text).toContain('  1.  99213  07/19/2026  $455.00');
    expect(text).toContain('——— What the page showed ———\n\nClaim 7000-0000-11\n<b>Accepted</b>\n');
    expect(proofFileName(proof)).toBe('claimlens-proof-7000000011-2026-08-02.txt');
  });
});
