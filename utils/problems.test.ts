import { expect, test } from 'vitest';
import { logOnce, resetLogOnce } from './log';
import { createProblems } from './problems';

test('a failed save becomes a problem the page shows, with what was lost and why', async () => {
  const problems = createProblems();
  const seen: (readonly string[])[] = [];
  problems.subscribe((p) => seen.push(p));
  await Promise.reject(new Error('QuotaExceededError')).catch(
    problems.whenFails('Your note template was not saved'),
  );
  expect(problems.current()).toEqual(['Your note template was not saved: QuotaExceededError']);
  expect(seen.at(-1)).toEqual(problems.current());
  problems.dismiss(problems.current()[0]!);
  expect(problems.current()).toEqual([]);
});

test('the same problem twice is shown once', () => {
  const problems = createProblems();
  problems.report('x');
  problems.report('x');
  expect(problems.current()).toEqual(['x']);
});

test('logOnce logs each context once, with the error', () => {
  resetLogOnce();
  const lines: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args);
  try {
    logOnce('tab state: update failed', new Error('gone'));
    logOnce('tab state: update failed', new Error('gone again'));
  } finally {
    console.warn = warn;
  }
  expect(lines).toEqual([['ClaimLens: tab state: update failed', 'Error: gone']]);
});
