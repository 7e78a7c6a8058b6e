import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { logOnce } from './log';
import { type Repaired, readLeniently } from './settings-repair';
import { type Migrations, migrate } from './versioned';

/**
 * One settings object in storage.local, with its version. The value lives under `key` exactly as
 * before versions existed; its version lives beside it under `key$` as `{ v: number }` (the layout
 * WXT's storage.defineItem uses, so the two can be swapped). A value without a version was written
 * before versions existed: it is version 1.
 *
 * Reading: an older value is migrated (migrations[n] for each version above it), mended part by part
 * (utils/settings-repair.ts) and written back with the current version. A value from a NEWER release
 * (the biller went back a version) is read as far as this release can, and left as it is in storage
 * until the biller saves, so going forward again loses nothing.
 * Why not storage.defineItem itself: it migrates once at start-up in every context that imports it,
 * and after a downgrade it throws ("version downgrade") instead of reading what it can.
 */
export interface StoredSetting<S extends z.ZodType> {
  key: string;
  schema: S;
  version: number;
  migrations: Migrations;
}

export const versionKey = (key: string): string => `${key}$`;

export function defineSetting<S extends z.ZodType>(
  key: string,
  schema: S,
  version = 1,
  migrations: Migrations = {},
): StoredSetting<S> {
  return { key, schema, version, migrations };
}

/** The version a stored `{ v }` record names; 1 when there is none (written before versions existed). */
export function storedVersion(meta: unknown): number {
  const v = meta && typeof meta === 'object' && 'v' in meta ? (meta as { v: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** A raw value of version `from` as this release reads it (migrated, then mended). Pure: for backups too. */
export function readSetting<S extends z.ZodType>(
  item: StoredSetting<S>,
  raw: unknown,
  from: number,
): Repaired<z.output<S>> {
  const current =
    from < item.version && raw !== undefined ? migrate(raw, from, item.version, item.migrations) : raw;
  return readLeniently(item.schema, current);
}

export async function loadSetting<S extends z.ZodType>(item: StoredSetting<S>): Promise<z.output<S>> {
  const got = await browser.storage.local.get([item.key, versionKey(item.key)]);
  const raw = got[item.key];
  const from = storedVersion(got[versionKey(item.key)]);
  const { value, dropped } = readSetting(item, raw, from);
  if (dropped.length > 0) {
    logOnce(`${item.key}: left out what this version cannot read: ${dropped.join(', ')}`);
  }
  const unstamped = got[versionKey(item.key)] === undefined;
  if (raw !== undefined && (from < item.version || unstamped)) {
    // Write the migrated value back once (with its version record), so every context reads the same
    // version from now on.
    await browser.storage.local.set({ [item.key]: value, [versionKey(item.key)]: { v: item.version } });
  }
  return value;
}

/** Saves a value that must pass the schema whole (an edit): throws zod's error otherwise. */
export async function saveSetting<S extends z.ZodType>(
  item: StoredSetting<S>,
  value: z.input<S>,
): Promise<z.output<S>> {
  const valid = item.schema.parse(value);
  await browser.storage.local.set({ [item.key]: valid, [versionKey(item.key)]: { v: item.version } });
  return valid;
}
