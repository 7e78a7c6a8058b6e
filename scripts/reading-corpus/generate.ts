import type { PageKind } from '../../utils/model/snapshot';
import { expectedSnapshot, SEED, type Seed } from './model';
import { type CorpusPage, type DateFormat, type MoneyFormat, rng, vary } from './render';
import { availityNextgen, availityNextgenPartial, frames } from './styles/apps';
import { chipsLists, definitionList, labelColonText, muiCards } from './styles/cards';
import { ariaLabelEntry, fieldsetLegend, placeholderEntry } from './styles/forms';
import { era835, eraColumns, eraMultiClaim, medicaidState } from './styles/remit';
import { ariaGrid, htmlTables, thRows } from './styles/tables';
import type { Rendered, Style } from './styles/types';

/**
 * The reading corpus: the seed's claims, remittances and eligibility responses rendered through every
 * markup style, each page with its expected reading. Deterministic: the same seed gives the same pages
 * (a test checks it), so the pages are generated at test time and not committed; `npm run corpus`
 * writes them out for a person to look at.
 */
export const STYLES: readonly Style[] = [
  htmlTables,
  ariaGrid,
  thRows,
  definitionList,
  muiCards,
  chipsLists,
  labelColonText,
  era835,
  eraColumns,
  eraMultiClaim,
  medicaidState,
  fieldsetLegend,
  ariaLabelEntry,
  placeholderEntry,
  availityNextgen,
  availityNextgenPartial,
  frames,
];

const DATES: DateFormat[] = ['us', 'us', 'us-short', 'iso', 'month-name'];
const MONEY: MoneyFormat[] = ['dollar', 'dollar', 'plain', 'usd'];

export function buildCorpus(seed: Seed = SEED): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const random = rng(seed.variationSeed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  for (const style of STYLES) {
    // Each page's dates and amounts in formats drawn from the seed (styles that insist keep theirs).
    const render = <A extends unknown[]>(f: ((...a: A) => Rendered | null) | undefined, ...a: A) => {
      vary({ date: pick(DATES), money: pick(MONEY) });
      return f?.apply(style, a);
    };
    const add = (kind: PageKind, record: string, r: Rendered | null | undefined) => {
      if (!r) return;
      const url = `https://${style.host}${r.path}`;
      pages.push({
        id: `${style.name}/${kind}/${record}`,
        style: style.name,
        kind,
        url,
        html: r.html,
        frames: r.frames?.map((f) => ({ url: `https://${style.host}${f.path}`, html: f.html })),
        expected: expectedSnapshot(
          url,
          style.portal ?? 'generic',
          kind,
          r.claims ?? [],
          r.eligibility ?? null,
        ),
        note: r.note ?? style.about,
      });
    };
    for (const [i, c] of seed.claims.entries()) add('claim-detail', c.id, render(style.claimDetail, c, i));
    for (const [i, c] of seed.claims.entries()) add('remittance', c.id, render(style.remittance, c, i));
    if (style.remittanceCheck) add('remittance', 'check', render(style.remittanceCheck, seed.claims));
    if (style.claimStatus) add('claim-status', 'list', render(style.claimStatus, seed.claimList));
    for (const [i, e] of seed.entries.entries()) add('claim-entry', e.id, render(style.claimEntry, e, i));
    for (const e of seed.eligibility) add('eligibility', e.id, render(style.eligibility, e));
    vary({ date: 'us', money: 'dollar' });
  }
  return pages;
}
