import { describe, expect, test, vi } from 'vitest';
import {
  admitMessage,
  createDropLogger,
  dispatch,
  type HandlerMap,
  MAX_MESSAGE_BYTES,
  type PanelToBackground,
} from './messages';
import { emptyClaim, emptyLine, emptySnapshot } from './model/empty';
import { isPortalUrl } from './portals/hosts';

const ctx = {
  extensionId: 'our-extension-id',
  extensionOrigin: 'chrome-extension://our-extension-id/',
  isPortalUrl: (url: string) => isPortalUrl(url, ['portal.example-clinic.org']),
};
const portalUrl = 'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/';

function snapshotMessage() {
  const snapshot = emptySnapshot(portalUrl, 'availity', 'claim-detail', 'availity/claim-detail');
  const claim = emptyClaim();
  claim.claimNumber = '7000000001';
  const line = emptyLine(1);
  line.code = '20610';
  line.modifiers = ['RT'];
  claim.serviceLines = [line];
  snapshot.claims = [claim];
  return { type: 'page/snapshot', snapshot };
}
const fromPortalTab = { id: 'our-extension-id', tab: { id: 7, url: portalUrl }, frameId: 3, url: portalUrl };

describe('admitMessage', () => {
  test('accepts a valid snapshot from a content script on a portal tab, with the browser-given tab and frame', () => {
    const verdict = admitMessage(snapshotMessage(), fromPortalTab, ctx);
    expect(verdict).toMatchObject({ ok: true, message: { from: 'content', tabId: 7, frameId: 3 } });
  });

  test('drops a message from another extension', () => {
    const verdict = admitMessage(snapshotMessage(), { ...fromPortalTab, id: 'someone-else' }, ctx);
    expect(verdict).toEqual({ ok: false, reason: 'sender is not this extension' });
  });

  test('drops page data from a tab that is not a portal, even if the payload claims a portal URL', () => {
    const sender = {
      id: 'our-extension-id',
      tab: { id: 7, url: 'https://evil.example.com/' },
      url: portalUrl,
    };
    expect(admitMessage(snapshotMessage(), sender, ctx)).toMatchObject({ ok: false, reason: /not a portal/ });
  });

  test('accepts page data from a user-added portal host', () => {
    const url = 'https://portal.example-clinic.org/claims/1';
    const sender = { id: 'our-extension-id', tab: { id: 2, url }, url };
    expect(admitMessage(snapshotMessage(), sender, ctx).ok).toBe(true);
  });

  test('drops a forged type', () => {
    const verdict = admitMessage({ type: 'page/delete-everything' }, fromPortalTab, ctx);
    expect(verdict).toMatchObject({ ok: false, reason: /invalid content message/ });
  });

  test('drops a snapshot of the wrong shape and says which field', () => {
    const msg = snapshotMessage();
    (msg.snapshot.claims[0]!.serviceLines[0] as { modifiers: unknown }).modifiers = [
      'RT',
      'LT',
      '59',
      'XS',
      '25',
    ];
    const verdict = admitMessage(msg, fromPortalTab, ctx);
    expect(verdict).toMatchObject({ ok: false, reason: /claims\.0\.serviceLines\.0\.modifiers/ });
  });

  test('drops an oversized payload before parsing it', () => {
    const msg = { type: 'page/snapshot', junk: 'x'.repeat(MAX_MESSAGE_BYTES + 1) };
    expect(admitMessage(msg, fromPortalTab, ctx)).toEqual({ ok: false, reason: 'message too large' });
  });

  test('drops a panel command that does not come from one of our pages', () => {
    const sender = { id: 'our-extension-id', url: 'https://essentials.availity.com/' };
    expect(admitMessage({ type: 'panel/reread', tabId: 1 }, sender, ctx)).toMatchObject({ ok: false });
    const ours = { id: 'our-extension-id', url: 'chrome-extension://our-extension-id/sidepanel.html' };
    expect(admitMessage({ type: 'panel/reread', tabId: 1 }, ours, ctx)).toMatchObject({ ok: true });
  });

  test('our own page open in a tab (the options page) is one of our pages, never a content script', () => {
    const options = {
      id: 'our-extension-id',
      tab: { id: 9, url: 'chrome-extension://our-extension-id/options.html' },
      frameId: 0,
      url: 'chrome-extension://our-extension-id/options.html',
    };
    const forget = admitMessage({ type: 'privacy/forget-page-data' }, options, ctx);
    expect(forget).toEqual({
      ok: true,
      message: { from: 'panel', msg: { type: 'privacy/forget-page-data' } },
    });
    expect(admitMessage(snapshotMessage(), options, ctx)).toMatchObject({ ok: false });
  });

  test('the options page opened in a tab (Chrome and Firefox) is an extension page, not a content script', () => {
    for (const [origin, url] of [
      ['chrome-extension://our-extension-id/', 'chrome-extension://our-extension-id/options.html'],
      [
        'moz-extension://5e3c9a10-1111-4222-8333-944455556666/',
        'moz-extension://5e3c9a10-1111-4222-8333-944455556666/options.html',
      ],
    ] as const) {
      const sender = { id: 'our-extension-id', tab: { id: 12, url }, frameId: 0, url };
      const verdict = admitMessage({ type: 'ruledata/changed' }, sender, { ...ctx, extensionOrigin: origin });
      expect(verdict).toEqual({ ok: true, message: { from: 'panel', msg: { type: 'ruledata/changed' } } });
    }
  });

  test('a panel opened in a tab may ask for a re-read; page data from an extension page is still refused', () => {
    const url = 'chrome-extension://our-extension-id/sidepanel.html?tabId=4';
    const sender = { id: 'our-extension-id', tab: { id: 5, url }, frameId: 0, url };
    expect(admitMessage({ type: 'panel/reread', tabId: 4 }, sender, ctx)).toMatchObject({ ok: true });
    expect(admitMessage(snapshotMessage(), sender, ctx)).toMatchObject({
      ok: false,
      reason: /invalid panel message/,
    });
  });

  test('a look-alike origin is not ours', () => {
    const url = 'chrome-extension://our-extension-id.evil/options.html';
    const sender = { id: 'our-extension-id', tab: { id: 5, url }, url };
    expect(admitMessage({ type: 'ruledata/changed' }, sender, ctx)).toMatchObject({ ok: false });
  });

  test('never throws on junk', () => {
    for (const raw of [null, undefined, 42, 'page/snapshot', [], { type: 1 }, Object.create(null)]) {
      expect(() => admitMessage(raw, fromPortalTab, ctx)).not.toThrow();
      expect(admitMessage(raw, fromPortalTab, ctx).ok).toBe(false);
    }
  });
});

describe('dispatch', () => {
  test('calls the handler for the type and ignores types without one', () => {
    const reread = vi.fn();
    const handlers: HandlerMap<PanelToBackground, string> = { 'panel/reread': reread };
    dispatch(handlers, { type: 'panel/reread', tabId: 4 }, 'ctx');
    expect(reread).toHaveBeenCalledWith({ type: 'panel/reread', tabId: 4 }, 'ctx');
    expect(dispatch({}, { type: 'panel/reread', tabId: 4 }, 'ctx')).toBeUndefined();
  });
});

test('the drop logger logs each reason once', () => {
  const log = vi.fn();
  const drop = createDropLogger(log);
  drop('a');
  drop('a');
  drop('b');
  expect(log).toHaveBeenCalledTimes(2);
});
