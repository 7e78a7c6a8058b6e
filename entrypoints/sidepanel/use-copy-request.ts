import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COPY_REQUEST_KEY, isCopyRequestFor } from '../../utils/copy-request';

/**
 * The copy-note shortcut pressed with the panel closed or open: the background leaves a request for
 * the tab in storage.session (utils/copy-request.ts); the panel serving that tab copies its note once
 * the note is ready, and removes the request so it is used once.
 */
export function useCopyRequest(tabId: number | null, ready: boolean, copy: () => Promise<void>): void {
  const copyRef = useRef(copy);
  copyRef.current = copy;
  useEffect(() => {
    if (!ready || tabId === null) return;
    const take = (value: unknown) => {
      if (!isCopyRequestFor(value, tabId)) return;
      void browser.storage.session.remove(COPY_REQUEST_KEY).then(() => copyRef.current());
    };
    void browser.storage.session.get(COPY_REQUEST_KEY).then((r) => take(r[COPY_REQUEST_KEY]));
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && COPY_REQUEST_KEY in changes) take(changes[COPY_REQUEST_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [ready, tabId]);
}
