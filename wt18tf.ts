import { FIXTURE_PAGES } from './tests/fixtures/pages';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readPage } from './utils/portals/read';
import { findingsFor } from './scripts/inspect';
for (const p of FIXTURE_PAGES) {
  try {
    const w = new Window({ url: p.url, settings: { disableJavaScriptEvaluation: true, disableIframePageLoading: true, disableCSSFileLoading: true } as never });
    w.document.write(readFileSync(`tests/fixtures/pages/${p.file}`, 'utf8'));
    const snap = readPage(w.document as never, p.url as never) as never as { claims: { payerName: string | null }[] } | null;
    if (!snap) continue;
    const f = await findingsFor(snap as never);
    for (const x of f) if (x.rule === 'timely-filing') console.log(p.id, snap.claims.map((c) => c.payerName), x.severity, x.message.slice(0, 140), '|', x.source);
  } catch (e) { console.log(p.id, 'ERR', String(e).slice(0, 100)); }
}
