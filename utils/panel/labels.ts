import type { Severity } from '../model/finding';
import type { PageKind, PortalId } from '../model/snapshot';
import { PORTAL_HOSTS } from '../portals/hosts';

/** How billers name the portals; hosts.ts is the one list, so labels come from there. */
export function portalLabel(portal: PortalId): string {
  if (portal === 'generic') return 'Generic reader';
  return PORTAL_HOSTS.find((h) => h.portal === portal)?.label ?? portal;
}

export const KIND_LABEL: Record<PageKind, string> = {
  'claim-status': 'Claim status',
  'claim-detail': 'Claim detail',
  'claim-entry': 'Claim entry',
  eligibility: 'Eligibility',
  remittance: 'Remittance',
  unknown: 'Page not recognised',
};

/** Pages where the claim's status and its denial codes are worth explaining. */
export const STATUS_KINDS: ReadonlySet<PageKind> = new Set(['claim-status', 'claim-detail', 'remittance']);

export const SEVERITY_LABEL: Record<Severity, { one: string; many: string; title: string }> = {
  error: { one: 'error', many: 'errors', title: 'Error' },
  warning: { one: 'warning', many: 'warnings', title: 'Warning' },
  info: { one: 'info', many: 'info', title: 'Info' },
  'could-not-check': { one: 'could not check', many: 'could not check', title: 'Could not check' },
};

/** X12 277 claim status categories (utils/rules/denial/category.ts), in the biller's words. */
const CATEGORY_277: Record<string, string> = {
  A0: 'Forwarded to another entity',
  A1: 'Received',
  A2: 'Accepted into adjudication',
  A3: 'Returned as unprocessable',
  A4: 'Not found',
  A5: 'Split',
  A6: 'Rejected: missing information',
  A7: 'Rejected: invalid information',
  A8: 'Rejected: relational field in error',
  P0: 'Pended',
  P1: 'In process',
  P2: 'Payer review',
  P3: 'Waiting on information from the provider',
  P4: 'Waiting on information from the patient',
  P5: 'Payer administrative or system hold',
  F0: 'Finalized',
  F1: 'Finalized: payment',
  F2: 'Finalized: denial',
  F3: 'Finalized: revised',
  F3F: 'Finalized: forwarded to the next payer',
  F3N: 'Finalized: not forwarded to the next payer',
  F4: 'Finalized: adjudication complete, no payment forthcoming',
  D0: 'Data search unsuccessful',
};

export function category277Label(category: string): string | null {
  const known = CATEGORY_277[category];
  if (known) return known;
  if (/^R\d{1,2}$/.test(category)) return 'Request for more information';
  if (/^E\d$/.test(category)) return 'Response error';
  return null;
}

/** "1 error", "2 errors". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
