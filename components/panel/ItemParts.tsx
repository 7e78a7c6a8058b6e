import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, RuleId } from '../../utils/model/finding';
import { itemDomId } from '../../utils/panel/decide';
import type { PanelItem } from '../../utils/panel/items';
import type { ItemState } from '../../utils/panel/view';
import { RULE_LABELS } from '../options/rule-labels';
import type { PanelActions } from './actions';
import { FilingLimitForm } from './FilingLimitForm';

export interface ItemContext extends Pick<PanelActions, 'onTurnOffForPayer' | 'onFilingLimit'> {
  claimIndex: number | null;
  /** The payer the claim was checked under: payer actions are offered only when there is one. */
  payer: string | null;
  /** The current filing limit for a payer, to start the "change the filing limit" form from. */
  filingLimitDays?: (payer: string) => number | null;
  /** Present when items of this claim can be dismissed. */
  onDismiss?: (item: PanelItem, reason: string) => void;
  onUndo?: (state: ItemState) => void;
  /** Item keys dismissed in this panel: shown in place as "Dismissed · Undo". */
  recent: ReadonlySet<string>;
  /** Where keyboard focus must go next ("bar:<key>" after a dismissal, "item:<key>" after undo). */
  focusRequest: string | null;
  onFocused: () => void;
}

/** The finding hooks tests and the demo read: rule, level and lines of each finding shown. */
export function hooks(f: Finding) {
  return {
    'data-finding-rule': f.rule,
    'data-finding-severity': f.severity,
    'data-lines': f.lines.join(','),
  };
}

/** The checks an item's "turn off" offers: the explaining checks when a denial code leads. */
function switchableRules(item: PanelItem): RuleId[] {
  const rules = [...new Set(item.parts.map((p) => p.rule))];
  const own = rules.filter((r) => r !== 'denial');
  return (own.length > 0 ? own : rules).slice(0, 2);
}

/** Rule, source, data vintage and the merged parts, behind "Why?". */
export function Why({
  item,
  id,
  ctx,
  open,
}: {
  item: PanelItem;
  id: string;
  ctx: ItemContext;
  open: boolean;
}) {
  const [limitOpen, setLimitOpen] = useState(false);
  const { lead } = item;
  const payer = ctx.payer;
  const clock = item.parts.some((p) => p.rule === 'timely-filing');
  return (
    // Always in the page (hidden while closed): "Why?" controls it, and the merged parts keep their hooks.
    <div class="why-panel" id={id} hidden={!open}>
      {item.title !== lead.message ? <p>{lead.message}</p> : null}
      {lead.reason ? <p class="finding-reason">Reason: {lead.reason}</p> : null}
      <p class="source">
        <span class="rule-id">{lead.rule}</span>
        {lead.source ? ` · ${lead.source}` : null}
      </p>
      {item.parts.slice(1).map((p, i) => (
        <div key={`${p.rule}-${i}`} class="part" {...hooks(p)}>
          <p>{p.message}</p>
          {p.action && p.action !== item.action ? <p class="muted">Also: {p.action}</p> : null}
          <p class="source">
            <span class="rule-id">{p.rule}</span>
            {p.source ? ` · ${p.source}` : null}
          </p>
        </div>
      ))}
      {payer && (ctx.onTurnOffForPayer || ctx.onFilingLimit) ? (
        <p class="payer-actions">
          {ctx.onTurnOffForPayer
            ? switchableRules(item).map((rule) => (
                <button
                  key={rule}
                  type="button"
                  class="quiet small"
                  data-testid="turn-off-for-payer"
                  onClick={() => ctx.onTurnOffForPayer?.(rule, payer)}
                >
                  Turn off “{RULE_LABELS[rule]}” for {payer}
                </button>
              ))
            : null}
          {clock && ctx.onFilingLimit && !limitOpen ? (
            <button
              type="button"
              class="quiet small"
              data-testid="change-filing-limit"
              onClick={() => setLimitOpen(true)}
            >
              Change the filing limit for {payer}
            </button>
          ) : null}
        </p>
      ) : null}
      {limitOpen && payer && ctx.onFilingLimit ? (
        <FilingLimitForm
          payer={payer}
          days={ctx.filingLimitDays?.(payer) ?? null}
          onSave={(days) => {
            ctx.onFilingLimit?.(payer, days);
            setLimitOpen(false);
          }}
          onCancel={() => setLimitOpen(false)}
        />
      ) : null}
    </div>
  );
}

/** A dismissed item where it stood, until the panel moves on: "Dismissed · False alarm · Undo". */
export function DismissedBar({ state, ctx }: { state: ItemState; ctx: ItemContext }) {
  const undo = useRef<HTMLButtonElement>(null);
  const { item, dismissal } = state;
  useEffect(() => {
    if (ctx.focusRequest === `bar:${item.key}`) {
      undo.current?.focus();
      ctx.onFocused();
    }
  });
  return (
    <li
      class="item dismissed-bar"
      id={itemDomId(ctx.claimIndex, item.key)}
      data-dismissed-rule={item.lead.rule}
      data-lines={item.lead.lines.join(',')}
    >
      <span>
        Dismissed · <span class="muted">{dismissal?.reason}</span>
      </span>
      {ctx.onUndo ? (
        <button
          type="button"
          class="quiet small"
          ref={undo}
          aria-label={`Undo dismissal: ${item.title}`}
          onClick={() => ctx.onUndo?.(state)}
        >
          Undo
        </button>
      ) : null}
    </li>
  );
}
