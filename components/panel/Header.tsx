import type { PageSnapshot } from '../../utils/model/snapshot';
import { KIND_LABEL, portalLabel } from '../../utils/panel/labels';
import type { Vintage } from '../../utils/panel/summary';
import type { PanelActions } from './actions';

interface Props extends Pick<PanelActions, 'onReread' | 'onOpenOptions'> {
  snapshot: PageSnapshot;
  counts: string;
  vintages: Vintage[];
  /** No CMS data imported: only the built-in code lists answer, and the header says so. */
  ruleDataMissing?: boolean;
}

function vintageSummary(vintages: Vintage[], ruleDataMissing: boolean): string {
  if (ruleDataMissing) return 'Rule data: built-in code lists only';
  const first = vintages[0]?.label ?? '';
  const more = vintages.length > 1 ? ` +${vintages.length - 1} more` : '';
  const stale = vintages.some((v) => v.stale) ? ' · some older than the DOS' : '';
  return `Rule data: ${first}${more}${stale}`;
}

/** Where the biller is (portal · page), what fired, and which data it was checked against. */
export function Header({
  snapshot,
  counts,
  vintages,
  ruleDataMissing = false,
  onReread,
  onOpenOptions,
}: Props) {
  return (
    <header class="panel-header">
      <div class="title-row">
        <h1>
          <span data-testid="portal">{portalLabel(snapshot.portal)}</span>
          <span aria-hidden="true"> · </span>
          <span class="visually-hidden">, </span>
          <span data-testid="kind">{KIND_LABEL[snapshot.kind]}</span>
        </h1>
        <div class="header-buttons">
          {onReread ? (
            <button type="button" class="quiet small" onClick={onReread}>
              Read again
            </button>
          ) : null}
          {onOpenOptions ? (
            <button
              type="button"
              class="quiet small"
              data-testid="open-settings"
              onClick={() => onOpenOptions('checks')}
            >
              Settings
            </button>
          ) : null}
        </div>
      </div>
      <div class="header-meta">
        <span class="counts" data-testid="counts">
          {counts}
        </span>
      </div>
      {vintages.length > 0 || ruleDataMissing ? (
        <details class="vintages" data-testid="vintages">
          <summary>{vintageSummary(vintages, ruleDataMissing)}</summary>
          <ul class="plain">
            {vintages.map((v) => (
              <li key={`${v.label}|${v.detail}`} class={v.stale ? 'is-stale' : undefined}>
                {v.label}
                {v.detail ? `, ${v.detail}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </header>
  );
}
