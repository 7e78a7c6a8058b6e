import { describe, expect, it } from 'vitest';
import { buildCorpus, STYLES } from '../../scripts/reading-corpus/generate';
import { readInNode } from '../../scripts/reading-corpus/read-node';
import { findingsOf, type PageScore, scorePage, summarise } from '../../scripts/reading-corpus/score';
import { PageSnapshot } from '../../utils/model/snapshot';

/**
 * The reading corpus (scripts/reading-corpus): the seed's claims, remittances and eligibility
 * responses rendered through every markup style, read as the extension reads them, and compared with
 * the expected reading built from the seed. Goals: ≥ 98 % of fields, 100 % of page kinds, no finding
 * caused by a misread or missing field. `npm run bench -- reading` measures the same in Chromium.
 */
const pages = buildCorpus();

describe('the reading corpus', () => {
  it('has at least 15 markup styles across the five page kinds, with the shapes billers meet', () => {
    expect(STYLES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(pages.map((p) => p.kind))).toEqual(
      new Set(['claim-status', 'claim-detail', 'claim-entry', 'eligibility', 'remittance']),
    );
    const html = (style: string) =>
      pages
        .filter((p) => p.style === style)
        .map((p) => [p.html, ...(p.frames ?? []).map((f) => f.html)].join(''))
        .join('');
    expect(html('era-835')).toContain('HC:99214:25');
    expect(html('era-835')).toContain('CO-45: 60.00');
    expect(html('era-835')).toMatch(
      /Payer Claim Control #[\s\S]*Patient Control #|Patient Control #[\s\S]*Payer Claim Control #/,
    );
    expect(html('era-columns')).toMatch(/<th>Group<\/th><th>Reason<\/th><th>Amount<\/th>/);
    expect(html('medicaid-state')).toMatch(/Terminated[\s\S]*Managed Care[\s\S]*Third Party Liability/);
    expect(html('fieldset-legend')).toMatch(
      /<legend>Diagnosis Codes[^<]*<\/legend>\s*<label class="dx">A <input/,
    );
    expect(html('aria-label-entry').match(/aria-label="Diagnosis code"/g)?.length).toBeGreaterThan(2);
    expect(html('label-colon-text')).toContain('Proc/Mods');
    expect(pages.filter((p) => p.style === 'frames').every((p) => p.frames?.length === 1)).toBe(true);
    expect(
      pages.some(
        (p) => p.style === 'availity-nextgen' && p.url.startsWith('https://essentials.availity.com/'),
      ),
    ).toBe(true);
  });

  it('is the same for the same seed, each page has its own address, and its expected readings are valid snapshots', () => {
    const addresses = pages
      .flatMap((p) => [p.url, ...(p.frames ?? []).map((f) => f.url)])
      .map((u) => u.replace(/#.*/, ''));
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(JSON.stringify(buildCorpus())).toBe(JSON.stringify(pages));
    for (const p of pages) {
      const parsed = PageSnapshot.safeParse(p.expected);
      expect(parsed.success ? [] : [p.id, parsed.error.issues[0]]).toEqual([]);
    }
  });
});

describe('reading the corpus', () => {
  let scores: PageScore[] = [];

  it('reads ≥ 98 % of fields and every page kind, and no finding comes from misreading', async () => {
    scores = [];
    for (const page of pages) scores.push(await scorePage(page, await readInNode(page)));
    const { summary } = summarise(scores);
    const wrong = scores
      .filter((s) => s.misses.length || !s.kindOk || s.findingsFromMisreading.length)
      .map((s) => ({ page: s.id, kindOk: s.kindOk, misses: s.misses, findings: s.findingsFromMisreading }));
    expect.soft(wrong).toEqual([]);
    expect(summary.field_accuracy).toBeGreaterThanOrEqual(0.98);
    expect(summary.kind_accuracy).toBe(1);
    expect(summary.findings_from_misreading).toBe(0);
  }, 120_000);

  it('diagnoses on another tab: the pointer checks say "could not check", never "not on the claim"', async () => {
    const page = pages.find((p) => p.id === 'frames/claim-entry/e1')!;
    const reading = await readInNode(page);
    expect(reading.claims[0]?.unread).toContain('diagnoses');
    const pointer = (await findingsOf(reading)).filter((f) => f.rule === 'dx-pointer');
    expect(pointer.map((f) => [f.severity, f.message])).toEqual([
      [
        'could-not-check',
        'Could not check the diagnosis pointers: could not read the diagnoses on this page.',
      ],
    ]);
  });

  it('a remittance: the payer claim control number is the claim number, the patient control number is not', async () => {
    const page = pages.find((p) => p.id === 'era-835/remittance/c1')!;
    const claim = (await readInNode(page)).claims[0]!;
    expect(claim.claimNumber).toBe('7100000101');
    expect(claim.serviceLines[0]).toMatchObject({ code: '99214', modifiers: ['25'] });
    expect(claim.serviceLines[0]?.adjustments).toEqual([
      { group: 'CO', reason: '45', amount: 60 },
      { group: 'PR', reason: '3', amount: 25 },
    ]);
  });

  it('one payment covering three claims: each claim with its own lines and adjustments', async () => {
    const reading = await readInNode(pages.find((p) => p.id === 'era-multi-claim/remittance/check')!);
    expect(reading.kind).toBe('remittance');
    expect(
      reading.claims.map((c) => [c.claimNumber, c.checkNumber, c.serviceLines.map((l) => l.code)]),
    ).toEqual([
      ['7100000101', 'EFT0000071001', ['99214', '20610', 'J1100']],
      ['7100000102', 'EFT0000071001', ['20611', '76942']],
      ['7100000103', 'EFT0000071001', ['97110', '97140']],
    ]);
  });

  it('a state Medicaid response: coverage ended before the date of service, another insurer primary', async () => {
    const page = pages.find((p) => p.id === 'medicaid-state/eligibility/medicaid')!;
    const found = (await findingsOf(await readInNode(page))).map((f) => `${f.rule} ${f.severity}`);
    expect(found).toContain('elig-inactive error');
    expect(found).toContain('elig-cob warning');
  });

  it('an Availity claim detail of a newer generation: claim number and status read, the kind said with its confidence', async () => {
    const page = pages.find((p) => p.id === 'availity-nextgen/claim-detail/c2')!;
    const s = await readInNode(page);
    expect(s.claims[0]).toMatchObject({ claimNumber: '7100000102', status: { text: 'DENIED' } });
    expect(s.read.kindConfidence).toBeGreaterThan(0.5);
    const partial = await readInNode(pages.find((p) => p.id === 'availity-nextgen-partial/claim-detail/c2')!);
    expect(partial.read.adapter).toBe('availity/claim-detail');
    expect(partial.claims[0]).toMatchObject({ claimNumber: '7100000102', status: { text: 'Denied' } });
    expect(partial.read.fallbacks.join(' ')).toMatch(/claim number, status.* read by the generic reader/);
  });
});
