import type { ClaimLensDb } from '../db';
import type { DataSetInfo } from './types';

/** Removes a data set: its record first (so it stops being used at once), then its rows, in one transaction. */
export async function deleteDataSet(db: ClaimLensDb, id: string): Promise<void> {
  await db.transaction('rw', db.datasets, db.ruleRecords, async () => {
    await db.datasets.delete(id);
    await db.ruleRecords.where('set').equals(id).delete();
  });
}

/**
 * Quarterly data sets (NCCI, MUE, PFS, HCPCS) older than the newest date of service seen: a new
 * quarter's release is probably out. ICD-10-CM is per fiscal year and answered by year instead.
 */
export function staleDataSets(datasets: DataSetInfo[], newestDateOfService: string | null): DataSetInfo[] {
  if (!newestDateOfService) return [];
  const quarterStart = (iso: string) =>
    `${iso.slice(0, 4)}-${String(Math.floor((Number(iso.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const dosQuarter = quarterStart(newestDateOfService);
  return datasets.filter(
    (d) =>
      !d.bundled && d.kind !== 'icd10cm' && d.kind !== 'pos' && quarterStart(d.effectiveFrom) < dosQuarter,
  );
}
