import { browser } from 'wxt/browser';
import { loggedOnce, logOnce } from '../../utils/log';
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
  // Nothing registered yet is the usual reason this fails; it is logged once all the same.
  await scripting
    .unregisterContentScripts({ ids: [SCRIPT_ID] })
    .catch(loggedOnce('user portals: nothing to unregister'));
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
  try {
    if (!hosts.includes(host)) await saveUserHosts([...hosts, host]);
    await syncUserPortalScripts([...new Set([...hosts, host])]);
  } catch (error) {
    // The biller asked for this site: say it did not work, rather than "now reads" and nothing on the page.
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `ClaimLens could not start reading ${host}: ${why}. Try again.` };
  }
  if (tabId !== null) {
    // Read the open page now, without waiting for a reload.
    const read = await browser.scripting
      ?.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] })
      .then(() => true)
      .catch((error: unknown) => {
        logOnce('user portals: could not read the open page at once', error);
        return false;
      });
    if (read === false)
      return { ok: true, message: `ClaimLens now reads ${host}. Reload the page to read it.` };
  }
  return { ok: true, message: `ClaimLens now reads ${host}.` };
}
