import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SidePanel } from '../../components/SidePanel';
import { primarySnapshot, type TabState, tabKey } from '../../utils/tabstate';

/**
 * Follows the active tab (or the tab named by `?tabId=`, which is how tests and the demo bind a
 * panel opened in a tab) and shows its state from session storage, live.
 */
function useServedTab(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const pick = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void pick();
    browser.tabs.onActivated.addListener(pick);
    return () => browser.tabs.onActivated.removeListener(pick);
  }, [fixed]);
  return tabId;
}

function App() {
  const tabId = useServedTab();
  const [state, setState] = useState<TabState | undefined>();
  useEffect(() => {
    if (tabId === null) return;
    const key = tabKey(tabId);
    void browser.storage.session.get(key).then((r) => setState(r[key] as TabState | undefined));
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setState(changes[key]?.newValue as TabState | undefined);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [tabId]);
  return <SidePanel snapshot={primarySnapshot(state)} findings={state?.findings ?? []} />;
}

render(<App />, document.getElementById('app')!);
