// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProof, type ProofRecord } from '../../utils/proofs/model';
import { claim, snapshot } from '../../utils/rules/testing/builder';
import { ClaimProofs } from './ClaimProofs';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const proof = (keptAt: string): ProofRecord => {
  const page = snapshot([claim({ claimNumber: '7000000011', lines: ['99213'] })], { kind: 'claim-status' });
  return buildProof(page, 0, page.url, { text: 'Accepted', note: null }, new Date(keptAt));
};

test("the claim's proofs: each says when it was kept and whether a picture is kept; its buttons open and save it", () => {
  const withPicture = proof('2026-08-02T15:00:00Z');
  const textOnly = proof('2026-07-30T15:00:00Z');
  const calls = { open: vi.fn(), html: vi.fn(), text: vi.fn() };
  act(() =>
    render(
      <ClaimProofs
        proofs={[withPicture, textOnly]}
        withPicture={new Set([withPicture.id])}
        onOpen={calls.open}
        onExportPicture={calls.html}
        onExportText={calls.text}
      />,
      root,
    ),
  );
  const items = Array.from(root.querySelectorAll('li'));
  expect(items.map((li) => li.querySelector('.note-meta')?.textContent)).toEqual([
    expect.stringMatching(/^Kept 08\/0[23]\/2026 \d\d:\d\d · claim 7000000011 · with a picture of the page$/),
    expect.stringMatching(/^Kept 07\/(30|31)\/2026 \d\d:\d\d · claim 7000000011 · text only$/),
  ]);
  expect(Array.from(items[0]!.querySelectorAll('button'), (b) => b.textContent)).toEqual([
    'Open as it looked',
    'Export as .html',
    'Export as text',
  ]);
  // A proof without a picture opens as text and cannot be saved as .html.
  expect(Array.from(items[1]!.querySelectorAll('button'), (b) => b.textContent)).toEqual([
    'Open',
    'Export as text',
  ]);
  const [open, html, text] = Array.from(items[0]!.querySelectorAll('button'));
  act(() => {
    open!.click();
    html!.click();
    text!.click();
  });
  expect(calls.open).toHaveBeenCalledWith(withPicture);
  expect(calls.html).toHaveBeenCalledWith(withPicture);
  expect(calls.text).toHaveBeenCalledWith(withPicture);
});

test('no proof kept: nothing is shown', () => {
  act(() =>
    render(
      <ClaimProofs
        proofs={[]}
        withPicture={new Set()}
        onOpen={vi.fn()}
        onExportPicture={vi.fn()}
        onExportText={vi.fn()}
      />,
      root,
    ),
  );
  expect(root.innerHTML).toBe('');
});
