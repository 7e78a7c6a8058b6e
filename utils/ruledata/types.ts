/**
 * The contract between the rule data (imported CMS files, IndexedDB) and the rule engine.
 * The engine asks once per claim (`RuleStore.load`), which costs one IndexedDB transaction,
 * and gets every answer it needs. "No data for this date/setting" is an answer of its own
 * (`status: 'no-data'`), distinct from "no edit" (an ok answer with nothing in it).
 */

import type { CoverageData } from './coverage';

export type DataSetKind = 'ptp' | 'mue' | 'addon' | 'pfs' | 'hcpcs' | 'icd10cm' | 'pos' | 'mcd';
/** Practitioner (CMS-1500 / 837P), outpatient hospital (UB-04 / 837I), DME supplier. */
export type Setting = 'practitioner' | 'hospital' | 'dme' | 'all';

export interface SourceFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** The record that makes a data set live. Written last, in the swap transaction. */
export interface DataSetInfo {
  id: string;
  kind: DataSetKind;
  setting: Setting;
  /** CMS version, e.g. "30.1" for NCCI, "2024Q3", "FY2026". */
  version: string;
  /** Shown on findings: "NCCI PTP practitioner v30.1". */
  label: string;
  /** First day this release applies (quarter start, fiscal-year start). */
  effectiveFrom: string;
  /** Last day it applies, when known (ICD-10-CM fiscal year end); null = until replaced. */
  effectiveTo: string | null;
  rows: number;
  storedBytes: number;
  sources: SourceFile[];
  importedAt: string;
  /** true for data shipped inside the extension (ICD-10-CM, HCPCS modifiers, POS). */
  bundled: boolean;
  /** Layout version of the stored rows (layout.ts); absent on sets written before it was recorded = 1. */
  layout?: number;
}

export interface PtpEdit {
  column1: string;
  column2: string;
  /** YYYY-MM-DD */
  effective: string;
  /** YYYY-MM-DD or null when not deleted. The edit applies to DOS < deleted. */
  deleted: string | null;
  /** 0 = never together, 1 = allowed with an NCCI-associated modifier, 9 = edit does not apply. */
  modifierIndicator: 0 | 1 | 9;
}

export interface MueEdit {
  code: string;
  value: number;
  /** 1 = per line, 2 = per day (policy, no appeal), 3 = per day (clinical, appealable). */
  mai: 1 | 2 | 3;
}

export interface AddonEdit {
  addon: string;
  /** 1 = only listed primaries; 2 = any primary (contractor decides); 3 = listed primaries plus others. */
  type: 1 | 2 | 3;
  /** Listed primaries; empty for type 2 ("CCCCC" in the CMS table). */
  primaries: string[];
}

/** Physician fee schedule indicators (PPRRVU). Strings as CMS writes them. */
export interface PfsIndicators {
  code: string;
  /** Modifier on the PFS row ("26", "TC", "53") or "" for the global row. */
  modifier: string;
  status: string;
  pctc: string;
  globalDays: string;
  multProc: string;
  bilateral: string;
  assistant: string;
  coSurgery: string;
  teamSurgery: string;
}

export interface HcpcsCode {
  code: string;
  /** YYYY-MM-DD or null */
  added: string | null;
  effective: string | null;
  terminated: string | null;
  modifier: boolean;
}

export type IcdStatus = 'billable' | 'header' | 'invalid';

export type Answer<T> =
  | { status: 'ok'; dataset: DataSetInfo; value: T }
  | { status: 'no-data'; reason: string };

export interface RuleQuery {
  /** Procedure codes on the claim (CPT/HCPCS). */
  codes: string[];
  modifiers: string[];
  /** ICD-10-CM codes without dots. */
  diagnoses: string[];
  /** YYYY-MM-DD dates of service on the claim. */
  datesOfService: string[];
  setting: Exclude<Setting, 'all'>;
  placesOfService: string[];
}

export interface RuleData {
  /** PTP edits whose column 1 and column 2 are both among the codes (all dates; rules filter by DOS). */
  ptp: Answer<PtpEdit[]>;
  mue: Answer<Record<string, MueEdit>>;
  /** Keyed by add-on code. */
  addon: Answer<Record<string, AddonEdit>>;
  /** Keyed by code; each code may have several rows (global, 26, TC). */
  pfs: Answer<Record<string, PfsIndicators[]>>;
  /** HCPCS Level II codes and modifiers found among the codes and modifiers. */
  hcpcs: Answer<Record<string, HcpcsCode>>;
  /** Keyed by fiscal year ("FY2026"): each diagnosis' status in that year's code set. */
  icd10cm: Record<string, Answer<Record<string, IcdStatus>>>;
  pos: Answer<Record<string, { facility: boolean; name: string }>>;
  /** Medicare coverage articles (MCD) listing the claim's codes, and where its diagnoses are listed. */
  mcd: Answer<CoverageData>;
}

export interface RuleStore {
  load(query: RuleQuery): Promise<RuleData>;
  /** The live data sets, for the side panel header and the options page. */
  datasets(): Promise<DataSetInfo[]>;
}

/** ICD-10-CM fiscal year of a date of service: Oct 1 – Sep 30, named by the year it ends. */
export function icdFiscalYear(dos: string): string {
  const year = Number(dos.slice(0, 4));
  const month = Number(dos.slice(5, 7));
  return `FY${month >= 10 ? year + 1 : year}`;
}
