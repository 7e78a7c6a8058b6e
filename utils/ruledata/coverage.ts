/**
 * Medicare coverage articles (the MCD "current article" download) as the rules see them. The data is
 * imported by import/mcd.ts and stored in the compact layout of import/mcd-layout.ts; the store answers
 * a claim with the articles that list its procedure codes and, for its diagnoses, which of those
 * articles list them as covered or as not covered.
 */

export interface CoverageContractor {
  /** Contractor number as the MCD writes it ("15202"). */
  number: string;
  /** Business name ("CGS Administrators, LLC"). */
  name: string;
  /** USPS abbreviations of the states and territories it serves (active jurisdiction rows). */
  states: string[];
  /** A DME MAC: its articles apply to DME supplier claims, not to practitioner or hospital claims. */
  dme: boolean;
}

export interface CoverageArticle {
  /** "A56789" (display id). */
  id: string;
  version: string;
  title: string;
  /** YYYY-MM-DD: the version's effective date, and its end date (retired articles) or null. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  retired: boolean;
  contractors: CoverageContractor[];
  /** The article has a covered-diagnosis list (some articles have only a non-covered list, or none). */
  hasCovered: boolean;
  hasNoncovered: boolean;
}

export interface CoverageData {
  /** Each claim procedure code that some article lists → those articles (all contractors). */
  articlesByCode: Record<string, CoverageArticle[]>;
  /**
   * Each claim diagnosis (ICD-10-CM without the dot) → ids of the articles above whose covered lists
   * (any group: the group pairings are prose) and non-covered lists hold it, ranges included.
   */
  diagnoses: Record<string, { covered: string[]; noncovered: string[] }>;
}

/** A list row that stands for a range: "I20.0 – I25.9" covers I20.0…I25.9 and every code under I25.9. */
export interface CodeRange {
  from: string;
  to: string;
}

/** True when `code` (no dot) is in the range, both ends included with the codes under the end code. */
export function inRange(code: string, range: CodeRange): boolean {
  return code >= range.from && (code <= range.to || code.startsWith(range.to));
}

/** "E119" → "E11.9" (how billers and articles write it). */
export function withDot(code: string): string {
  return code.length > 3 && !code.includes('.') ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}
