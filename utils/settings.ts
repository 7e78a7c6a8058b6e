import { browser } from 'wxt/browser';
import { z } from 'zod';
import { UserHost } from './portals/user-hosts';
import { Jurisdiction } from './rules/jurisdiction';
import { RuleSettings } from './rules/settings';
import { RULE_SETTINGS_MIGRATIONS } from './rules/settings-migrations';
import { defineSetting, loadSetting, readSetting, saveSetting, versionKey } from './stored-setting';

/**
 * User settings in `storage.local`, each with its version and migrations (utils/stored-setting.ts),
 * validated on every read: a part that does not pass is dropped alone, never the whole object.
 */
export const UserHosts = z.array(UserHost).max(200).default([]);

export const USER_HOSTS_KEY = 'settings:userHosts';
/** Sites the biller added ("Read this site"). Version 1: a list of host names. */
export const USER_HOSTS = defineSetting(USER_HOSTS_KEY, UserHosts, 1);

export async function saveUserHosts(hosts: string[]): Promise<void> {
  await saveSetting(USER_HOSTS, [...new Set(hosts)]);
}

export async function loadUserHosts(): Promise<string[]> {
  return loadSetting(USER_HOSTS);
}

export function watchUserHosts(onChange: (hosts: string[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(USER_HOSTS_KEY in changes)) return;
    onChange(readSetting(USER_HOSTS, changes[USER_HOSTS_KEY]?.newValue, USER_HOSTS.version).value);
  });
}

export const RULE_SETTINGS_KEY = 'settings:rules';
/**
 * Filing limits, switches, payer packs (utils/rules/settings.ts). Version 1: the layout of release 0.1,
 * payers named by regular expressions; version 2: payers named by words (utils/rules/settings-migrations.ts).
 */
export const RULE_SETTINGS = defineSetting(
  RULE_SETTINGS_KEY,
  RuleSettings.prefault({}),
  2,
  RULE_SETTINGS_MIGRATIONS,
);

export const JURISDICTION_KEY = 'settings:jurisdiction';
/** The practice's Medicare jurisdiction (utils/rules/jurisdiction.ts). Version 1: states, contractors, preset. */
export const JURISDICTION = defineSetting(JURISDICTION_KEY, Jurisdiction.prefault({}), 1);

/**
 * Rule settings (filing limits, switches, payer packs, jurisdiction). A stored part that does not pass
 * (a rule id from a newer release, one damaged filing limit) is dropped alone; everything else the
 * biller set is kept (utils/settings-repair.ts). The jurisdiction has its own key (the background
 * presets it while the options page may hold the other settings): it always comes from there.
 */
export async function loadRuleSettings(): Promise<RuleSettings> {
  const [settings, jurisdiction] = await Promise.all([loadSetting(RULE_SETTINGS), loadSetting(JURISDICTION)]);
  return { ...settings, jurisdiction };
}

export async function loadJurisdiction(): Promise<Jurisdiction> {
  return loadSetting(JURISDICTION);
}

export async function saveJurisdiction(j: Jurisdiction): Promise<void> {
  await saveSetting(JURISDICTION, j);
}

export async function saveRuleSettings(settings: RuleSettings): Promise<void> {
  // The jurisdiction is kept under its own key (saveJurisdiction), never from a copy held elsewhere.
  const { jurisdiction: _kept, ...rest } = RuleSettings.parse(settings);
  await browser.storage.local.set({
    [RULE_SETTINGS_KEY]: rest,
    [versionKey(RULE_SETTINGS_KEY)]: { v: RULE_SETTINGS.version },
  });
}

/** What ClaimLens shows where: inline flags on claim-entry forms can be turned off. */
export const DisplaySettings = z.object({ inlineFlags: z.boolean().default(true) });
export type DisplaySettings = z.infer<typeof DisplaySettings>;
export const DISPLAY_SETTINGS_KEY = 'settings:display';
/** Version 1: `{ inlineFlags }`. */
export const DISPLAY_SETTINGS = defineSetting(DISPLAY_SETTINGS_KEY, DisplaySettings.prefault({}), 1);

export async function loadDisplaySettings(): Promise<DisplaySettings> {
  return loadSetting(DISPLAY_SETTINGS);
}

export async function saveDisplaySettings(settings: DisplaySettings): Promise<void> {
  await saveSetting(DISPLAY_SETTINGS, settings);
}
