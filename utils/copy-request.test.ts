import { expect, test } from 'vitest';
import { COPY_REQUEST_TTL_MS, copyRequest, isCopyRequestFor } from './copy-request';

test('a copy request is for one tab, and only while it is fresh', () => {
  const r = copyRequest(7, 1_000);
  expect(isCopyRequestFor(r, 7, 1_500)).toBe(true);
  expect(isCopyRequestFor(r, 8, 1_500)).toBe(false);
  expect(isCopyRequestFor(r, 7, 1_000 + COPY_REQUEST_TTL_MS)).toBe(false);
  expect(isCopyRequestFor(r, null, 1_500)).toBe(false);
  expect(isCopyRequestFor({ tabId: 7, at: 'soon' }, 7, 1_500)).toBe(false);
  expect(isCopyRequestFor('tab:7', 7, 1_500)).toBe(false);
});
