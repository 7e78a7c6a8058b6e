import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { spaced } from './dom';

const doc = (html: string) => {
  const w = new Window();
  w.document.body.innerHTML = html;
  return w.document as unknown as Document;
};

test('cell text: stacked elements stay apart, one text node is read as is, scripts are not text', () => {
  const d = doc(
    '<table><tr><td> 7000000001 </td><td><p>08/01/2026</p><p>08/02/2026</p></td><td><script>var x = 1;</script></td><td><style>p{}</style>$5</td></tr></table>',
  );
  const cells = [...d.querySelectorAll('td')];
  expect(cells.map((c) => spaced(c))).toEqual(['7000000001', '08/01/2026 08/02/2026', '', '$5']);
  expect(spaced(d.querySelector('script'))).toBe('');
});
