import { browser } from 'wxt/browser';
import { userHostPattern } from '../../utils/portals/user-hosts';
import { loadUserHosts, saveUserHosts } from '../../utils/settings';

/**
 * Portals the user added: the content script is registered for exactly those hosts, and only once the
 * browser confirms the user granted that host (the permission prompt runs in the side panel, on the
 * user's click). Nothing here widens access by itself.
 */
const SCRIPT_ID = 'claimlens-user-portals';
const CONTENT_SCRIPT = '/content-scripts/portal.js' as const;

async function granted(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [userHostPattern(host)] }).catch(() => false);
}

export async function syncUserPortalScripts(hosts: string[]): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const allowed: string[] = [];
  for (const host of hosts) if (await granted(host)) allowed.push(host);
  await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (allowed.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: allowed.map(userHostPattern),
      js: [CONTENT_SCRIPT],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function addUserPortal(
  host: string,
  tabId: number | null,
): Promise<{ ok: boolean; message: string }> {
  if (!(await granted(host))) return { ok: false, message: `ClaimLens was not allowed to read ${host}.` };
  const hosts = await loadUserHosts();
  if (!hosts.includes(host)) await saveUserHosts([...hosts, host]);
  await syncUserPortalScripts([...new Set([...hosts, host])]);
  if (tabId !== null) {
    // Read the open page now, without waiting for a reload.
    await browser.scripting
      ?.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] })
      .catch(() => undefined);
  }
  return { ok: true, message: `ClaimLens now reads ${host}.` };
}
