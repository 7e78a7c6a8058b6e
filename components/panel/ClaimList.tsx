import { useId, useState } from 'preact/hooks';
import type { PageKind } from '../../utils/model/snapshot';
import { firstClause } from '../../utils/panel/decide';
import { daysShort } from '../../utils/panel/format';
import { SEVERITY_LABEL } from '../../utils/panel/labels';
import {
  chipCounts,
  filtersActive,
  type ListFilters,
  matchesFilters,
  NO_FILTERS,
  STATUS_CLASS_LABEL,
  toggle,
} from '../../utils/panel/list';
import type { ClaimView } from '../../utils/panel/view';
import { ClaimDetail } from './ClaimDetail';
import type { ItemContext } from './ItemView';
import { SeverityIcon } from './SeverityIcon';

interface Props {
  /** Attention first (utils/panel/view.ts). */
  claims: ClaimView[];
  kind: PageKind;
  today?: string;
  ruleDataMissing?: boolean;
  /** The claim the note is about. */
  selected: number | null;
  onSelect: (claimIndex: number) => void;
  /** The item context of each claim (dismiss, undo, focus): the panel keeps that state per claim. */
  ctxFor: (claimIndex: number) => Omit<ItemContext, 'claimIndex' | 'payer'>;
}

/** Rows drawn at once per group; the rest on request (a 2,000-claim search stays quick to paint). */
const ROWS_SHOWN = 100;

const GROUPS = [
  { urgency: 0, title: 'Errors', collapsible: false },
  { urgency: 1, title: 'Warnings', collapsible: false },
  { urgency: 2, title: 'Nothing to do', collapsible: true },
] as const;

/** What the row says about the claim: its worst item, or what to do with its status. */
function rowText(c: ClaimView): string {
  const top = c.items.find((s) => !s.dismissal)?.item;
  if (!top) return c.couldNotCheck.length > 0 ? 'Some checks could not run' : 'No findings';
  if (top.lead.rule === 'denial' && top.lead.message.startsWith('Claim status') && top.action) {
    return firstClause(top.action);
  }
  return top.where === 'Whole claim' ? top.title : `${top.where} · ${top.title}`;
}

function Row({
  c,
  props,
  open,
  onToggle,
}: {
  c: ClaimView;
  props: Props;
  open: boolean;
  onToggle: () => void;
}) {
  const id = useId();
  const selected = props.selected === c.index;
  const level = c.worst ?? 'ok';
  return (
    <li
      class={`claim-row level-${level}${selected ? ' is-selected' : ''}`}
      data-claim-number={c.claimNumber ?? ''}
      data-claim-index={c.index}
    >
      <button
        type="button"
        class="claim-row-button"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        aria-current={selected ? 'true' : undefined}
        onClick={onToggle}
      >
        <span class="row-line">
          <SeverityIcon severity={level} />
          <span class="visually-hidden">
            {c.worst ? `${SEVERITY_LABEL[c.worst].title}: ` : 'Nothing to do: '}
          </span>
          <span class="claim-no" data-testid="claim-number">
            {c.claimNumber ?? 'no number'}
          </span>
          {c.dates ? <span class="muted">{c.dates}</span> : null}
          <span class="status-word">{STATUS_CLASS_LABEL[c.statusClass]}</span>
          {c.daysLeft !== null && c.urgency < 2 ? (
            <span class={`days-left${c.daysLeft <= 30 ? ' is-close' : ''}`}>{daysShort(c.daysLeft)}</span>
          ) : null}
        </span>
        <span class="row-line row-sub">{rowText(c)}</span>
      </button>
      {open ? (
        <div id={`${id}-body`} class="claim-row-body">
          <ClaimDetail
            view={c}
            kind={props.kind}
            today={props.today}
            inList
            ruleDataMissing={props.ruleDataMissing}
            ctx={props.ctxFor(c.index)}
          />
        </div>
      ) : null}
    </li>
  );
}

/**
 * A claims list as compact rows (claim, DOS, status, worst finding, days left), grouped Errors /
 * Warnings / Nothing to do (collapsed), with filter chips. A row opens in place; the row picked is
 * the claim the note is about.
 */
