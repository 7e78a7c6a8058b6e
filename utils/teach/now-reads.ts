import type { PageSnapshot } from '../model/snapshot';
import { money } from '../panel/format';
import type { TeachTarget } from './draft';
import { HEADER_LABEL, KIND_FIELDS, lineLabel, rowsLabel } from './fields';
import type { Recipe, TaughtKind } from './recipe';

/** Every part a biller can teach for the draft's page kind, in teaching order. */
export function teachTargets(recipe: Recipe): TeachTarget[] {
  const f = KIND_FIELDS[recipe.kind];
  return [
    ...f.header.map((field) => ({ part: 'header', field }) as const),
    ...(f.lines.length ? [{ part: 'rows' } as const] : []),
    ...f.lines.map((field) => ({ part: 'line', field }) as const),
  ];
}

export const targetKey = (t: TeachTarget): string => (t.part === 'rows' ? 'rows' : `${t.part}-${t.field}`);
/** A part in the biller's words; on a claim-status list a row is a claim ("One claim row", "Billed"). */
export const targetLabel = (t: TeachTarget, kind: TaughtKind = 'claim-detail'): string =>
  t.part === 'rows'
    ? rowsLabel(kind)
    : t.part === 'header'
      ? HEADER_LABEL[t.field]
      : lineLabel(kind, t.field);

export function isTaught(recipe: Recipe, t: TeachTarget): boolean {
  if (t.part === 'rows') return recipe.rows !== null;
  return t.part === 'header'
    ? recipe.fields[t.field] !== undefined
    : recipe.lineFields[t.field] !== undefined;
}

const cash = (v: number | null) => (v === null ? '' : money(v));
const list = (xs: string[]) => {
  const shown = xs.filter(Boolean);
  return shown.length > 3 ? `${shown.slice(0, 3).join(', ')} … (${shown.length})` : shown.join(', ');
};

/** What the live reading shows for one part, in a few words ('' when it reads nothing). */
export function nowReads(snapshot: PageSnapshot | null, t: TeachTarget): string {
  const claim = snapshot?.claims[0];
  const e = snapshot?.eligibility;
  // A claim-status list taught by its rows: each row is a claim of the reading.
  if (snapshot?.kind === 'claim-status' && t.part !== 'header') {
    const claims = snapshot.claims;
    if (t.part === 'rows')
      return claims.length ? `${claims.length} claim${claims.length === 1 ? '' : 's'}` : '';
    const f = t.field;
    return list(
      claims.map((c) => {
        if (f === 'claimNumber') return c.claimNumber ?? '';
        if (f === 'status') return c.status?.text ?? '';
        if (f === 'dosFrom') return c.serviceDates?.from ?? '';
        if (f === 'dosTo') return c.serviceDates?.to ?? '';
        if (f === 'charge') return cash(c.billed);
        if (f === 'paid') return cash(c.paid);
        return '';
      }),
    );
  }
  if (t.part === 'rows') {
    const n = claim?.serviceLines.length ?? 0;
    return n ? `${n} service line${n === 1 ? '' : 's'}` : '';
  }
  if (t.part === 'header') {
    switch (t.field) {
      case 'claimNumber':
        return claim?.claimNumber ?? '';
      case 'status':
        return claim?.status?.text ?? '';
      case 'payer':
        return claim?.payer ?? e?.payer ?? '';
      case 'billed':
        return cash(claim?.billed ?? null);
      case 'paid':
        return cash(claim?.paid ?? null);
      case 'diagnoses':
        return list((claim?.diagnoses ?? []).map((d) => d.code));
      case 'coverage':
        return e && e.coverage !== 'unknown' ? e.coverage : '';
      case 'planName':
        return e?.planName ?? '';
      case 'planBegin':
        return e?.planBegin ?? '';
      case 'planEnd':
        return e?.planEnd ?? '';
    }
  }
  const lines = claim?.serviceLines ?? [];
  const f = t.field;
  return list(
    lines.map((l) => {
      if (f === 'code') return l.code ?? '';
      if (f === 'modifiers') return l.modifiers.join(' ');
      if (f === 'units') return l.units === null ? '' : String(l.units);
      if (f === 'dosFrom') return l.dosFrom ?? '';
      if (f === 'dosTo') return l.dosTo ?? '';
      if (f === 'charge') return cash(l.charge);
      if (f === 'paid') return cash(l.paid);
      return [
        ...l.adjustments.map((a) => `${a.group ?? ''}${a.group ? '-' : ''}${a.reason}`),
        ...l.remarks,
      ].join(' ');
    }),
  );
}
