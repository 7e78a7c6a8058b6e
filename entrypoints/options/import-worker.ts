import { getDb } from '../../utils/db';
import type { ImportStep } from '../../utils/ruledata/import';
import { importFiles } from '../../utils/ruledata/import';
import { type FromImportWorker, ToImportWorker } from '../../utils/ruledata/import-protocol';

// The import runs here, off the options page's main thread. One import at a time; cancel aborts it
// (the previous data stays in use: a set goes live only when it is complete).
let running: AbortController | null = null;
const post = (msg: FromImportWorker) => postMessage(msg);

addEventListener('message', (event: MessageEvent) => {
  const parsed = ToImportWorker.safeParse(event.data);
  if (!parsed.success) return;
  const msg = parsed.data;
  if (msg.type === 'cancel') {
    running?.abort();
    return;
  }
  if (running) {
    post({ type: 'failed', message: 'An import is already running.' });
    return;
  }
  const controller = new AbortController();
  running = controller;
  let started = performance.now();
  let lastPost = 0;
  let step: ImportStep | null = null;
  importFiles(getDb(), msg.files, {
    signal: controller.signal,
    // Each data set starts at once on the page (never throttled), its rows counted from zero.
    onStep: (next) => {
      step = next;
      started = performance.now();
      lastPost = started;
      post({ type: 'progress', rows: 0, total: null, rowsPerSecond: 0, step });
    },
    onProgress: (rows, total) => {
      const now = performance.now();
      if (now - lastPost < 100) return;
      lastPost = now;
      post({
        type: 'progress',
        rows,
        total: total ?? null,
        rowsPerSecond: Math.round(rows / ((now - started) / 1000)),
        step,
      });
    },
  })
    .then((reports) => post({ type: 'done', reports: reports.map(({ dataset: _d, ...r }) => r) }))
    .catch((error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => {
      running = null;
    });
});
