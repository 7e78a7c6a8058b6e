import type { DataSetInfo, Setting } from './types';

/** "No data" explanations: what is missing and which file fixes it, in the biller's words. */

const word = (s: Setting) =>
  s === 'hospital' ? 'outpatient hospital' : s === 'dme' ? 'DME supplier' : s === 'all' ? '' : 'practitioner';

export function noPtp(setting: Setting): string {
  const file = setting === 'hospital' ? 'ccioph' : 'ccipra';
  return `No NCCI PTP ${word(setting)} edits loaded: import the four …-${file}-v…-f1.zip to -f4.zip files of the quarter.`;
}

export function noMue(setting: Setting): string {
  const file =
    setting === 'hospital' ? 'OutpatientHospital' : setting === 'dme' ? 'DMESupplier' : 'Practitioner';
  return `No NCCI MUE ${word(setting)} table loaded: import MCR_MUE_${file}Services_Eff_….csv (the zip from cms.gov).`;
}

/**
 * True when the MUE table loaded is newer than every date of service: its values are not the ones in
 * force then (they change between quarters), so it is not applied (a later table would give false
 * errors). The check judges per date when only some dates are earlier (rules/in-force.ts).
 */
export function mueTooNewFor(set: Pick<DataSetInfo, 'effectiveFrom'>, dates: readonly string[]): boolean {
  return dates.length > 0 && dates.every((d) => d < set.effectiveFrom);
}

/** Why an MUE table newer than the dates of service was not applied, and what to import instead. */
export function mueTooNew(
  set: Pick<DataSetInfo, 'label' | 'effectiveFrom'>,
  setting: Setting,
  dates: readonly string[],
): string {
  const sorted = [...new Set(dates)].sort();
  const which = sorted.length === 1 ? 'that date' : 'those dates';
  return `No NCCI MUE ${word(setting)} table for ${sorted.length === 1 ? 'the date of service' : 'the dates of service'} ${sorted.join(', ')}; the newest loaded (${set.label}) starts ${set.effectiveFrom}: import the MUE table in force on ${which}.`;
}

export const NO_ADDON =
  'No NCCI add-on code edits loaded: import the add-on code CSV (primary_code,add_on_code,aoc_edit_type).';
export const NO_PFS = 'No Physician Fee Schedule relative value file loaded: import rvuYYx.zip (PPRRVU…csv).';
export const NO_HCPCS =
  'No HCPCS Level II data loaded: import the alpha-numeric HCPCS file (…ANWEB.csv zip).';
export const NO_POS =
  'No place-of-service codes loaded (they ship with ClaimLens: reinstall or reload the bundled data).';

export function noIcd(fiscalYear: string): string {
  const year = Number(fiscalYear.slice(2));
  return `No ICD-10-CM data for ${fiscalYear} (dates of service ${year - 1}-10-01 to ${year}-09-30): import icd10cm-codes-${year}.txt.`;
}

export const NO_MCD =
  'No Medicare coverage articles loaded: import current_article.zip from the Medicare Coverage Database downloads (or use Download from CMS).';
