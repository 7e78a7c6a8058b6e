import { Window } from 'happy-dom';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { readPage } from '../../utils/portals/read';
import type { CorpusPage } from './render';
import { tabReading } from './score';

/** A corpus page read in happy-dom, each document (the page and its frames) on its own, as the content script reads frames. */
export async function readInNode(page: CorpusPage): Promise<PageSnapshot> {
  const readings: PageSnapshot[] = [];
  for (const d of [{ url: page.url, html: page.html }, ...(page.frames ?? [])]) {
    const window = new Window({
      url: d.url,
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
      },
    });
    window.document.write(d.html);
    readings.push(readPage(window.document as unknown as Document, d.url));
    await window.happyDOM.close();
  }
  return tabReading(readings) ?? readings[0]!;
}
