// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { buildProof } from '../../utils/proofs/model';
import { claim, snapshot } from '../../utils/rules/testing/builder';
import { click, mount } from '../panel/test-render';
import { Proofs } from './Proofs';

const page = snapshot(
  [
    claim({
      claimNumber: '7000000011',
      payer: 'Aetna',
      lines: ['99213'],
      dos: '2026-07-19',
      receivedDate: '2026-07-21',
    }),
  ],
  { kind: 'claim-status' },
);
// Page words that look like markup stay words.
const proof = buildProof(
  page,
  0,
  page.url,
  { text: '<img src=x onerror=alert(1)> Accepted', note: null },
  new Date('2026-08-02T15:00:00Z'),
);
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

test('lists a proof; Open shows its text as text; Export and Delete (asked once) call back', () => {
  const onExport = vi.fn();
  const onDelete = vi.fn();
  const root = mount(<Proofs proofs={[proof]} onExport={onExport} onDelete={onDelete} />);
  const row = root.querySelector('tr[data-proof="7000000011"]')!;
  expect([...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim()).slice(0, 5)).toEqual([
    '7000000011',
    'Aetna',
    '07/19/2026',
    '07/21/2026',
    '2026-08-02 (Availity)',
  ]);
  click(button(root, 'Open'));
  const text = root.querySelector('[data-testid="proof-text"]')!;
  expect(text.textContent).toContain('<img src=x onerror=alert(1)> Accepted');
  expect(root.querySelector('img')).toBeNull();
  click(button(root, 'Export the proof of claim 7000000011 kept on 2026-08-02'));
  expect(onExport).toHaveBeenCalledWith(proof);
  click(button(root, 'Delete the proof of claim 7000000011 kept on 2026-08-02'));
  expect(onDelete).not.toHaveBeenCalled();
  click(button(root, 'Yes, delete it'));
  expect(onDelete).toHaveBeenCalledWith(proof);
});

test('nothing is shown when no proof is kept', () => {
  const root = mount(<Proofs proofs={[]} onExport={vi.fn()} onDelete={vi.fn()} />);
  expect(root.textContent).toBe('');
});
