import Dexie, { type Transaction } from 'dexie';
import type { ClaimLensDb } from '../db';
import { DENIAL_CAUSES } from '../rules/denial/types';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../rules/settings';
import { dayNumber } from './days';
import { type DeadlineSettings, deadlineRules, deadlineSettings, dueDate } from './deadline';
import { type DenialRecord, OPEN_STATUSES } from './model';
import { readEntries, toEntry, type WorklistEntry } from './summary';
import { compareUrgency, type WorklistRow, worklistRow } from './worklist';

/**
 * The open claims in the worklist's default order, so the page can draw its first screen from a
 * few hundred rows instead of every claim (`worklistQueue`, one row per open claim).
 *
 * Each row is the claim's list entry (summary.ts) with `queue` = [cause, due day, −at risk, id]:
 * IndexedDB's order of that key, from today's day onwards, is "fewest days left first, dollars at
 * risk breaking ties" (worklist.ts compareUrgency) within a cause. The due day depends on the
 * deadline settings (filing limits, appeal and redetermination days, payer packs), so the settings the
 * keys were computed with are kept in `worklistMeta` and every writer computes new keys with those, in
 * the same transaction: the whole table always agrees with the settings stored beside it. The page
 * uses the queue only when those equal the settings it has; otherwise it counts everything (the old
 * way) and rebuilds the queue with the new settings.
 */
export type QueueKey = [cause: string, dueDay: number, negAtRisk: number, id: string];
export interface QueueRow extends WorklistEntry {
  queue: QueueKey;
}
export interface WorklistMeta {
  id: 'deadlines';
  settings: DeadlineSettings;
}

/** The due day of a claim with no deadline: after every real one. */
export const NO_DUE_DAY = 1e9;
const META_ID = 'deadlines';

/** The tables every writer of `denials` writes with it (include them in its transaction). */
export const summaryTables = (db: ClaimLensDb) => [db.worklistChunks, db.worklistQueue, db.worklistMeta];

const sameSettings = (a: DeadlineSettings, b: DeadlineSettings) => JSON.stringify(a) === JSON.stringify(b);

export function queueRows(entries: readonly WorklistEntry[], settings: DeadlineSettings): QueueRow[] {
  const rules = deadlineRules(settings);
  const out: QueueRow[] = [];
  for (const e of entries) {
    if (!OPEN_STATUSES.has(e.status)) continue;
    out.push({ ...e, queue: [e.cause, dueDay(e, rules), -e.atRisk, e.id] });
  }
  return out;
}

/**
 * A date no calendar has ("2026-13-45") gives no due day: such a claim is keyed as having no
 * deadline rather than stopping the write that records it (the page, computing its deadline, then
 * says what it could not read).
 */
function dueDay(e: WorklistEntry, rules: ReturnType<typeof deadlineRules>): number {
  try {
    const due = dueDate(e, rules);
    const day = due ? dayNumber(due.date) : NO_DUE_DAY;
    return Number.isFinite(day) ? day : NO_DUE_DAY;
  } catch {
    return NO_DUE_DAY;
  }
}

/** The settings the queue's keys were computed with; written as the defaults the first time. */
async function metaSettings(db: ClaimLensDb): Promise<DeadlineSettings> {
  const meta = await db.worklistMeta.get(META_ID);
  if (meta) return meta.settings;
  const settings = deadlineSettings(DEFAULT_RULE_SETTINGS);
  await db.worklistMeta.put({ id: META_ID, settings });
  return settings;
}

/** Keeps the queue with the entries just written (summary.ts writeEntries; same transaction). */
export async function writeQueue(
  db: ClaimLensDb,
  put: readonly WorklistEntry[],
  deleted: readonly string[],
): Promise<void> {
  const settings = await metaSettings(db);
  const rows = queueRows(put, settings);
  const open = new Set(rows.map((r) => r.id));
  const gone = [...deleted, ...put.filter((e) => !open.has(e.id)).map((e) => e.id)];
  if (gone.length) await db.worklistQueue.bulkDelete(gone);
  if (rows.length) await db.worklistQueue.bulkPut(rows);
}

