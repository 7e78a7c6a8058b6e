import { columnName } from './csv';
import { headText } from './text';

/**
 * The Medicare Coverage Database (MCD) "current article" download: current_article.zip holding
 * current_article_csv.zip holding one CSV per table (header row first; quoted fields may hold commas
 * and line breaks). The tables the medical-necessity check reads, and the columns it needs from each,
 * found by header NAME: CMS adds and reorders columns between releases, so positions are never used.
 * A table is recognised by its file name, or by its header when the file was renamed.
 */
export const MCD_TABLES = {
  article: {
    file: 'article.csv',
    needs: ['article_id', 'article_version', 'title', 'article_eff_date', 'article_end_date', 'status'],
    optional: ['display_id', 'last_updated'],
    signature: ['article_id', 'title', 'article_eff_date'],
  },
  hcpc: {
    file: 'article_x_hcpc_code.csv',
    needs: ['article_id', 'article_version', 'hcpc_code_id'],
    optional: ['hcpc_code_group', 'range'],
    signature: ['article_id', 'hcpc_code_id'],
  },
  covered: {
    file: 'article_x_icd10_covered.csv',
    needs: ['article_id', 'article_version', 'icd10_code_id'],
    optional: ['icd10_covered_group', 'range'],
    signature: ['article_id', 'icd10_code_id', 'icd10_covered_group'],
  },
  noncovered: {
    file: 'article_x_icd10_noncovered.csv',
    needs: ['article_id', 'article_version', 'icd10_code_id'],
    optional: ['icd10_noncovered_group', 'range'],
    signature: ['article_id', 'icd10_code_id', 'icd10_noncovered_group'],
  },
  articleContractor: {
    file: 'article_x_contractor.csv',
    needs: ['article_id', 'article_version', 'contractor_id', 'contractor_type_id', 'contractor_version'],
    optional: [],
    signature: ['article_id', 'contractor_id'],
  },
  contractor: {
    file: 'contractor.csv',
    needs: [
      'contractor_id',
      'contractor_type_id',
      'contractor_version',
      'contractor_bus_name',
      'contractor_number',
    ],
    optional: [],
    signature: ['contractor_id', 'contractor_bus_name'],
  },
  jurisdiction: {
    file: 'contractor_jurisdiction.csv',
    needs: ['contractor_id', 'contractor_type_id', 'contractor_version', 'state_id'],
    optional: ['term_date'],
    signature: ['contractor_id', 'state_id'],
  },
  state: {
    file: 'state_lookup.csv',
    needs: ['state_id', 'state_abbrev'],
    optional: [],
    signature: ['state_id', 'state_abbrev'],
  },
  /** Optional: tells DME MACs apart (their articles do not apply to practitioner or hospital claims). */
  contractorType: {
    file: 'contractor_type_lookup.csv',
    needs: ['contractor_type_id'],
    optional: [],
    signature: [],
  },
} as const;

export type McdTable = keyof typeof MCD_TABLES;

/** Every table but the optional contractor types must be in the set. */
export const REQUIRED_TABLES = (Object.keys(MCD_TABLES) as McdTable[]).filter((t) => t !== 'contractorType');

/** Files of the LCD download ("current LCD"): recognised so the user is told why they are not needed. */
const LCD_FILE = /^lcd(_[a-z0-9_]+)?\.csv$/i;

/** Other tables of the article download (URLs, group paragraphs, lookups): not needed, not an error. */
const OTHER_FILE = /^(article|contractor|state|region|dmerc|update_period)[a-z0-9_]*\.csv$/i;

export type McdDetected =
  | { kind: 'mcd'; table: McdTable }
  | { kind: 'mcd-lcd' }
  | { kind: 'mcd-other' }
  | null;

export function detectMcd(name: string, bytes: Uint8Array): McdDetected {
  const base = (name.split('/').pop() ?? name).toLowerCase();
  if (LCD_FILE.test(base)) return { kind: 'mcd-lcd' };
  for (const [table, spec] of Object.entries(MCD_TABLES) as [McdTable, (typeof MCD_TABLES)[McdTable]][]) {
    if (base === spec.file) return { kind: 'mcd', table };
  }
  if (OTHER_FILE.test(base)) return { kind: 'mcd-other' };
  if (!base.endsWith('.csv')) return null;
  // A renamed file: its header says what it is.
  const header = new Set(
    (headText(bytes, 2048).split(/\r?\n/, 1)[0] ?? '').split(',').map((c) => columnName(c)),
  );
  if (header.has('lcd_id')) return { kind: 'mcd-lcd' };
  if (header.has('paragraph')) return { kind: 'mcd-other' }; // group paragraphs: prose, not read
  for (const [table, spec] of Object.entries(MCD_TABLES) as [McdTable, (typeof MCD_TABLES)[McdTable]][]) {
    if (spec.signature.length > 0 && spec.signature.every((c) => header.has(c))) {
      // article_x_contractor also has article_id + contractor_id; contractor.csv has no article_id.
      if (table === 'jurisdiction' && header.has('article_id')) continue;
      return { kind: 'mcd', table };
    }
  }
  return null;
}
