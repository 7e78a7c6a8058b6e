import fc from 'fast-check';
import { expect, test } from 'vitest';
import { admitMessage, type SenderFacts } from './messages';
import { emptyClaim, emptyLine, emptySnapshot } from './model/empty';
import { isPortalUrl } from './portals/hosts';

/**
 * 10,000 random messages through the protocol (fixed seed: a failure prints the seed and path to
 * replay it). None may throw, and nothing may be admitted unless its shape and sender are right.
 */
const SEED = 20261127;
const ctx = {
  extensionId: 'ours',
  extensionOrigin: 'chrome-extension://ours/',
  isPortalUrl: (url: string) => isPortalUrl(url),
};
const portal = 'https://essentials.availity.com/static/web/post/cs/';

const validSnapshot = () => {
  const s = emptySnapshot(portal, 'availity', 'claim-detail', 'availity/claim-detail');
  const claim = emptyClaim();
  claim.serviceLines = [{ ...emptyLine(1), code: '20610' }];
  s.claims = [claim];
  return s;
};

const sender: fc.Arbitrary<SenderFacts> = fc.oneof(
  fc.constant({ id: 'ours', tab: { id: 3, url: portal }, frameId: 0, url: portal }),
  fc.constant({ id: 'ours', url: 'chrome-extension://ours/sidepanel.html' }),
  fc.record({
    id: fc.option(fc.string(), { nil: undefined }),
    tab: fc.option(
      fc.record({
        id: fc.option(fc.integer(), { nil: undefined }),
        url: fc.option(fc.webUrl(), { nil: undefined }),
      }),
      {
        nil: undefined,
      },
    ),
    url: fc.option(fc.webUrl(), { nil: undefined }),
  }),
);

const type = fc.constantFrom(
  'page/snapshot',
  'page/cleared',
  'page/open-panel',
  'panel/reread',
  'panel/add-portal',
  'ruledata/changed',
  'x',
);
const message = fc.oneof(
  fc.anything(),
  fc.record({ type, tabId: fc.anything(), host: fc.anything() }, { requiredKeys: ['type'] }),
  // A valid snapshot with one field replaced by junk.
  fc
    .tuple(fc.constantFrom('url', 'portal', 'kind', 'claims', 'read', 'ok', 'eligibility'), fc.anything())
    .map(([key, junk]) => ({
      type: 'page/snapshot',
      snapshot: { ...validSnapshot(), [key]: junk },
    })),
);

test('10,000 random messages: never a throw, never admitted from the wrong sender or with a wrong shape', () => {
  fc.assert(
    fc.property(message, sender, (raw, from) => {
      const verdict = admitMessage(raw, from, ctx);
      if (!verdict.ok) return true;
      // Anything admitted came from us, and a content message only from a portal tab.
      expect(from.id).toBe('ours');
      if (verdict.message.from === 'content') expect(isPortalUrl(from.tab?.url ?? '')).toBe(true);
      else expect(from.url?.startsWith('chrome-extension://ours/')).toBe(true);
      return true;
    }),
    { seed: SEED, numRuns: 10_000 },
  );
});

test('the valid snapshot used above is admitted (so the property is not vacuous)', () => {
  const verdict = admitMessage(
    { type: 'page/snapshot', snapshot: validSnapshot() },
    { id: 'ours', tab: { id: 3, url: portal }, url: portal },
    ctx,
  );
  expect(verdict.ok).toBe(true);
});
