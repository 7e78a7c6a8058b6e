// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { claim } from '../../utils/rules/testing/builder';
import { ProofBar } from './ProofBar';
import { click, mount } from './test-render';

const accepted = claim({
  claimNumber: '7000000011',
  lines: ['99213'],
  receivedDate: '2026-07-21',
  status: { category: 'A2', code: null, text: 'Accepted' },
});

test('on an accepted claim "Keep as proof" is offered first, with why; the kept proofs are named', () => {
  const onKeep = vi.fn();
  const root = mount(
    <ProofBar
      claim={accepted}
      kept={[{ keptOn: '2026-08-02', portal: 'Availity' }]}
      message={{ kind: 'success', text: 'Kept as proof of filing on 2026-08-02.' }}
      busy={false}
      onKeep={onKeep}
    />,
  );
  expect(root.querySelector('[data-testid="proof-offer"]')?.textContent).toMatch(
    /The payer has claim 7000000011 \(received 07\/21\/2026\)/,
  );
  const button = root.querySelector('[data-testid="keep-proof"]') as HTMLButtonElement;
  expect(button.className).toBe('primary');
  click(button);
  expect(onKeep).toHaveBeenCalledTimes(1);
  expect(root.querySelector('[data-testid="proofs-kept"]')?.textContent).toBe(
    'Proof kept: 2026-08-02 from Availity. Listed on the worklist.',
  );
  expect(root.querySelector('[data-testid="proof-status"]')?.getAttribute('role')).toBe('status');
});

test('on a rejected claim it is there on demand only, and a failure is an alert', () => {
  const rejected = {
    ...accepted,
    receivedDate: null,
    status: { category: 'A7', code: null, text: 'Rejected' },
  };
  const root = mount(
    <ProofBar
      claim={rejected}
      kept={[]}
      message={{ kind: 'error', text: 'The proof could not be kept.' }}
      busy={true}
      onKeep={vi.fn()}
    />,
  );
  expect(root.querySelector('[data-testid="proof-offer"]')).toBeNull();
  const button = root.querySelector('[data-testid="keep-proof"]') as HTMLButtonElement;
  expect(button.className).toBe('quiet');
  expect(button.disabled).toBe(true);
  expect(button.textContent).toBe('Keeping…');
  expect(root.querySelector('[data-testid="proof-status"]')?.getAttribute('role')).toBe('alert');
});
