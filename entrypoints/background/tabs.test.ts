import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { emptySnapshot } from '../../utils/model/empty';
import { encodeTabState, type TabState } from '../../utils/tabstate';
import { countFired, forgetSeen } from './rule-stats';
import { forgetAllTabs, recheckAll } from './tabs';

beforeEach(() => fakeBrowser.reset());

const state = (tabId: number): TabState => ({
  tabId,
  frames: {
    '0': {
      url: 'https://essentials.availity.com/x',
      snapshot: emptySnapshot('https://essentials.availity.com/x', 'availity', 'claim-detail', 'a'),
      receivedAt: '2026-11-27T10:00:00Z',
    },
  },
  findings: [],
  problem: null,
  updatedAt: '2026-11-27T10:00:00Z',
});

test('forgetting every tab leaves no reading, and a recheck already running cannot write one back', async () => {
  await fakeBrowser.storage.session.set({
    'tab:1': encodeTabState(state(1)),
    'tab:2': encodeTabState(state(2)),
    'other:key': 'kept',
  });
  // The checks of both tabs are running (slow) when the biller deletes everything.
  const waiting: (() => void)[] = [];
  const slowCheck = () => new Promise<[]>((resolve) => waiting.push(() => resolve([])));
  const rechecking = recheckAll(slowCheck);
  await new Promise((r) => setTimeout(r, 10));
  const forgetting = forgetAllTabs();
  for (const go of waiting.splice(0)) go();
  await Promise.all([rechecking, forgetting]);
  expect(await forgetting).toBe(2);
  expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'other:key': 'kept' });
});

test('the list of counted findings (it names claims) is forgotten, and a count in flight does not bring it back', async () => {
  const snapshot = emptySnapshot('https://essentials.availity.com/x', 'availity', 'claim-detail', 'a');
  snapshot.claims = [{ ...snapshot.claims[0], claimNumber: '7000000001' } as never];
  const finding = {
    rule: 'ptp' as const,
    severity: 'error' as const,
    claimIndex: 0,
    lines: [1],
    message: 'm',
    action: 'a',
    source: 's',
    reason: null,
  };
  await countFired(snapshot, [finding]);
  expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['stats:seen']);
  const counting = countFired({ ...snapshot, url: 'https://essentials.availity.com/y' }, [
    { ...finding, lines: [2] },
  ]);
  const forgot = forgetSeen();
  await counting;
  expect(await forgot).toBe(2);
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  // The counts per rule (no claim in them) stay on disk.
  expect(await fakeBrowser.storage.local.get('stats:fired')).toEqual({ 'stats:fired': { ptp: 2 } });
});
