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

export function mueTooNew(set: DataSetInfo, dates: string[]): string {
  return `${set.label} applies from ${set.effectiveFrom}; the dates of service (${dates.join(', ')}) are earlier: import the MUE table of that quarter.`;
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
