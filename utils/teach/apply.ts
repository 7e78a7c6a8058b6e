import { emptyClaim, emptyEligibility, emptyLine, emptySnapshot } from '../model/empty';
import type { Claim, PageSnapshot, ServiceLine } from '../model/snapshot';
import { portalForUrl } from '../portals/hosts';
import * as n from '../portals/normalise';
import { diagnosesIn } from '../portals/pairs';
import { HEADER_LABEL, lineLabel, requiredParts, rowKey } from './fields';
import { type Found, findRows, locate, type RowScope } from './locate';
import type { HeaderField, LineField, Recipe } from './recipe';

/**
 * Reading a page with a recipe the biller taught. Runs in the content script before the adapters and
 * the generic reader, in each frame whose own address the recipe names. When a part the recipe cannot
 * do without is no longer found, the reading says the page changed since it was taught and reads
 * nothing else (never half a page). Never throws.
 */
export const TAUGHT_ADAPTER = 'taught';

const claimNumberIn = (text: string): string | null =>
  text.match(/[A-Za-z0-9][A-Za-z0-9-]{1,38}[A-Za-z0-9]/g)?.find((t) => /\d/.test(t)) ?? null;

/** One row's line; null without a procedure code (while teaching, before the code column is picked, every row counts). */
function lineFrom(recipe: Recipe, scope: RowScope, index: number, draft: boolean): ServiceLine | null {
  const got = (f: LineField): Found | null => {
    const loc = recipe.lineFields[f];
    return loc ? locate(loc, scope.row, scope) : null;
  };
  const proc = n.procedure(got('code')?.text);
  if (!proc && !(draft && !recipe.lineFields.code)) return null;
  const line = emptyLine(index + 1);
  line.code = proc?.code ?? null;
  line.modifiers = recipe.lineFields.modifiers
    ? n.modifiers(got('modifiers')?.text)
    : (proc?.modifiers ?? []);
  line.units = n.units(got('units')?.text);
  const from = n.dates(got('dosFrom')?.text);
  line.dosFrom = from[0] ?? null;
  line.dosTo = recipe.lineFields.dosTo ? n.firstDate(got('dosTo')?.text) : (from[1] ?? line.dosFrom);
  line.charge = n.money(got('charge')?.text);
  line.paid = n.money(got('paid')?.text);
  const codes = n.reasonAndRemarkCodes(got('codes')?.text);
  line.adjustments = codes.adjustments.map((a) => ({ group: a.group, reason: a.reason, amount: a.amount }));
  line.remarks = codes.remarks;
  return line;
}

/** A claim-status list's row: one claim (number, status, dates of service, billed, paid); null without a number. */
function claimFrom(recipe: Recipe, scope: RowScope, draft: boolean, payer: string | null): Claim | null {
  const got = (f: LineField): string | undefined => {
    const loc = recipe.lineFields[f];
    return loc ? locate(loc, scope.row, scope)?.text : undefined;
  };
  const claim = emptyClaim();
  claim.claimNumber = claimNumberIn(got('claimNumber') ?? '');
  if (!claim.claimNumber && !(draft && !recipe.lineFields.claimNumber)) return null;
  const status = got('status');
  claim.status = status ? n.claimStatus(status) : null;
  claim.payer = payer;
  const from = n.dates(got('dosFrom'));
  const to = recipe.lineFields.dosTo ? n.firstDate(got('dosTo')) : (from[from.length - 1] ?? null);
  if (from[0]) claim.serviceDates = { from: from[0], to: to ?? from[0] };
  claim.billed = n.money(got('charge'));
  claim.paid = n.money(got('paid'));
  // A status row has no lines: nothing on it needs diagnoses or an authorization (as the generic reader).
  claim.unread = [];
  return claim;
}

const changedText = (recipe: Recipe, missing: string[]) =>
  `This page changed since it was taught on ${recipe.taughtOn}: re-teach it. Not found now: ${missing.join(', ')}.`;

