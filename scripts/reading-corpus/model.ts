import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Eligibility } from '../../utils/model/eligibility';
import { emptyClaim, emptyEligibility, emptyLine, emptySnapshot } from '../../utils/model/empty';
import type { Claim, PageKind, PageSnapshot, PortalId, UnreadField } from '../../utils/model/snapshot';
import * as n from '../../utils/portals/normalise';

/**
 * The reading corpus's source data (seed.json, committed) and the expected reading of a page built
 * from it. The expected reading comes from the seed and from what the page shows (`Shown`), never
 * from running a reader: a renderer says which parts it put on the page, and those are expected.
 */
export interface SeedLine {
  dos: string;
  pos: string;
  code: string;
  mods: string[];
  units: number;
  ptr: string;
  charge: number;
  allowed?: number;
  paid?: number;
  adj?: [string, string, number][];
  remarks?: string[];
}

export interface SeedClaim {
  id: string;
  claimNumber: string;
  patientControl: string;
  payer: string;
  status: string;
  received: string;
  finalized: string;
  check: string;
  checkDate: string;
  patientResponsibility: number;
  diagnoses: string[];
  lines: SeedLine[];
}

export interface SeedEntry {
  id: string;
  priorAuthorization: string | null;
  diagnoses: string[];
  lines: SeedLine[];
}

export interface SeedListClaim {
  claimNumber: string;
  from: string;
  to: string;
  status: string;
  billed: number;
  paid: number;
}

export interface SeedPeriod {
  name: string;
  from: string | null;
  to: string | null;
  status?: string;
  type?: string;
  order?: string;
  detail?: string;
}

export interface SeedEligibility {
  id: 'commercial' | 'medicaid' | 'medicare';
  payer: string;
  plan?: string;
  status?: string;
  coverage: 'active' | 'inactive';
  dos: string;
  planBegin?: string;
  planEnd?: string;
  deductible?: { total: number; met: number; remaining: number };
  copay?: number;
  coinsurance?: number;
  plans?: SeedPeriod[];
  managedCare?: SeedPeriod[];
  tpl?: SeedPeriod[];
  partA?: SeedPeriod;
  partB?: SeedPeriod;
  advantage?: SeedPeriod[];
  hospice?: SeedPeriod[];
  deductibleRemaining?: number;
}

export interface Seed {
  variationSeed: number;
  today: string;
  claims: SeedClaim[];
  entries: SeedEntry[];
  claimList: SeedListClaim[];
  eligibility: SeedEligibility[];
}

export const SEED: Seed = JSON.parse(readFileSync(join(import.meta.dirname, 'seed.json'), 'utf8'));

/** What a page shows of a claim. Parts not shown are expected as null (or named unread). */
export interface Shown {
  status?: boolean;
  payer?: boolean;
  dates?: boolean;
  check?: boolean;
  billed?: boolean;
  paid?: boolean;
  patientResponsibility?: boolean;
  diagnoses?: boolean;
  modifiers?: boolean;
  pointers?: boolean;
  pos?: boolean;
  allowed?: boolean;
  linePaid?: boolean;
  adjustments?: 'amounts' | 'codes' | false;
  remarks?: boolean;
  priorAuthorization?: boolean;
  /** The page shows a status in its own words (default: the seed's). */
  statusText?: string;
}

const letters = (ptr: string) => ptr.split('');

