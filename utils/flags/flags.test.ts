import { expect, test } from 'vitest';
import { emptyClaim, emptyLine, emptySnapshot } from '../model/empty';
import type { Finding } from '../model/finding';
import { lineFlags } from './flags';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'ptp',
  severity: 'error',
  claimIndex: 0,
  lines: [1],
  message: 'm',
  action: '',
  source: 's',
  reason: null,
  ...over,
});

function entryPage() {
  const s = emptySnapshot(
    'https://www.officeally.com/x',
    'office-ally',
    'claim-entry',
    'office-ally/claim-entry',
  );
  const claim = emptyClaim();
  claim.serviceLines = [1, 2, 3].map((n) => ({ ...emptyLine(n), code: `9921${n}` }));
  s.claims = [claim];
  return s;
}

test('each line gets its worst finding; lines without findings get no flag', () => {
  const flags = lineFlags(entryPage(), [
    finding({ rule: 'mod-25', severity: 'warning', lines: [1], message: 'E/M needs 25' }),
    finding({ rule: 'ptp', severity: 'error', lines: [1, 2], message: 'NCCI pair' }),
    finding({ rule: 'code-valid', severity: 'could-not-check', lines: [3], message: 'no data' }),
  ]);
  expect(flags).toEqual([
    { line: 1, code: '99211', severity: 'error', text: 'NCCI pair (+1 more in the side panel)' },
    { line: 2, code: '99212', severity: 'error', text: 'NCCI pair' },
  ]);
});

test('in Firefox the flag says the others are in the sidebar (what Firefox calls it)', () => {
  const flags = lineFlags(
    entryPage(),
    [
      finding({ rule: 'mod-25', severity: 'warning', lines: [1], message: 'E/M needs 25' }),
      finding({ rule: 'ptp', severity: 'error', lines: [1], message: 'NCCI pair' }),
    ],
    'sidebar',
  );
  expect(flags[0]?.text).toBe('NCCI pair (+1 more in the sidebar)');
});

test('only claim-entry forms get flags', () => {
  const page = entryPage();
  page.kind = 'claim-detail';
  expect(lineFlags(page, [finding({})])).toEqual([]);
});
