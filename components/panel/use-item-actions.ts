import { useState } from 'preact/hooks';
import { dismissalId } from '../../utils/panel/dismissals';
import type { PanelItem } from '../../utils/panel/items';
import type { ItemState, PanelView } from '../../utils/panel/view';
import type { PanelActions } from './actions';
import type { ItemContext } from './ItemParts';

export type ClaimItemContext = Omit<ItemContext, 'claimIndex' | 'payer'>;

type Props = Pick<PanelActions, 'onDismiss' | 'onUndoDismiss' | 'onTurnOffForPayer' | 'onFilingLimit'> & {
  filingLimitDays?: (payer: string) => number | null;
};

/**
 * Dismiss and undo for the panel's items, and where keyboard focus goes after each: to the
 * "Dismissed · Undo" bar that takes the item's place, then back to the item. The panel keeps this
 * state per claim: keys in `recent` and `focusRequest` carry the claim index.
 */
export function useItemActions(
  view: PanelView | null,
  props: Props,
  announce: (text: string) => void,
): (claimIndex: number | null) => ClaimItemContext {
  const [recent, setRecent] = useState<ReadonlySet<string>>(new Set());
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const setAnnouncement = announce;
  const keyOf = (claimIndex: number | null) =>
    claimIndex === null ? null : (view?.claims.find((c) => c.index === claimIndex)?.dismissKey ?? null);
  const dismiss = (claimIndex: number, item: PanelItem, reason: string) => {
    const key = keyOf(claimIndex);
    if (!key || !props.onDismiss) return;
    const targets = item.parts.map((p) => ({ id: dismissalId(key, p), claimNumber: key }));
    props.onDismiss(item.parts, reason, targets);
    setRecent(new Set([...recent, `${claimIndex}|${item.key}`]));
    setFocusRequest(`bar:${claimIndex}|${item.key}`);
    setAnnouncement('Dismissed. Undo is next to where it was; it is also listed under Dismissed.');
  };
  const undo = (claimIndex: number, s: ItemState) => {
    const key = keyOf(claimIndex);
    if (!key || !props.onUndoDismiss) return;
    const ids = new Set([s.dismissal?.id, ...s.item.parts.map((p) => dismissalId(key, p))]);
    props.onUndoDismiss([...ids].filter((i): i is string => !!i));
    setFocusRequest(`item:${claimIndex}|${s.item.key}`);
    setAnnouncement('Dismissal undone.');
  };
  /** Item contexts are per claim: the keys in `recent` and `focusRequest` carry the claim index. */
  const ctxFor = (claimIndex: number | null): ClaimItemContext => {
    const prefix = `${claimIndex}|`;
    const focus = focusRequest ? /^(bar|item):(.*)$/.exec(focusRequest) : null;
    const canDismiss = claimIndex !== null && keyOf(claimIndex) !== null;
    return {
      recent: new Set([...recent].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))),
      focusRequest:
        focus?.[2]?.startsWith(prefix) === true ? `${focus[1]}:${focus[2].slice(prefix.length)}` : null,
      onFocused: () => setFocusRequest(null),
      onDismiss:
        canDismiss && props.onDismiss ? (item, reason) => dismiss(claimIndex, item, reason) : undefined,
      onUndo: canDismiss && props.onUndoDismiss ? (s) => undo(claimIndex, s) : undefined,
      onTurnOffForPayer: props.onTurnOffForPayer,
      onFilingLimit: props.onFilingLimit,
      filingLimitDays: props.filingLimitDays,
    };
  };

  return ctxFor;
}