/** The problem a reading carries when a recipe no longer fits its page (the panel offers re-teaching). */
export const isChangedSinceTaught = (s: PageSnapshot): boolean =>
  s.read.adapter === TAUGHT_ADAPTER && s.read.problems.some((p) => p.startsWith('This page changed since'));

/**
 * Reads the page with the recipe. `draft`: a recipe being taught (nothing is required yet: the panel
 * shows what each click reads).
 */
export function readByRecipe(recipe: Recipe, doc: Document, url: URL, draft = false): PageSnapshot {
  const portal = portalForUrl(url.href)?.portal ?? 'generic';
  const s = emptySnapshot(url.href, portal, recipe.kind, TAUGHT_ADAPTER);
  s.read.fallbacks.push(
    draft ? 'being taught: showing what the clicks so far read' : `read as taught on ${recipe.taughtOn}`,
  );
  try {
    const header = new Map<HeaderField, string>();
    for (const [field, loc] of Object.entries(recipe.fields) as [
      HeaderField,
      Recipe['fields'][HeaderField],
    ][]) {
      const found = loc ? locate(loc, doc) : null;
      if (found?.text) header.set(field, found.text.slice(0, 2000));
    }
    const rows = recipe.rows ? findRows(recipe.rows, doc) : [];
    const claimRows = recipe.kind === 'claim-status' && recipe.rows !== null;
    const listed = claimRows
      ? rows
          .map((r) => claimFrom(recipe, r, draft, header.get('payer') ?? null))
          .filter((c): c is Claim => c !== null)
      : [];
    const lines = (claimRows ? [] : rows)
      .map((r, i) => lineFrom(recipe, r, i, draft))
      .filter((l): l is ServiceLine => l !== null);
    lines.forEach((l, i) => {
      l.line = i + 1;
    });

    const need = requiredParts(recipe);
    const missing = need.header.filter((f) => !header.has(f)).map((f) => HEADER_LABEL[f]);
    if (need.rows && (claimRows ? listed : lines).length === 0)
      missing.push(
        claimRows
          ? `claim rows (${lineLabel(recipe.kind, rowKey(recipe.kind)).toLowerCase()} column)`
          : `service lines (${lineLabel(recipe.kind, 'code').toLowerCase()} column)`,
      );
    if (!draft && missing.length > 0) {
      s.ok = false;
      s.read.problems.push(changedText(recipe, missing));
      return s;
    }

    if (recipe.kind === 'eligibility') {
      const e = emptyEligibility();
      const coverage = header.get('coverage') ?? '';
      if (coverage)
        e.coverage = /inactive|not eligible|not active|terminat|cancel|ended/i.test(coverage)
          ? 'inactive'
          : 'active';
      e.payer = header.get('payer') ?? null;
      e.planName = header.get('planName') ?? null;
      e.planBegin = n.firstDate(header.get('planBegin'));
      e.planEnd = n.firstDate(header.get('planEnd'));
      s.eligibility = e;
      return s;
    }

    if (claimRows && (listed.length > 0 || !recipe.fields.claimNumber)) {
      s.claims = listed;
      return s;
    }

    const claim = emptyClaim();
    claim.claimNumber = claimNumberIn(header.get('claimNumber') ?? '');
    const status = header.get('status');
    claim.status = status ? n.claimStatus(status) : null;
    claim.payer = header.get('payer') ?? null;
    claim.billed = n.money(header.get('billed'));
    claim.paid = n.money(header.get('paid'));
    claim.diagnoses = diagnosesIn(header.get('diagnoses'));
    claim.serviceLines = lines;
    // What was not taught is not on the page as far as this reading knows: checks say "could not check".
    if (!recipe.fields.diagnoses) claim.unread.push('diagnoses');
    if (!recipe.lineFields.modifiers && !lines.some((l) => l.modifiers.length > 0))
      claim.unread.push('modifiers');
    claim.unread.push('diagnosisPointers', 'priorAuthorization');
    if (draft || claim.claimNumber || lines.length > 0 || claim.status) s.claims.push(claim);
    return s;
  } catch {
    s.ok = false;
    s.read.problems.push('the taught recipe could not be followed on this page');
    return s;
  }
}
