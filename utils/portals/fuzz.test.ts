import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../scripts/reading-corpus/generate';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { PageSnapshot } from '../model/snapshot';
import * as n from './normalise';
import { diagnosesIn } from './pairs';
import { readPage } from './read';
import { fixtureHtml, loadPage } from './testing/load';

/**
 * Portals change under us: nodes vanish, columns move, junk text appears, tables grow huge. Whatever
 * happens, readPage must not throw and must return a snapshot the background's schema accepts.
 * Fixed seed, bounded time.
 */
/** The reading corpus's documents (pages and frames): the generic reader's own ground. */
const corpus = buildCorpus().flatMap((p) => [{ url: p.url, html: p.html }, ...(p.frames ?? [])]);

type Op = { kind: 'remove' | 'shuffle' | 'junk' | 'huge' | 'retext'; pick: number; text: string };

const op = fc.record({
  kind: fc.constantFrom('remove', 'shuffle', 'junk', 'huge', 'retext'),
  pick: fc.nat(),
  text: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'CO-97',
      'N130',
      '$1,2,3',
      '99/99/9999',
      'A3:99999',
      '9'.repeat(400),
      'M17.1.1',
      '-',
      'Claim Number',
    ),
  ),
});

function mutate(doc: Document, o: Op) {
  const els = Array.from(doc.body.querySelectorAll('*'));
  const el = els[o.pick % Math.max(els.length, 1)];
  if (!el) return;
  if (o.kind === 'remove') el.remove();
  else if (o.kind === 'junk') el.append(doc.createTextNode(o.text));
  else if (o.kind === 'retext') el.textContent = o.text;
  else if (o.kind === 'shuffle') {
    for (const row of Array.from(doc.querySelectorAll('tr,[role=row]'))) {
      const cells = Array.from(row.children);
      const k = o.pick % Math.max(cells.length, 1);
      if (cells[k]) row.append(cells[k]);
    }
  } else {
    const row = doc.querySelector('tbody tr,[role=row]:last-child,.service-line-row');
    for (let i = 0; i < 1200 && row; i++) row.after(row.cloneNode(true));
  }
}

describe('fuzz: mutated fixture pages', () => {
  it('never throw and always give a snapshot the schema accepts', async () => {
    // Paint each fixture once (its own scripts run), then mutate copies of the painted HTML.
    const painted = await Promise.all(
      FIXTURE_PAGES.map(async (p) => {
        const w = await loadPage(fixtureHtml(p), p.url);
        const html = w.document.documentElement.outerHTML;
        await w.happyDOM.close();
        return { url: p.url, html };
      }),
    ).then((fixtures) => [...fixtures, ...corpus]);
    fc.assert(
      fc.property(fc.nat(), fc.array(op, { minLength: 1, maxLength: 6 }), (which, ops) => {
        const page = painted[which % painted.length]!;
        const w = new Window({ url: page.url });
        w.document.write(page.html);
        const doc = w.document as unknown as Document;
        for (const o of ops) mutate(doc, o);
        const snapshot = readPage(doc, page.url);
        const parsed = PageSnapshot.safeParse(snapshot);
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
      }),
      { seed: 20261127, numRuns: 300, interruptAfterTimeLimit: 8_000 },
    );
  }, 60_000);

  it('10,000 mutated pages without huge tables: never a throw, always a valid snapshot', async () => {
    // Painted once; then 50 rounds of 200 runs, each round in a fresh script-less window (happy-dom
    // keeps what a window parsed until it closes). Round r uses seed 20261128 + r: reproducible.
    const painted = await Promise.all(
      FIXTURE_PAGES.map(async (p) => {
        const w = await loadPage(fixtureHtml(p), p.url);
        const html = w.document.body.innerHTML;
        await w.happyDOM.close();
        return { url: p.url, html };
      }),
    ).then((fixtures) => [
      ...fixtures,
      ...corpus.map((d) => ({ url: d.url, html: /<body>([\s\S]*)<\/body>/.exec(d.html)?.[1] ?? d.html })),
    ]);
    const ops = fc.array(
      op.filter((o) => o.kind !== 'huge'),
      { minLength: 1, maxLength: 4 },
    );
    for (let round = 0; round < 50; round++) {
      const w = new Window({
        settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
      });
      const doc = w.document as unknown as Document;
      try {
        fc.assert(
          fc.property(fc.nat(), ops, (which, list) => {
            const page = painted[which % painted.length]!;
            doc.body.innerHTML = page.html;
            for (const o of list) mutate(doc, o);
            const parsed = PageSnapshot.safeParse(readPage(doc, page.url));
            expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
          }),
          { seed: 20261128 + round, numRuns: 200 },
        );
      } finally {
        await w.happyDOM.close();
      }
    }
  }, 600_000);
});

describe('bounded costs: text a page controls never freezes the tab', () => {
  const digits = '9'.repeat(10_000);
  const huge = `${'CO-45: 60.00 '.repeat(20_000)}`;

  it('value readers stay linear on a 10,000-digit run and on a megabyte of text', () => {
    for (const t of [digits, huge, `${'a'.repeat(100_000)}:`, `${'1/'.repeat(50_000)}`]) {
      const t0 = performance.now();
      n.reasonAndRemarkCodes(t);
      n.dates(t);
      n.procedure(t);
      n.money(t);
      n.claimStatus(t);
      diagnosesIn(t);
      expect(performance.now() - t0).toBeLessThan(250);
    }
  });

  it('a page whose labels, cells, inputs and text hold 10,000-digit runs is read quickly and validly', () => {
    const w = new Window({ url: 'https://provider.summit-health.example/claims/detail' });
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = `<h1>Claim Detail ${digits}</h1>
      <dl><dt>Claim Number</dt><dd>${digits}</dd><dt>${digits}</dt><dd>x</dd><dt>Diagnosis Codes</dt><dd>${digits} M17.11</dd></dl>
      <p>Status: ${digits}</p><p><b>Paid:</b> ${digits}</p>
      <label>CPT/HCPCS <input value="${digits}"></label><input aria-label="Diagnosis code" value="${digits}">
      <table><tr><th>Date of Service</th><th>Procedure</th><th>Adjustments</th></tr>
      ${`<tr><td>${digits}</td><td>99213 ${digits}</td><td>CO-${digits}: ${digits}.00</td></tr>`.repeat(30)}</table>`;
    const t0 = performance.now();
    const s = readPage(doc, 'https://provider.summit-health.example/claims/detail');
    expect(performance.now() - t0).toBeLessThan(3000);
    const parsed = PageSnapshot.safeParse(s);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });
});
