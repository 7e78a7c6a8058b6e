import type { DataSetInfo, DataSetKind } from './types';

/**
 * The layout version of each kind's stored rows: how import/ (compile, ptp-layout…) encodes them and
 * store-decode.ts reads them back. Bump a kind's number in the same change that alters its encoding:
 * sets stored in the older layout then answer "re-import this file" (a could-not-check with that
 * reason) instead of decoding to nothing, and the bundled data (ICD-10-CM, HCPCS modifiers, POS) is
 * reloaded on the next start even though its file did not change. Every DataSetInfo records the layout
 * it was written in; a set without one was written before layouts were recorded, in layout 1.
 */
export const DATA_LAYOUTS: Readonly<Record<DataSetKind, number>> = {
  ptp: 1,
  mue: 1,
  addon: 1,
  pfs: 1,
  hcpcs: 1,
  icd10cm: 1,
  pos: 1,
  mcd: 1,
};

export function layoutOf(set: Pick<DataSetInfo, 'layout'>): number {
  return set.layout ?? 1;
}

/** True when this release can read the set's rows. */
export function readableLayout(set: Pick<DataSetInfo, 'kind' | 'layout'>): boolean {
  return layoutOf(set) === DATA_LAYOUTS[set.kind];
}

/** Why a set in another layout is not used, and what the biller does about it. */
export function reimportReason(set: Pick<DataSetInfo, 'label' | 'bundled' | 'sources'>): string {
  const files = set.sources.map((s) => s.name).join(', ');
  return set.bundled
    ? `${set.label} was stored by another ClaimLens version in a form this one cannot read: reinstall ClaimLens to reload the data it ships with.`
    : `${set.label} was stored by another ClaimLens version in a form this one cannot read: re-import this file${files ? ` (${files})` : ''} on the options page.`;
}
