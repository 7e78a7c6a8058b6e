import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { itemDomId } from '../../utils/panel/decide';
import type { PanelItem } from '../../utils/panel/items';
import { SEVERITY_LABEL } from '../../utils/panel/labels';
import type { ItemState } from '../../utils/panel/view';
import { DismissChips } from './DismissChips';
import { DismissedBar, hooks, type ItemContext, Why } from './ItemParts';
import { SeverityIcon, SeverityTag } from './SeverityIcon';

export type { ItemContext } from './ItemParts';

/**
 * One item. Errors and warnings are cards (what is wrong, on which line, the next step); info is a
 * one-line row that opens in place. Rule, source and vintage sit behind "Why?". Text only.
 */
export function ItemView({ state, ctx }: { state: ItemState; ctx: ItemContext }) {
  const id = useId();
  const { item, dismissal } = state;
  const [whyOpen, setWhyOpen] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const dismissButton = useRef<HTMLButtonElement>(null);
  const rowButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const card = item.severity === 'error' || item.severity === 'warning';
  useEffect(() => {
    if (dismissal) return;
    if (ctx.focusRequest === `item:${item.key}` || returnFocus.current) {
      (dismissButton.current ?? rowButton.current)?.focus();
      if (!returnFocus.current) ctx.onFocused();
      returnFocus.current = false;
    }
  });
  // Dismissed while the chips were open: after an undo the item comes back closed.
  useEffect(() => {
    if (dismissal) setDismissing(false);
  }, [dismissal]);
  if (dismissal) return ctx.recent.has(item.key) ? <DismissedBar state={state} ctx={ctx} /> : null;

  const why = <Why item={item} id={`${id}-why`} ctx={ctx} open={whyOpen} />;
  const tools = (
    <div class="item-tools">
      <button
        type="button"
        class="quiet small"
        aria-expanded={whyOpen}
        aria-controls={`${id}-why`}
        onClick={() => setWhyOpen(!whyOpen)}
      >
        Why?
      </button>
      {ctx.onDismiss && !dismissing ? (
        <button type="button" class="quiet small" ref={dismissButton} onClick={() => setDismissing(true)}>
          Dismiss…
        </button>
      ) : null}
    </div>
  );
  const chips =
    ctx.onDismiss && dismissing ? (
      <DismissChips
        about={item.title}
        onDismiss={(reason) => ctx.onDismiss?.(item, reason)}
        onCancel={() => {
          returnFocus.current = true;
          setDismissing(false);
        }}
      />
    ) : null;
  const body = (
    <>
      {item.detail ? <p class="item-detail">{item.detail}</p> : null}
      {item.action ? (
        <p class="item-action">
          <span class="label">Next: </span>
          {item.action}
        </p>
      ) : null}
      {tools}
      {chips}
      {why}
    </>
  );

  if (card) {
    return (
      <li
        class={`item card sev-${item.severity}`}
        id={itemDomId(ctx.claimIndex, item.key)}
        data-item-severity={item.severity}
        {...hooks(item.lead)}
      >
        <p class="item-head">
          <SeverityTag severity={item.severity} />
          {item.where ? <span class="where">{item.where}</span> : null}
          {item.codes.length > 1 ? <span class="codes">{item.codes.slice(1).join(' · ')}</span> : null}
        </p>
        <p class="item-title">{item.title}</p>
        {body}
      </li>
    );
  }
  return (
    <RowItem item={item} ctx={ctx} rowButton={rowButton}>
      {body}
    </RowItem>
  );
}

function RowItem({
  item,
  ctx,
  rowButton,
  children,
}: {
  item: PanelItem;
  ctx: ItemContext;
  rowButton: preact.RefObject<HTMLButtonElement | null>;
  children: preact.ComponentChildren;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <li
      class={`item row sev-${item.severity}${open ? ' is-open' : ''}`}
      id={itemDomId(ctx.claimIndex, item.key)}
      data-item-severity={item.severity}
      {...hooks(item.lead)}
    >
      <button
        type="button"
        class="row-toggle"
        ref={rowButton}
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
      >
        <SeverityIcon severity={item.severity} />
        <span class="visually-hidden">{SEVERITY_LABEL[item.severity].title}: </span>
        <span class="row-text">
          {item.where === 'Whole claim' || !item.where ? '' : `${item.where} · `}
          {item.title}
        </span>
      </button>
      <div id={`${id}-body`} class="row-body" hidden={!open}>
        {children}
      </div>
    </li>
  );
}
