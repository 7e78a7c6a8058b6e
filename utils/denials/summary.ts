import type { ClaimLensDb } from '../db';
import type { DenialRecord } from './model';

/**
 * What the worklist page needs to list, sort, filter and chart a claim, kept beside the full records
 * so the page opens without reading 50,000 whole records (IndexedDB reads records one object at a
 * time: about 15 times slower than a few large strings). The full record is read when a claim is
 * opened or exported.
 *
 * The entries live in WORKLIST_CHUNKS records of the `worklistChunks` table, a claim's chunk chosen by
 * a hash of its key; each holds its entries as one JSON string. Every write of `denials` writes the
 * chunks of the claims it changed in the same transaction (store.ts, privacy.ts, retention.ts).
 */
export const WORKLIST_CHUNKS = 64;

export interface WorklistEntry {
  id: string;
  claimNumber: string;
  payer: string | null;
  payerKey: string;
  portal: DenialRecord['portal'];
  cause: DenialRecord['cause'];
  route: string | null;
  rejected: boolean;
  dosFrom: string | null;
  primaryEobDate: string | null;
  decisionDate: string | null;
  firstSeen: string;
  status: DenialRecord['status'];
  atRisk: number;
  /** The denied lines as the list shows them: "97110-GP, 97140". */
  lines: string;
  /** The first codes behind the denial ("CO-4 N362"). */
  codes: string;
}

export interface WorklistChunk {
  id: number;
  /** JSON of WorklistEntry[]. */
  entries: string;
}

const lineText = (l: DenialRecord['lines'][number]) =>
  `${l.code ?? '?'}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}`;

export function toEntry(r: DenialRecord): WorklistEntry {
  return {
    id: r.id,
    claimNumber: r.claimNumber,
    payer: r.payer,
    payerKey: r.payerKey,
    portal: r.portal,
    cause: r.cause,
    route: r.route,
    rejected: r.rejected,
    dosFrom: r.dosFrom,
    primaryEobDate: r.primaryEobDate,
    decisionDate: r.decisionDate,
    firstSeen: r.firstSeen,
    status: r.status,
    atRisk: r.atRisk,
    lines: r.lines.map(lineText).join(', '),
    codes: r.codes.slice(0, 6).join(' '),
  };
}

/** A claim key's chunk (FNV-1a of its characters). */
export function chunkOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % WORKLIST_CHUNKS;
}

/**
 * Writes the entries of records just put and drops those of records deleted. Call inside a
 * read-write transaction that includes db.worklistChunks (and db.denials).
 */
export async function writeEntries(
  db: ClaimLensDb,
  put: readonly DenialRecord[],
  deleted: readonly string[] = [],
): Promise<void> {
  const touched = new Map<number, { put: WorklistEntry[]; deleted: Set<string> }>();
  const at = (id: string) => {
    const c = chunkOf(id);
    const t = touched.get(c) ?? { put: [], deleted: new Set<string>() };
    touched.set(c, t);
    return t;
  };
  for (const r of put) at(r.id).put.push(toEntry(r));
  for (const id of deleted) at(id).deleted.add(id);
  if (touched.size === 0) return;
  const ids = [...touched.keys()];
  const chunks = await db.worklistChunks.bulkGet(ids);
  const next = ids.map((id, i) => {
    const byId = new Map<string, WorklistEntry>(
      chunks[i] ? (JSON.parse(chunks[i]!.entries) as WorklistEntry[]).map((e) => [e.id, e]) : [],
    );
    const t = touched.get(id)!;
    for (const gone of t.deleted) byId.delete(gone);
    for (const e of t.put) byId.set(e.id, e);
    return { id, entries: JSON.stringify([...byId.values()]) };
  });
  await db.worklistChunks.bulkPut(next);
}

/** Every claim's entry (unordered). */
export async function readEntries(db: ClaimLensDb): Promise<WorklistEntry[]> {
  const chunks = await db.worklistChunks.toArray();
  const out: WorklistEntry[] = [];
  for (const c of chunks) for (const e of JSON.parse(c.entries) as WorklistEntry[]) out.push(e);
  return out;
}
