import type { Finding } from '../../utils/model/finding';
import type { Claim } from '../../utils/model/snapshot';
import { codesOnClaim, soonestDaysLeft, statusLine } from '../../utils/panel/status';
import { FindingItem } from './FindingItem';

interface Props {
  claim: Claim;
  denials: Finding[];
  timelyFiling: Finding[];
  dismissFor?: (finding: Finding) => ((reason: string) => void) | undefined;
}

/**
 * The claim's 277 status and each denial code in plain words with the next step, then the filing
 * clock. The words come from the engine's denial guidance (utils/rules/README.md); the panel only lays them out.
 */
export function StatusExplained({ claim, denials, timelyFiling, dismissFor }: Props) {
  const status = statusLine(claim);
  const codes = codesOnClaim(claim);
  if (!status && codes.length === 0 && denials.length === 0 && timelyFiling.length === 0) return null;
  return (
    <section class="status-explained" data-testid="status-explained">
      <h3>Status explained</h3>
      {status ? (
        <dl class="facts">
          {status.category ? (
            <>
              <dt>277 category</dt>
              <dd data-testid="status-category">{status.category}</dd>
            </>
          ) : null}
          {status.code ? (
            <>
              <dt>Status code</dt>
              <dd>{status.code}</dd>
            </>
          ) : null}
          {status.text ? (
            <>
              <dt>Portal says</dt>
              <dd data-testid="status-text">{status.text}</dd>
            </>
          ) : null}
          {codes.length > 0 ? (
            <>
              <dt>Codes on the page</dt>
              <dd>{codes.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : codes.length > 0 ? (
        <p class="muted">Codes on the page: {codes.join(', ')}</p>
      ) : null}
      {denials.length > 0 ? (
        <ul class="finding-list denials" aria-label="What the denial codes mean">
          {denials.map((f, i) => (
            <FindingItem
              key={`${f.rule}-${f.lines.join(',')}-${i}`}
              finding={f}
              showLines
              onDismiss={dismissFor?.(f)}
            />
          ))}
        </ul>
      ) : null}
      {timelyFiling.length > 0 ? <TimelyFiling findings={timelyFiling} dismissFor={dismissFor} /> : null}
    </section>
  );
}

function TimelyFiling({ findings, dismissFor }: Pick<Props, 'dismissFor'> & { findings: Finding[] }) {
  const days = soonestDaysLeft(findings.map((f) => f.message));
  return (
    <div class="timely-filing" data-testid="timely-filing">
      <h4>
        Timely filing
        {days !== null ? (
          <span class={`days-left${days <= 30 ? ' is-close' : ''}`} data-testid="days-left">
            {days < 0 ? ` · ${-days} days past the limit` : ` · ${days} ${days === 1 ? 'day' : 'days'} left`}
          </span>
        ) : null}
      </h4>
      <ul class="finding-list">
        {findings.map((f, i) => (
          <FindingItem key={`${f.rule}-${i}`} finding={f} onDismiss={dismissFor?.(f)} />
        ))}
      </ul>
    </div>
  );
}
