import { browser } from 'wxt/browser';
import {
  admitMessage,
  type ContentToBackground,
  createDropLogger,
  dispatch,
  type HandlerMap,
  type PanelToBackground,
} from '../utils/messages';
import { isPortalUrl } from '../utils/portals/hosts';
import { loadUserHosts, watchUserHosts } from '../utils/settings';
import { type TabState, tabKey, withFrame, withoutFrame } from '../utils/tabstate';

// Thin wiring: validate every message and its sender, keep per-tab state in session storage.
export default defineBackground(() => {
  const logDrop = createDropLogger();
  let userHosts: string[] = [];
  void loadUserHosts().then((hosts) => {
    userHosts = hosts;
  });
  watchUserHosts((hosts) => {
    userHosts = hosts;
  });

  const readTab = async (tabId: number): Promise<TabState | undefined> =>
    (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined;
  const writeTab = (state: TabState) => browser.storage.session.set({ [tabKey(state.tabId)]: state });

  interface ContentCtx {
    tabId: number;
    frameId: number;
    frameUrl: string;
  }
  const contentHandlers: HandlerMap<ContentToBackground, ContentCtx> = {
    'page/snapshot': async (msg, ctx) => {
      const receivedAt = new Date().toISOString();
      const state = withFrame(await readTab(ctx.tabId), ctx.tabId, ctx.frameId, {
        url: ctx.frameUrl,
        snapshot: msg.snapshot,
        receivedAt,
      });
      await writeTab(state);
    },
    'page/cleared': async (_msg, ctx) => {
      const state = await readTab(ctx.tabId);
      if (state) await writeTab(withoutFrame(state, ctx.frameId, new Date().toISOString()));
    },
  };
  const panelHandlers: HandlerMap<PanelToBackground, undefined> = {
    'panel/reread': async (msg) => {
      await browser.tabs.sendMessage(msg.tabId, { type: 'content/reread' }).catch(() => undefined);
    },
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    const verdict = admitMessage(raw, sender, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      isPortalUrl: (url) => isPortalUrl(url, userHosts),
    });
    if (!verdict.ok) {
      logDrop(verdict.reason);
      return undefined;
    }
    const m = verdict.message;
    const result =
      m.from === 'content'
        ? dispatch(contentHandlers, m.msg, { tabId: m.tabId, frameId: m.frameId, frameUrl: m.frameUrl })
        : dispatch(panelHandlers, m.msg, undefined);
    return Promise.resolve(result).then(() => undefined);
  });

  // A tab's page data lives only as long as the page: gone on close or a full navigation.
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabKey(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void browser.storage.session.remove(tabKey(tabId));
  });

  // The toolbar button opens the side panel (Chrome) or the sidebar (Firefox).
  const chromeSidePanel = (
    globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }
  ).chrome?.sidePanel;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void sidebar?.open());
  }
});
