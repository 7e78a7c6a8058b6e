/**
 * Numbered migrations for anything ClaimLens stores or writes to a file (settings, the backup
 * format), in the shape of WXT's storage.defineItem versioning and Bitwarden's state migrations:
 * `migrations[n]` turns a version n-1 value into version n; a value is brought up to date by running
 * each one from its own version up, in order, once. Zod-free, so any context can use it.
 *
 * Rules for adding one: bump the version, add `migrations[newVersion]`, never edit a released
 * migration, and add a test that names it (utils/settings-versions.test.ts checks each has one).
 */
export type Migration = (old: unknown) => unknown;
export type Migrations = Readonly<Record<number, Migration>>;

/** The value of version `from` brought up to `to`. Throws when a step is missing (a bug, caught by tests). */
export function migrate(value: unknown, from: number, to: number, migrations: Migrations): unknown {
  let current = value;
  for (let v = from + 1; v <= to; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration to version ${v}`);
    current = step(current);
  }
  return current;
}

/** Problems with a migration table: every version from 2 up to `version` needs exactly one step. */
export function migrationGaps(version: number, migrations: Migrations): string[] {
  const problems: string[] = [];
  for (let v = 2; v <= version; v++) if (!migrations[v]) problems.push(`missing migration ${v}`);
  for (const key of Object.keys(migrations)) {
    const v = Number(key);
    if (!Number.isInteger(v) || v < 2 || v > version) problems.push(`stray migration ${key}`);
  }
  return problems;
}
