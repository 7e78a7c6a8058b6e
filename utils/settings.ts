import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * User settings in `storage.local`, validated on every read: a broken or old value falls back to
 * the default instead of breaking the extension.
 */
export const UserHosts = z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)).max(200);

export const USER_HOSTS_KEY = 'settings:userHosts';

export async function loadUserHosts(): Promise<string[]> {
  const raw = (await browser.storage.local.get(USER_HOSTS_KEY))[USER_HOSTS_KEY];
  const parsed = UserHosts.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

export function watchUserHosts(onChange: (hosts: string[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(USER_HOSTS_KEY in changes)) return;
    const parsed = UserHosts.safeParse(changes[USER_HOSTS_KEY]?.newValue ?? []);
    onChange(parsed.success ? parsed.data : []);
  });
}