/**
 * Computes every open claim's key again with these settings (after the deadline settings changed).
 * Reads the list entries, so it costs what opening the page the slow way costs, once.
 */
export async function rebuildQueue(db: ClaimLensDb, settings: RuleSettings): Promise<boolean> {
  const wanted = deadlineSettings(settings);
  return db.transaction('rw', summaryTables(db), async () => {
    const meta = await db.worklistMeta.get(META_ID);
    if (meta && sameSettings(meta.settings, wanted)) return false;
    const rows = queueRows(await readEntries(db), wanted);
    await db.worklistQueue.clear();
    await db.worklistQueue.bulkPut(rows);
    await db.worklistMeta.put({ id: META_ID, settings: wanted });
    return true;
  });
}

/**
 * The first `perCause` open claims of every cause, most urgent first, as the full list would show
 * them — or null when the queue was computed with other deadline settings than these (then only
 * counting everything gives the right order). Reads at most a few rows more than it returns.
 */
export async function firstRows(
  db: ClaimLensDb,
  settings: RuleSettings,
  today: string,
  perCause: number,
): Promise<WorklistRow[] | null> {
  return db.transaction('r', db.worklistQueue, db.worklistMeta, async () => {
    const meta = await db.worklistMeta.get(META_ID);
    if (!meta || !sameSettings(meta.settings, deadlineSettings(settings))) return null;
    const todayN = dayNumber(today);
    const perGroup = await Promise.all(DENIAL_CAUSES.map((c) => firstOfCause(db, c, todayN, perCause)));
    const rules = deadlineRules(settings);
    const rows = perGroup.flat().map((e) => worklistRow(e, rules, today));
    // A key that disagrees with the deadline computed now means the queue is not to be trusted.
    if (rows.some((r) => (r.due ? dayNumber(r.due.date) : NO_DUE_DAY) !== (r.record as QueueRow).queue[1]))
      return null;
    return rows.sort(compareUrgency);
  });
}

async function firstOfCause(db: ClaimLensDb, cause: string, todayN: number, n: number): Promise<QueueRow[]> {
  const q = db.worklistQueue.where('queue');
  // Deadlines still open, the nearest first.
  const open = await q.between([cause, todayN], [cause, NO_DUE_DAY], true, false).limit(n).toArray();
  if (open.length >= n) return open;
  // Deadlines past, the most recent first. Walking the index backwards also reverses the tie
  // order (at risk, id), so the whole last day read is taken and sorted.
  const pastBack = await q
    .between([cause, Dexie.minKey], [cause, todayN], true, false)
    .reverse()
    .limit(n - open.length)
    .toArray();
  let past = pastBack;
  const lastDay = pastBack.at(-1)?.queue[1];
  if (lastDay !== undefined) {
    past = await q.between([cause, lastDay], [cause, todayN], true, false).toArray();
    past.sort((a, b) => b.queue[1] - a.queue[1] || tieOrder(a, b));
  }
  const rows = [...open, ...past.slice(0, n - open.length)];
  if (rows.length >= n) return rows;
  // No deadline.
  const none = await q
    .between([cause, NO_DUE_DAY], [cause, NO_DUE_DAY, Dexie.maxKey], true, true)
    .limit(n - rows.length)
    .toArray();
  return [...rows, ...none];
}

const tieOrder = (a: QueueRow, b: QueueRow) =>
  a.queue[2] - b.queue[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Schema v4's upgrade: the queue of the records already kept, with the default deadline settings. */
export async function buildQueueOnUpgrade(tx: Transaction): Promise<void> {
  const records = (await tx.table('denials').toArray()) as DenialRecord[];
  const settings = deadlineSettings(DEFAULT_RULE_SETTINGS);
  await tx.table('worklistQueue').bulkPut(queueRows(records.map(toEntry), settings));
  await tx.table('worklistMeta').put({ id: META_ID, settings } satisfies WorklistMeta);
}
