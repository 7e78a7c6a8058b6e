// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { EMPTY_FOLLOW_UP } from '../../utils/notes/follow-up';
import { FollowUpFields } from './FollowUpFields';
import { click, mount } from './test-render';

const q = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;

test('the quick picks set the follow-up date from today; the next step shows the suggestion until edited', () => {
  const onChange = vi.fn();
  const root = mount(
    <FollowUpFields
      value={EMPTY_FOLLOW_UP}
      suggestedStep="Resubmit with modifier 59"
      today="2026-12-20"
      problem={null}
      onChange={onChange}
    />,
  );
  expect((q(root, 'next-step') as unknown as HTMLTextAreaElement).value).toBe('Resubmit with modifier 59');
  click(q(root, 'follow-up-14'));
  expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FOLLOW_UP, followUp: '2027-01-03' });
  expect(q(root, 'follow-up-date').min).toBe('2026-12-20');
});

test('a refused field is marked, described by its message, and keeps what was typed', () => {
  const root = mount(
    <FollowUpFields
      value={{ ...EMPTY_FOLLOW_UP, callRef: '=1+1' }}
      suggestedStep={null}
      today="2026-12-20"
      problem={{
        field: 'callRef',
        message: 'A call reference holds letters, digits, spaces and # . / _ - only.',
      }}
      onChange={vi.fn()}
    />,
  );
  const ref = q(root, 'call-ref');
  expect(ref.value).toBe('=1+1');
  expect(ref.getAttribute('aria-invalid')).toBe('true');
  const error = root.querySelector(`#${ref.getAttribute('aria-describedby')}`);
  expect(error?.textContent).toMatch(/letters, digits/);
  expect(q(root, 'rep-name').getAttribute('aria-invalid')).toBe('false');
});
