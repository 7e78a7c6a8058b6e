// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  exportDocument,
  MAX_PICTURE_BYTES,
  pictureBanner,
  pictureFileName,
  pictureFromCapture,
  pictureMessage,
  VIEWER_CSP,
  VIEWER_SANDBOX,
  viewerDocument,
} from './picture';

const html = '<!doctype html><html><body><p>Claim 7000000013 accepted</p></body></html>';
const answer = { ok: true, html, bytes: html.length, sheetsLeftOut: 0, stylesDropped: false };

test('a copy the page answered is kept; the panel says so with its size', () => {
  const outcome = pictureFromCapture(answer);
  expect(outcome).toEqual({
    ok: true,
    picture: { html, bytes: html.length, sheetsLeftOut: 0, stylesDropped: false },
  });
  expect(pictureMessage(outcome)).toBe('A picture of the page as it looked is kept with it, 1 KB.');
  expect(pictureMessage({ ok: true, picture: { ...answer, stylesDropped: true, bytes: 1_900_000 } })).toBe(
    'A picture of the page as it looked is kept with it, 1.8 MB (without its styles, to stay under 2 MB).',
  );
  expect(pictureMessage({ ok: true, picture: { ...answer, sheetsLeftOut: 2 } })).toMatch(
    /2 style sheets from another site could not be copied/,
  );
});

test('no picture says why, and that the text proof is kept', () => {
  const tooBig = pictureFromCapture({
    ok: false,
    message: 'This page is too large to keep as proof (2.4 MB without its styles; the limit is 2.0 MB).',
  });
  expect(pictureMessage(tooBig)).toBe(
    'The picture of the page could not be kept: This page is too large to keep as proof (2.4 MB without its styles; the limit is 2.0 MB). The text proof is kept.',
  );
  expect(pictureMessage(pictureFromCapture(undefined))).toMatch(/the page went away or did not answer/);
  expect(pictureMessage(pictureFromCapture(new Error('Frame with ID 3 was removed.')))).toMatch(
    /did not let ClaimLens copy this page \(Frame with ID 3 was removed\.\)\. The text proof is kept\.$/,
  );
});

test('what crosses from the page is held to its form and its size', () => {
  expect(pictureFromCapture({ ...answer, html: 'x'.repeat(MAX_PICTURE_BYTES + 1) })).toMatchObject({
    ok: false,
  });
  expect(pictureFromCapture({ ...answer, bytes: 3 })).toEqual({
    ok: false,
    reason: 'the copy of the page was incomplete',
  });
  expect(pictureFromCapture({ ok: true, html: 42 })).toEqual({
    ok: false,
    reason: 'the copy of the page was not in the expected form',
  });
  expect(pictureFromCapture('<script>')).toMatchObject({ ok: false });
});

test('the banner dates the copy and names the page; the file is named by claim and day', () => {
  expect(pictureBanner(new Date('2026-11-02T15:04:00Z'), 'https://portal.example/status')).toMatch(
    /^Proof of filing kept by ClaimLens on November 2, 2026 at .* from https:\/\/portal\.example\/status\. A copy of the page as it looked; links and buttons do nothing\.$/,
  );
  expect(pictureBanner(new Date('2026-11-02T15:04:00Z'), null)).not.toMatch(/ from /);
  expect(pictureFileName({ claimKey: '7000000013', keptOn: '2026-11-02' })).toBe(
    'claimlens-proof-7000000013-2026-11-02.html',
  );
});

test('the viewer page carries the policy that loads nothing, and its frame has no sandbox permission', () => {
  const page = readFileSync(
    join(import.meta.dirname, '..', '..', 'entrypoints', 'proof', 'index.html'),
    'utf8',
  );
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
  expect(meta).toBe(VIEWER_CSP);
  expect(VIEWER_CSP).toMatch(/default-src 'none'/);
  expect(VIEWER_CSP).toMatch(/img-src data:;/);
  expect(VIEWER_SANDBOX).toBe('');
});

test('in the viewer a link in the picture opens no page: the first base element sends it to a window the sandbox refuses', () => {
  const shown = viewerDocument(
    '<!doctype html><html><head><base target="_self"></head><body><a href="#x">x</a></body></html>',
  );
  expect(shown.startsWith('<!doctype html><base target="_blank"><html>')).toBe(true);
  const doc = new DOMParser().parseFromString(shown, 'text/html');
  expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
  expect(doc.body.querySelector('a')?.textContent).toBe('x');
  expect(viewerDocument('<p>no doctype</p>')).toBe('<base target="_blank"><p>no doctype</p>');
});

test('the exported file starts with the policy that loads and runs nothing, whatever the stored copy holds', () => {
  const altered =
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src *"></head><body><script>x()</script></body></html>';
  const file = exportDocument(altered);
  expect(
    file.startsWith(
      `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"><html>`,
    ),
  ).toBe(true);
  const doc = new DOMParser().parseFromString(file, 'text/html');
  expect(doc.querySelector('meta')?.getAttribute('content')).toMatch(/^default-src 'none'/);
  expect(exportDocument('<p>x</p>')).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy"/);
});