export function ClaimList(props: Props) {
  const id = useId();
  const [filters, setFiltersOnly] = useState<ListFilters>(NO_FILTERS);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [nothingOpen, setNothingOpen] = useState(false);
  /** A filter asks to see claims: the ones in "Nothing to do" are shown too, not left collapsed. */
  const setFilters = (next: ListFilters) => {
    setFiltersOnly(next);
    if (filtersActive(next)) setNothingOpen(true);
  };
  const [showAll, setShowAll] = useState<ReadonlySet<number>>(new Set());
  const chips = chipCounts(props.claims);
  const shown = props.claims.filter((c) => matchesFilters(c, filters));
  const toggleRow = (c: ClaimView) => {
    props.onSelect(c.index);
    const next = new Set(open);
    if (next.has(c.index)) next.delete(c.index);
    else next.add(c.index);
    setOpen(next);
  };
  const chip = (label: string, count: number, pressed: boolean, onClick: () => void, key: string) => (
    <button key={key} type="button" class="chip filter" aria-pressed={pressed} onClick={onClick}>
      {label} <span class="count">{count}</span>
    </button>
  );
  return (
    <section class="claim-list" aria-label="Claims on this page">
      <fieldset class="chips">
        <legend class="visually-hidden">Filter the claims</legend>
        {chips.statuses.length > 1
          ? chips.statuses.map((s) =>
              chip(
                s.label,
                s.count,
                filters.statuses.includes(s.value),
                () => setFilters({ ...filters, statuses: toggle(filters.statuses, s.value) }),
                `s-${s.value}`,
              ),
            )
          : null}
        {chips.withFindings > 0 && chips.withFindings < props.claims.length
          ? chip(
              'Has findings',
              chips.withFindings,
              filters.withFindings,
              () => setFilters({ ...filters, withFindings: !filters.withFindings }),
              'findings',
            )
          : null}
        {chips.payers.map((p) =>
          chip(
            p.label,
            p.count,
            filters.payers.includes(p.value),
            () => setFilters({ ...filters, payers: toggle(filters.payers, p.value) }),
            `p-${p.value}`,
          ),
        )}
        {filtersActive(filters) ? (
          <button type="button" class="quiet small" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </fieldset>
      {filtersActive(filters) ? (
        <p class="muted" role="status" data-testid="filter-count">
          Showing {shown.length} of {props.claims.length} claims
        </p>
      ) : null}
      {GROUPS.map((g) => {
        const members = shown.filter((c) => c.urgency === g.urgency);
        if (members.length === 0) return null;
        const visible = !g.collapsible || nothingOpen;
        const all = showAll.has(g.urgency);
        const rows = all ? members : members.slice(0, ROWS_SHOWN);
        const titleId = `${id}-g${g.urgency}`;
        return (
          <section key={g.urgency} class={`claim-group group-${g.urgency}`} aria-labelledby={titleId}>
            <h2 id={titleId} class="group-title">
              {g.collapsible ? (
                <button
                  type="button"
                  class="group-toggle"
                  aria-expanded={nothingOpen}
                  onClick={() => setNothingOpen(!nothingOpen)}
                >
                  {g.title} ({members.length})
                </button>
              ) : (
                `${g.title} (${members.length})`
              )}
            </h2>
            <ul class="claim-rows" hidden={!visible}>
              {/* A collapsed group is drawn when opened (2,000 paid claims would paint at once). */}
              {(visible ? rows : []).map((c) => (
                <Row
                  key={c.index}
                  c={c}
                  props={props}
                  open={open.has(c.index)}
                  onToggle={() => toggleRow(c)}
                />
              ))}
            </ul>
            {!all && members.length > ROWS_SHOWN && visible ? (
              <button
                type="button"
                class="small"
                data-testid="show-all-claims"
                onClick={() => setShowAll(new Set([...showAll, g.urgency]))}
              >
                Show all {members.length}
              </button>
            ) : null}
          </section>
        );
      })}
      {shown.length === 0 ? <p class="muted">No claim matches these filters.</p> : null}
    </section>
  );
}