export function expectedClaim(c: SeedClaim | SeedEntry, shown: Shown): Claim {
  const claim = emptyClaim();
  const full = 'claimNumber' in c ? c : null;
  if (full) {
    claim.claimNumber = full.claimNumber;
    if (shown.status !== false) claim.status = n.claimStatus(shown.statusText ?? full.status);
    if (shown.payer) claim.payer = full.payer;
    if (shown.dates) {
      claim.receivedDate = full.received;
      claim.finalizedDate = full.finalized;
    }
    if (shown.check) {
      claim.checkNumber = full.check;
      claim.checkDate = full.checkDate;
    }
    if (shown.billed !== false) claim.billed = sum(full.lines.map((l) => l.charge));
    if (shown.paid !== false) claim.paid = sum(full.lines.map((l) => l.paid ?? 0));
    if (shown.patientResponsibility) claim.patientResponsibility = full.patientResponsibility;
  } else {
    claim.priorAuthorization = shown.priorAuthorization ? (c as SeedEntry).priorAuthorization : null;
  }
  if (shown.diagnoses !== false)
    claim.diagnoses = c.diagnoses.map((code, i) => ({
      letter: 'ABCDEFGHIJKL'[i]!,
      code: n.diagnosisCode(code)!,
    }));
  claim.serviceLines = c.lines.map((l, i) => {
    const line = emptyLine(i + 1);
    line.dosFrom = l.dos;
    line.dosTo = l.dos;
    line.code = l.code;
    line.units = l.units;
    line.charge = l.charge;
    if (shown.pos) line.pos = l.pos;
    if (shown.modifiers !== false) line.modifiers = [...l.mods];
    if (shown.pointers !== false) line.diagnosisPointers = letters(l.ptr);
    if (shown.allowed) line.allowed = l.allowed ?? null;
    if (shown.linePaid !== false && full) line.paid = l.paid ?? null;
    if (shown.adjustments)
      line.adjustments = (l.adj ?? []).map(([g, r, a]) => ({
        group: g as 'CO',
        reason: r,
        amount: shown.adjustments === 'amounts' ? a : null,
      }));
    if (shown.remarks) line.remarks = [...(l.remarks ?? [])];
    return line;
  });
  const unread: UnreadField[] = [];
  if (shown.diagnoses === false) unread.push('diagnoses');
  if (shown.modifiers === false) unread.push('modifiers');
  if (shown.pointers === false) unread.push('diagnosisPointers');
  if (!shown.priorAuthorization) unread.push('priorAuthorization');
  claim.unread = unread;
  return claim;
}

export function expectedListClaim(c: SeedListClaim, statusText = c.status): Claim {
  const claim = emptyClaim();
  claim.claimNumber = c.claimNumber;
  claim.status = n.claimStatus(statusText);
  claim.serviceDates = { from: c.from, to: c.to };
  claim.billed = c.billed;
  claim.paid = c.paid;
  return claim;
}

export function expectedEligibility(e: SeedEligibility): Eligibility {
  const out = emptyEligibility();
  out.coverage = e.coverage;
  out.dateOfService = e.dos;
  if (e.id === 'commercial') {
    out.payer = e.payer;
    out.planName = e.plan ?? null;
    out.planBegin = e.planBegin ?? null;
    out.planEnd = e.planEnd ?? null;
    if (e.deductible) out.deductible.push({ network: 'in', level: 'individual', ...e.deductible });
    if (e.copay !== undefined) out.copays.push({ service: 'Office Visit', amount: e.copay, network: 'in' });
    if (e.coinsurance !== undefined)
      out.coinsurance.push({ service: 'Office Visit', percent: e.coinsurance, network: 'in' });
  }
  if (e.id === 'medicaid') {
    const current = [...(e.plans ?? [])].sort((a, b) => (b.to ?? '9').localeCompare(a.to ?? '9'))[0];
    out.planBegin = current?.from ?? null;
    out.planEnd = current?.to ?? null;
    // Detail as the table shows it beside the dates (the COB check reads "Primary" there).
    for (const p of e.managedCare ?? [])
      out.otherPayers.push({ name: p.name, from: p.from, to: p.to, detail: p.status ?? null });
    for (const p of e.tpl ?? [])
      out.otherPayers.push({ name: p.name, from: p.from, to: p.to, detail: `${p.type}; ${p.order}` });
  }
  if (e.id === 'medicare') {
    out.payer = 'Medicare';
    out.partA = period(e.partA && { ...e.partA, name: 'Part A' });
    out.partB = period(e.partB && { ...e.partB, name: 'Part B' });
    out.medicareAdvantage = (e.advantage ?? []).map((p) => period(p)!);
    out.hospice = (e.hospice ?? []).map((p) => period(p)!);
  }
  return out;
}

const period = (p: SeedPeriod | undefined) =>
  p ? { name: p.name, from: p.from, to: p.to, detail: null } : null;

export const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

export function expectedSnapshot(
  url: string,
  portal: PortalId,
  kind: PageKind,
  claims: Claim[],
  eligibility: Eligibility | null = null,
): PageSnapshot {
  const s = emptySnapshot(url, portal, kind, 'expected');
  s.claims = claims;
  s.eligibility = eligibility;
  return s;
}
