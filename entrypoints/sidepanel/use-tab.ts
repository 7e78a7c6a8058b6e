import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  decodeTabState,
  primarySnapshot,
  type TabState,
  TOOLBAR_CLICK_KEY,
  tabKey,
} from '../../utils/tabstate';

/**
 * The tab the panel serves: the one named by `?tabId=` (how tests and the demo bind a panel opened
 * in a tab), else the active tab, followed as the user switches tabs. Its page state comes live from
 * session storage; its address only when the browser shows it to us (portal hosts, or activeTab after
 * the toolbar button was clicked on it).
 */
export function useServedTab() {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const pinned = Number.isInteger(fixed) && fixed > 0 ? fixed : null;
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [url, setUrl] = useState<string | undefined>();
  const [state, setState] = useState<TabState | undefined>();

  useEffect(() => {
    if (pinned !== null) return;
    const pick = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void pick();
    browser.tabs.onActivated.addListener(pick);
    return () => browser.tabs.onActivated.removeListener(pick);
  }, [pinned]);

  useEffect(() => {
    if (tabId === null) return;
    const key = tabKey(tabId);
    const refreshUrl = () =>
      browser.tabs
        .get(tabId)
        .then((t) => setUrl(t.url))
        .catch(() => setUrl(undefined));
    void refreshUrl();
    void browser.storage.session.get(key).then((r) => setState(decodeTabState(r[key])));
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) {
        setState(decodeTabState(changes[key]?.newValue));
        void refreshUrl();
      }
      // The toolbar button was clicked on this tab: activeTab now shows its address.
      const click = changes[TOOLBAR_CLICK_KEY]?.newValue as { tabId?: unknown } | undefined;
      if (area === 'session' && click?.tabId === tabId) void refreshUrl();
    };
    const onUpdated = (id: number) => {
      if (id === tabId) void refreshUrl();
    };
    browser.storage.onChanged.addListener(onChange);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.storage.onChanged.removeListener(onChange);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { tabId, url, state, snapshot: primarySnapshot(state), findings: state?.findings ?? [] };
}
