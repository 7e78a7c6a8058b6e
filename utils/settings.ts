import { browser } from 'wxt/browser';
import { z } from 'zod';
import { UserHost } from './portals/user-hosts';
import { Jurisdiction, NO_JURISDICTION } from './rules/jurisdiction';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from './rules/settings';

/**
 * User settings in `storage.local`, validated on every read: a broken or old value falls back to
 * the default instead of breaking the extension.
 */
export const UserHosts = z.array(UserHost).max(200);

export const USER_HOSTS_KEY = 'settings:userHosts';

export async function saveUserHosts(hosts: string[]): Promise<void> {
  await browser.storage.local.set({ [USER_HOSTS_KEY]: UserHosts.parse([...new Set(hosts)]) });
}

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

export const RULE_SETTINGS_KEY = 'settings:rules';

/**
 * Rule settings (filing limits, switches, payer packs, jurisdiction); a broken stored value falls back
 * to defaults. The jurisdiction has its own key (the background presets it while the options page may
 * hold the other settings): it always comes from there.
 */
export async function loadRuleSettings(): Promise<RuleSettings> {
  const stored = await browser.storage.local.get([RULE_SETTINGS_KEY, JURISDICTION_KEY]);
  const parsed = RuleSettings.safeParse(stored[RULE_SETTINGS_KEY] ?? {});
  const settings = parsed.success ? parsed.data : DEFAULT_RULE_SETTINGS;
  return { ...settings, jurisdiction: parseJurisdiction(stored[JURISDICTION_KEY]) };
}

export const JURISDICTION_KEY = 'settings:jurisdiction';

function parseJurisdiction(raw: unknown): Jurisdiction {
  const parsed = Jurisdiction.safeParse(raw ?? {});
  return parsed.success ? parsed.data : NO_JURISDICTION;
}

export async function loadJurisdiction(): Promise<Jurisdiction> {
  return parseJurisdiction((await browser.storage.local.get(JURISDICTION_KEY))[JURISDICTION_KEY]);
}

export async function saveJurisdiction(j: Jurisdiction): Promise<void> {
  await browser.storage.local.set({ [JURISDICTION_KEY]: Jurisdiction.parse(j) });
}

export async function saveRuleSettings(settings: RuleSettings): Promise<void> {
  // The jurisdiction is kept under its own key (saveJurisdiction), never from a copy held elsewhere.
  const { jurisdiction: _kept, ...rest } = RuleSettings.parse(settings);
  await browser.storage.local.set({ [RULE_SETTINGS_KEY]: rest });
}

/** What ClaimLens shows where: inline flags on claim-entry forms can be turned off. */
export const DisplaySettings = z.object({ inlineFlags: z.boolean().default(true) });
export type DisplaySettings = z.infer<typeof DisplaySettings>;
export const DISPLAY_SETTINGS_KEY = 'settings:display';

export async function loadDisplaySettings(): Promise<DisplaySettings> {
  const raw = (await browser.storage.local.get(DISPLAY_SETTINGS_KEY))[DISPLAY_SETTINGS_KEY];
  const parsed = DisplaySettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DisplaySettings.parse({});
}

export async function saveDisplaySettings(settings: DisplaySettings): Promise<void> {
  await browser.storage.local.set({ [DISPLAY_SETTINGS_KEY]: DisplaySettings.parse(settings) });
}
