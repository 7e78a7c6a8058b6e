import { expect, test } from 'vitest';
import { emptyClaim, emptySnapshot } from './portals/adapter';
import { primarySnapshot, type TabState, withFrame, withoutFrame } from './tabstate';

const shell = emptySnapshot('https://essentials.availity.com/nav/', 'availity', 'unknown', 'none');
const app = emptySnapshot(
  'https://essentials.availity.com/cs/',
  'availity',
  'claim-detail',
  'availity/claim-detail',
);
app.claims = [emptyClaim()];

test('the side panel shows the frame that read a claim, not the navigation shell', () => {
  let state: TabState | undefined;
  state = withFrame(state, 5, 0, { url: shell.url, snapshot: shell, receivedAt: 't1' });
  state = withFrame(state, 5, 12, { url: app.url, snapshot: app, receivedAt: 't2' });
  expect(primarySnapshot(state)?.kind).toBe('claim-detail');
  expect(primarySnapshot(withoutFrame(state, 12, 't3'))?.kind).toBe('unknown');
  expect(primarySnapshot(undefined)).toBeNull();
});
