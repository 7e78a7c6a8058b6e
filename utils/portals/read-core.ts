import { emptySnapshot } from '../model/empty';
import type { PageSnapshot } from '../model/snapshot';
import { portalForUrl } from './hosts';
import { ADAPTERS } from './registry';

const why = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * The generic reader (generic/read.ts, with merge.ts), passed in: the content script loads it only
 * into frames that need it. Given an adapter's reading as `base`, it fills the parts the adapter left
 * empty, field by field, and returns that reading.
 */
export type GenericReader = (
  doc: Document,
  url: URL,
  portal: PageSnapshot['portal'],
  base?: PageSnapshot,
) => PageSnapshot;

/** Reads the page with the recipe the biller taught for this frame's address, or null (utils/teach/). */
export type TaughtReader = (doc: Document, url: URL) => PageSnapshot | null;

/**
 * Read one page into a PageSnapshot: a recipe the biller taught for this address first; else
 * the first adapter whose URL and page predicates match and that
 * reads the page (parts it could not find filled by the generic reader, field by field); else the
 * generic reader, with the adapters' problems kept in read.problems and the fallback named in
 * read.fallbacks (ok is false when an adapter expected this page and could not read it).
 * Never throws. Node code (tests, inspect, bench) uses readPage in read.ts, which passes the reader.
 */
export function readWith(
  readGeneric: GenericReader,
  doc: Document,
  href: string,
  taught?: TaughtReader,
): PageSnapshot {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    const s = emptySnapshot(String(href).slice(0, 4096), 'generic', 'unknown', 'none');
    s.read.problems.push('the page address could not be read');
    s.ok = false;
    return s;
  }
  // A page the biller taught is read the way they taught it, before any adapter or the generic reader.
  try {
    const byRecipe = taught?.(doc, url);
    if (byRecipe) return clamp(byRecipe);
  } catch {
    // A recipe that cannot be followed leaves the page to the readers below.
  }
  const portal = portalForUrl(url.href)?.portal ?? 'generic';
  const problems: string[] = [];
  const failed: string[] = [];
  for (const adapter of ADAPTERS) {
    try {
      if (!adapter.matchesUrl(url) || adapter.matchesPage?.(doc) === false) continue;
      const outcome = adapter.read(doc, url);
      const s = outcome.ok ? outcome.snapshot : null;
      // An adapter that read the page but not all of it: the generic reader fills the rest.
      if (s?.read.problems.length && s.claims.length === 1) return clamp(readGeneric(doc, url, portal, s));
      if (s) return clamp(s);
      if (!outcome.ok) problems.push(...outcome.problems.map((p) => `${adapter.id}: ${p}`));
    } catch (error) {
      problems.push(`${adapter.id}: reader failed (${why(error)})`);
    }
    failed.push(adapter.id);
  }
  let snapshot: PageSnapshot;
  try {
    snapshot = readGeneric(doc, url, portal);
  } catch (error) {
    snapshot = emptySnapshot(url.href, portal, 'unknown', 'generic');
    problems.push(`generic: reader failed (${why(error)})`);
  }
  snapshot.read.problems = [...problems, ...snapshot.read.problems].slice(0, 50);
  snapshot.read.fallbacks.unshift(
    failed.length
      ? `read by the generic reader: ${failed.join(', ')} could not read the page`
      : 'no adapter for this page: read by the generic reader',
  );
  snapshot.ok = failed.length === 0;
  return clamp(snapshot);
}

const cut = (v: string | null, max: number) => v?.slice(0, max) ?? null;
const lines = (xs: string[], count: number) => xs.slice(0, count).map((x) => x.slice(0, 300));

/** The schema's size limits, applied once here so no reader has to remember each of them. */
function clamp(s: PageSnapshot): PageSnapshot {
  s.claims = s.claims.slice(0, 5000);
  for (const c of s.claims) {
    c.claimNumber = cut(c.claimNumber, 64);
    c.checkNumber = cut(c.checkNumber, 64);
    c.priorAuthorization = cut(c.priorAuthorization, 64);
    c.payer = cut(c.payer, 200);
    c.serviceLines = c.serviceLines.slice(0, 999);
  }
  const e = s.eligibility;
  if (e) {
    e.payer = cut(e.payer, 200);
    e.planName = cut(e.planName, 200);
    e.planType = cut(e.planType, 100);
    const periods = [
      e.partA,
      e.partB,
      ...e.medicareAdvantage,
      ...e.msp,
      ...e.hospice,
      ...e.homeHealth,
      ...e.otherPayers,
    ];
    for (const p of periods) {
      if (!p) continue;
      p.name = cut(p.name, 200);
      p.detail = cut(p.detail, 300);
    }
    for (const c of e.copays) c.service = c.service.slice(0, 200);
    for (const c of e.coinsurance) c.service = c.service.slice(0, 200);
  }
  const r = s.read;
  r.problems = lines(r.problems, 50);
  r.fallbacks = lines(r.fallbacks, 50);
  r.unsure = lines(r.unsure, 100);
  return s;
}
