import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { readPage } from './read';
import { fixtureHtml, loadPage } from './testing/load';

/**
 * The shapes that make a backtracking pattern take quadratic time, put into every text a reader can
 * see on every fixture page at once (each text node, each form value), appended (labels keep their
 * meaning, so the run reaches the value patterns) and instead of the text. Each page is read with
 * runs of 3,000 and 12,000 characters: linear readers take about 4× as long on the longer run, a
 * pattern that backtracks over the whole text about 16× (the old Availity amount pattern: minutes).
 * A ratio of CPU times (process.cpuUsage), not wall-clock times: on a machine shared by many processes
 * a long read is stretched by waiting for a core and a short one is not. Tiny times are not judged.
 */
const SHORT = 3_000;
const LONG = 12_000;
const SHAPES: Record<string, string> = {
  digits: '9',
  'digit pairs': '1,',
  'digit-space': '1 ',
  'digit-dot': '1.',
  dashes: '- ',
  dollars: '$1',
  words: 'a',
  'word-space': 'ab ',
  'code-like': 'CO-',
  'date-like': '01/',
  'status-like': 'A1:',
  'whitespace then a letter': ' \t\n x',
};
/** Linear is 4; noise (garbage collection, a warm JIT on the second read) reaches 7. */
const MAX_RATIO = 10;
/** CPU ms: below this a page is fast whatever the ratio; above HARD_LIMIT_MS it is slow whatever the ratio. */
const JUDGED_FROM_MS = 300;
const HARD_LIMIT_MS = 10_000;

type Painted = { id: string; url: string; html: string };
type Mode = 'after' | 'instead';

function timeRead(page: Painted, unit: string, length: number, mode: Mode): number {
  const run = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const w = new Window({
    url: page.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
  });
  try {
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = page.html;
    const walker = doc.createTreeWalker(doc.body, 4);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const put = (v: string | null) => (mode === 'after' ? `${v ?? ''}${run}` : run);
    for (const t of texts) if (t.nodeValue?.trim()) t.nodeValue = put(t.nodeValue);
    for (const el of Array.from(doc.querySelectorAll('input,textarea')))
      (el as HTMLInputElement).value = put((el as HTMLInputElement).value);
    const started = process.cpuUsage();
    readPage(doc, page.url);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  } finally {
    void w.happyDOM.close();
  }
}

function judge(page: Painted, unit: string, mode: Mode): { slow: boolean; short: number; long: number } {
  let long = timeRead(page, unit, LONG, mode);
  if (long < JUDGED_FROM_MS) return { slow: false, short: 0, long };
  if (long > HARD_LIMIT_MS) return { slow: true, short: Number.NaN, long };
  let short = timeRead(page, unit, SHORT, mode);
  // Garbage collection can land in one run: a case that looks slow is timed twice more, fastest kept.
  for (let again = 0; again < 2 && long / Math.max(short, 1) > MAX_RATIO; again++) {
    long = Math.min(long, timeRead(page, unit, LONG, mode));
    short = Math.min(short, timeRead(page, unit, SHORT, mode));
  }
  return { slow: long >= JUDGED_FROM_MS && long / Math.max(short, 1) > MAX_RATIO, short, long };
}

test('every reader stays linear when every text on the page is a long run', async () => {
  const painted: Painted[] = await Promise.all(
    FIXTURE_PAGES.map(async (p) => {
      const w = await loadPage(fixtureHtml(p), p.url);
      const html = w.document.body.innerHTML;
      await w.happyDOM.close();
      return { id: p.id, url: p.url, html };
    }),
  );
  const slow: string[] = [];
  for (const [name, unit] of Object.entries(SHAPES)) {
    for (const page of painted) {
      for (const mode of ['after', 'instead'] as const) {
        const verdict = judge(page, unit, mode);
        if (verdict.slow)
          slow.push(
            `${page.id}, ${name} ${mode} each text: ${Math.round(verdict.short)} ms at ${SHORT}, ${Math.round(verdict.long)} ms at ${LONG}`,
          );
      }
    }
  }
  expect(slow).toEqual([]);
}, 900_000);
