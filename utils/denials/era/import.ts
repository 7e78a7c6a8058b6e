import type { ClaimLensDb } from '../../db';
import type { PageSnapshot } from '../../model/snapshot';
import { type ClaimReading, readClaim } from '../classify';
import type { SeenAt } from '../merge';
import { type RecordCounts, recordReadings } from '../store';
import { readRemittance } from './remittance';
import { X12Error } from './x12';

/**
 * 835 files dropped on the worklist: every file is read and checked first; only when all of them are
 * good are their claims merged, in one transaction. A broken file refuses the whole drop with its name,
 * the segment and the position, and nothing is written.
 *
 * Reversals (CLP02 = 22) take back an earlier payment: a claim the worklist had as paid goes back to
 * "new", and the claim's next outcome in the file (its re-adjudication) decides from there.
 */
export interface EraFile {
  name: string;
  text: string;
}

export interface EraFileSummary {
  name: string;
  claims: number;
  denied: number;
}

export type EraRead =
  | { ok: true; readings: { reading: ClaimReading; at: SeenAt }[]; files: EraFileSummary[] }
  | { ok: false; file: string; message: string };

function remittancePage(): PageSnapshot {
  return {
    ok: true,
    url: '',
    portal: 'generic',
    kind: 'remittance',
    claims: [],
    eligibility: null,
    patient: null,
    read: { adapter: 'era-835', fallbacks: [], problems: [], unsure: [], kindConfidence: null },
  };
}

export function readEraFiles(files: readonly EraFile[], today: string, nowIso: string): EraRead {
  const readings: { reading: ClaimReading; at: SeenAt }[] = [];
  const summaries: EraFileSummary[] = [];
  const at: SeenAt = { today, nowIso, portal: 'era', kind: 'era-835', link: null };
  for (const file of files) {
    let claims: ReturnType<typeof readRemittance>;
    try {
      claims = readRemittance(file.text);
    } catch (error) {
      const message =
        error instanceof X12Error
          ? `${error.message}${error.where() ? ` (${error.where()})` : ''}`
          : `It could not be read (${error instanceof Error ? error.message : String(error)}).`;
      return { ok: false, file: file.name, message };
    }
    const page = remittancePage();
    const reversed = new Set<string>();
    let denied = 0;
    for (const era of claims) {
      page.claims = [era.claim];
      const reading = readClaim(page, era.claim);
      if (!reading) continue;
      if (era.reversal) {
        reversed.add(reading.id);
        readings.push({ reading: { ...reading, outcome: 'reversed', lines: [], codes: [] }, at });
        continue;
      }
      if (reversed.has(reading.id)) reading.reopens = true;
      if (reading.outcome === 'denied' || reading.outcome === 'rejected') denied++;
      if (reading.outcome !== 'other') readings.push({ reading, at });
    }
    summaries.push({ name: file.name, claims: claims.length, denied });
  }
  return { ok: true, readings, files: summaries };
}

export type EraImport =
  | { ok: true; counts: RecordCounts; files: EraFileSummary[] }
  | { ok: false; file: string | null; message: string };

/** Reads and, when every file is good, records them: all or nothing. */
export async function importEraFiles(
  db: ClaimLensDb,
  files: readonly EraFile[],
  today: string,
  nowIso: string,
): Promise<EraImport> {
  const read = readEraFiles(files, today, nowIso);
  if (!read.ok) return read;
  try {
    return { ok: true, counts: await recordReadings(db, read.readings), files: read.files };
  } catch (error) {
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    return {
      ok: false,
      file: null,
      message: quota
        ? 'The browser has no room left for these remittances. Nothing was added.'
        : `The remittances could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was added.`,
    };
  }
}
