import { expect, test } from 'vitest';
import { updateDraftAction } from './draft';

test('an edited note keeps its edits when "Action taken" changes', () => {
  const draft = 'Claim 7000000001 denied CO-97. Wrote off per supervisor';
  const first = updateDraftAction(draft, '', 'c');
  expect(first).toBe('Claim 7000000001 denied CO-97. Wrote off per supervisor. Action taken: c.');
  const typed = updateDraftAction(first, 'c', 'called payer');
  expect(typed).toBe('Claim 7000000001 denied CO-97. Wrote off per supervisor. Action taken: called payer.');
  expect(updateDraftAction(typed, 'called payer', '')).toBe(
    'Claim 7000000001 denied CO-97. Wrote off per supervisor.',
  );
  expect(updateDraftAction(draft, 'x', 'x')).toBe(draft);
});
