import type { ReadReport } from '../../utils/model/snapshot';
import { PORTAL_HOSTS } from '../../utils/portals/hosts';
import type { PanelActions } from './actions';

/** Portal names once each, for "which pages work". */
const PORTAL_NAMES = [...new Set(PORTAL_HOSTS.map((h) => h.label))];

/** No portal page in this tab: say what to open instead of showing a blank panel. */
export function NoPortalPage({
  reason,
  onReread,
}: { reason?: string | null } & Pick<PanelActions, 'onReread'>) {
  return (
    <section class="state" aria-labelledby="state-title">
      <h2 id="state-title">No portal page in this tab</h2>
      {reason ? <p data-testid="empty-reason">{reason}</p> : null}
      <p>
        Open a claim status, claim detail, remittance, eligibility or claim entry page in one of these
        portals:
      </p>
      <ul class="portal-names">
        {PORTAL_NAMES.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p class="muted">On another portal, open its page and choose "Read this site" here.</p>
      {onReread ? (
        <>
          <p>If this is a portal page, wait until it has finished loading, or read it again.</p>
          <button type="button" data-testid="reread" onClick={onReread}>
            Read the page again
          </button>
        </>
      ) : null}
    </section>
  );
}

export function UnsupportedSite({
  hostName,
  onReadThisSite,
}: { hostName: string } & Pick<PanelActions, 'onReadThisSite'>) {
  return (
    <section class="state" aria-labelledby="state-title">
      <h2 id="state-title">ClaimLens does not read this site yet</h2>
      <p>
        <span data-testid="host-name">{hostName}</span> is not one of the portals ClaimLens knows. It can try
        its generic reader here: it reads labelled fields and tables and tells you what it is unsure of.
      </p>
      {onReadThisSite ? (
        <button type="button" class="primary" data-testid="read-this-site" onClick={onReadThisSite}>
          Read this site
        </button>
      ) : null}
      <p class="muted">
        The browser asks you once to allow ClaimLens on this site. Nothing leaves your computer.
      </p>
    </section>
  );
}

/** The page did not match what its reader expected: say what went wrong and what was tried. */
export function Unreadable({ read, onReread }: { read: ReadReport } & Pick<PanelActions, 'onReread'>) {
  return (
    <section class="state problems" data-testid="unreadable" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">Could not read this page</h2>
      {read.problems.length > 0 ? (
        <ul>
          {read.problems.map((p, i) => (
            <li key={`${i}-${p}`}>{p}</li>
          ))}
        </ul>
      ) : (
        <p>The page did not look the way ClaimLens expected.</p>
      )}
      {read.fallbacks.length > 0 ? (
        <>
          <p>Tried instead:</p>
          <ul>
            {read.fallbacks.map((p, i) => (
              <li key={`${i}-${p}`}>{p}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Wait for the page to finish loading, then read it again. Check anything shown below against the page.
      </p>
      {onReread ? (
        <button type="button" class="primary" data-testid="reread" onClick={onReread}>
          Read the page again
        </button>
      ) : null}
    </section>
  );
}

/** Without rule data most checks cannot run; say which data is missing and point at the import. */
export function RuleDataMissing({
  missing = [],
  onOpenOptions,
}: { missing?: string[] } & Pick<PanelActions, 'onOpenOptions'>) {
  return (
    <section class="notice" data-testid="rule-data-missing" aria-labelledby="rule-data-title">
      <h2 id="rule-data-title">No CMS rule data imported yet</h2>
      <p>
        {missing.length > 0 ? `Missing: ${missing.join(', ')}. ` : ''}Until you load this quarter’s files, the
        checks that need them say “could not check”.
      </p>
      {onOpenOptions ? (
        <button
          type="button"
          class="primary"
          data-testid="import-rule-data"
          onClick={() => onOpenOptions('rule-data')}
        >
          Load rule data
        </button>
      ) : null}
    </section>
  );
}
