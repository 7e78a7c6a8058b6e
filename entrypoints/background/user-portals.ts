import { browser } from 'wxt/browser';
import { logOnce } from '../../utils/log';
import { userHostPattern } from '../../utils/portals/user-hosts';
import { loadUserHosts, saveUserHosts } from '../../utils/settings';
import { GENERIC_READER_FILE } from './generic-reader';

/**
 * Portals the user added ("Read this site"): the content script is registered for exactly those
 * hosts, and only once the browser confirms the user granted that host (the permission prompt runs
 * in the side panel or options page, on the user's click). Nothing here widens access by itself.
 * Needs the `scripting` permission (manifest): without it the production build had no
 * `browser.scripting` and adding a site silently did nothing.
 */
export const USER_PORTALS_SCRIPT_ID = 'claimlens-user-portals';
// The generic reader first: on a site no adapter knows, every frame needs it at once.
const SCRIPTS = [GENERIC_READER_FILE, '/content-scripts/portal.js'];

interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The part of the browser this file uses, injectable so the logic is tested without a browser. */
export interface UserPortalApi {
  scripting?: {
    registerContentScripts(scripts: Record<string, unknown>[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
    executeScript(injection: {
      target: { tabId: number; allFrames: boolean };
      files: string[];
    }): Promise<unknown>;
  };
  granted(origin: string): Promise<boolean>;
  loadHosts(): Promise<string[]>;
  saveHosts(hosts: string[]): Promise<void>;
}

export const browserApi = (): UserPortalApi => ({
  scripting: browser.scripting as unknown as UserPortalApi['scripting'],
  granted: (origin) =>
    browser.permissions.contains({ origins: [origin] }).catch((error: unknown) => {
      logOnce('user portals: the browser could not say whether a site is granted', error);
      return false;
    }),
  loadHosts: loadUserHosts,
  saveHosts: saveUserHosts,
});

export type SyncResult = { ok: true; hosts: string[] } | { ok: false; reason: string };

const NO_SCRIPTING =
  'this browser build gives ClaimLens no way to read added sites (the scripting API is missing)';

/**
 * Registers the content script for the user's hosts that the browser says are granted (a host the
 * user revoked in the browser's own settings is left out). Leaves a registration that already
 * matches alone, so calling it at every background start costs one lookup.
 */
export function syncUserPortalScripts(
  hosts: readonly string[],
  api: UserPortalApi = browserApi(),
): Promise<SyncResult> {
  // One at a time: a grant fires permissions.onAdded while "Read this site" is registering the same
  // host, and two overlapping registrations fail with "Duplicate script ID".
  const run = queue.then(() => sync(hosts, api));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function sync(hosts: readonly string[], api: UserPortalApi): Promise<SyncResult> {
  const scripting = api.scripting;
  if (!scripting?.registerContentScripts) return { ok: false, reason: NO_SCRIPTING };
  const allowed: string[] = [];
  for (const host of hosts) if (await api.granted(userHostPattern(host))) allowed.push(host);
  const matches = allowed.map(userHostPattern).sort();
  try {
    const current = await scripting.getRegisteredContentScripts({ ids: [USER_PORTALS_SCRIPT_ID] });
    const now = [...(current[0]?.matches ?? [])].sort();
    if (current.length > 0 && now.join(' ') === matches.join(' ')) return { ok: true, hosts: allowed };
    if (current.length > 0) await scripting.unregisterContentScripts({ ids: [USER_PORTALS_SCRIPT_ID] });
    if (matches.length > 0)
      await scripting.registerContentScripts([
        {
          id: USER_PORTALS_SCRIPT_ID,
          matches,
          js: SCRIPTS,
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    return { ok: true, hosts: allowed };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.slice(0, 200) : String(error) };
  }
}

/**
 * "Read this site": after the user granted the host, keep it, register the content script for it,
 * tell the caller the new host list (the background admits the page's messages from then on), and
 * read the open tab at once, without waiting for a reload.
 */
export async function addUserPortal(
  host: string,
  tabId: number | null,
  onHosts: (hosts: string[]) => void = () => undefined,
  api: UserPortalApi = browserApi(),
): Promise<{ ok: boolean; message: string }> {
  if (!(await api.granted(userHostPattern(host))))
    return { ok: false, message: `ClaimLens was not allowed to read ${host}.` };
  const hosts = await api.loadHosts();
  const next = hosts.includes(host) ? hosts : [...hosts, host];
  if (next !== hosts) await api.saveHosts(next);
  onHosts(next);
  const synced = await syncUserPortalScripts(next, api);
  if (!synced.ok)
    return { ok: false, message: `ClaimLens could not start reading ${host}: ${synced.reason}.` };
  if (tabId !== null) {
    const read = await api.scripting
      ?.executeScript({ target: { tabId, allFrames: true }, files: SCRIPTS })
      .then(() => true)
      .catch((error: unknown) => {
        logOnce('user portals: could not read the open page at once', error);
        return false;
      });
    if (!read) return { ok: true, message: `ClaimLens now reads ${host}. Reload the page to read it.` };
  }
  return { ok: true, message: `ClaimLens now reads ${host}.` };
}
