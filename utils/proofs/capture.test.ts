// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { captureProofPage } from './capture';
import { COPY_CSP } from './picture';

const BANNER =
  'Proof of filing kept by ClaimLens on 2026-11-30 14:00 from https://portal.example/claims/status';

beforeEach(() => {
  document.head.innerHTML =
    '<title>Claim status</title><style>.accepted { color: rgb(6, 118, 71); background: url(https://tracker.example/x.png) }</style>';
  document.body.innerHTML = `
    <h1 class="accepted" onclick="steal()">Claim 7000000001 accepted</h1>
    <script>window.leak = 1</script>
    <img src="https://portal.example/logo.png" alt="logo"><img src="data:image/png;base64,iVBORw0KGgo=" alt="seal">
    <a href="javascript:alert(1)">bad</a><a href="https://portal.example/next">next</a><a href="#top">top</a>
    <p style="background: image-set('https://tracker.example/y.png' 1x); color: red">set</p>
    <svg><image href="https://tracker.example/z.svg"></image></svg>
    <table background="https://tracker.example/bg.png"><tr><td>cell</td></tr></table>
    <form><input id="ref" value=""><input id="ok" type="checkbox"><input type="password" value="">
    <select id="pick"><option>A</option><option>B</option></select><textarea id="t"></textarea></form>
    <iframe src="https://other.example/"></iframe>`;
  (document.getElementById('ref') as HTMLInputElement).value = 'REF-1';
  (document.getElementById('ok') as HTMLInputElement).checked = true;
  (document.getElementById('pick') as HTMLSelectElement).selectedIndex = 1;
  (document.getElementById('t') as HTMLTextAreaElement).value = 'typed';
  (document.querySelector('input[type=password]') as HTMLInputElement).value = 'secret';
});

test('a self-contained copy: styles inlined, form state kept, nothing that loads or runs', () => {
  const r = captureProofPage(BANNER);
  if (!r.ok) throw new Error(r.message);
  const copy = new DOMParser().parseFromString(r.html, 'text/html');
  expect(copy.querySelector('h1')?.textContent).toBe('Claim 7000000001 accepted');
  expect(r.html).toContain('.accepted');
  expect(r.html).toContain('rgb(6, 118, 71)');
  expect(r.html).not.toContain('tracker.example');
  expect(copy.querySelectorAll('script, iframe, link').length).toBe(0);
  expect(copy.querySelector('h1')?.hasAttribute('onclick')).toBe(false);
  // No address that would load or leave the copy, clicked or not; an anchor within it stays.
  expect(Array.from(copy.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([null, null, '#top']);
  expect(copy.querySelector('image')?.hasAttribute('href')).toBe(false);
  expect(copy.querySelector('table')?.hasAttribute('background')).toBe(false);
  expect(copy.querySelector('p')?.getAttribute('style')).toBe('background: none; color: red');
  expect(Array.from(copy.querySelectorAll('img'), (i) => i.getAttribute('src'))).toEqual([
    null,
    'data:image/png;base64,iVBORw0KGgo=',
  ]);
  expect(copy.getElementById('ref')?.getAttribute('value')).toBe('REF-1');
  expect(copy.getElementById('ok')?.hasAttribute('checked')).toBe(true);
  expect(copy.querySelectorAll('option')[1]?.hasAttribute('selected')).toBe(true);
  expect(copy.getElementById('t')?.textContent).toBe('typed');
  expect(r.html).not.toContain('secret');
  expect(copy.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content')).toBe(
    COPY_CSP,
  );
  expect(copy.querySelector('[role=note]')?.textContent).toBe(BANNER);
  expect(r.bytes).toBe(new Blob([r.html]).size);
  // The page itself is untouched.
  expect(document.querySelectorAll('script').length).toBe(1);
});

test('over the size limit the styles go first; still over, it refuses with the size', () => {
  document.head.querySelector('style')!.textContent =
    `.x { color: red; }\n${'.y { color: blue; }\n'.repeat(5000)}`;
  const light = captureProofPage(BANNER, 20_000);
  expect(light).toMatchObject({ ok: true, stylesDropped: true });
  const refused = captureProofPage(BANNER, 500);
  expect(refused).toMatchObject({ ok: false });
  if (!refused.ok) expect(refused.message).toMatch(/too large to keep as proof .*limit is 1 KB\)/);
});
