import { expect, test } from 'vitest';
import { emptyClaim, emptySnapshot } from './model/empty';
import {
  decodeTabState,
  encodeTabState,
  primarySnapshot,
  type TabState,
  withFrame,
  withoutFrame,
  withoutPageData,
} from './tabstate';

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

test('tab state survives its trip through session storage; a damaged value reads as no state', () => {
  const state = withFrame(undefined, 5, 12, { url: app.url, snapshot: app, receivedAt: 't2' });
  const stored = encodeTabState(state);
  expect(typeof stored).toBe('string');
  expect(decodeTabState(stored)).toEqual(state);
  expect(primarySnapshot(decodeTabState(stored))?.kind).toBe('claim-detail');
  expect(decodeTabState('{"tabId":')).toBeUndefined();
  expect(decodeTabState('["not", "a", "tab"]')).toBeUndefined();
  expect(decodeTabState(undefined)).toBeUndefined();
});

test('a reading that cannot be stored leaves no page data and a problem saying what to do', () => {
  const state = withFrame(undefined, 5, 12, { url: app.url, snapshot: app, receivedAt: 't2' });
  const kept = withoutPageData(state, 'Session storage quota bytes exceeded');
  expect(primarySnapshot(kept)).toBeNull();
  expect(kept.findings).toEqual([]);
  expect(kept.problem).toBe(
    'ClaimLens could not keep what it read on this page (Session storage quota bytes exceeded). Close portal tabs you no longer need, then press Re-read.',
  );
});
