import type { Eligibility } from '../../utils/model/eligibility';
import type { Finding } from '../../utils/model/finding';
import { type AccumulatorRow, eligibilityFindings, eligibilityView } from '../../utils/panel/eligibility';
import { FindingItem } from './FindingItem';

interface Props {
  eligibility: Eligibility | null;
  /** Page-level findings (claimIndex null): coverage warnings and the expected patient share. */
  findings: Finding[];
}

function Accumulators({ title, rows }: { title: string; rows: AccumulatorRow[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="plain">
        {rows.map((r, i) => (
          <li key={`${r.network}-${r.level}-${i}`}>
            <span class="label">
              {r.network}
              {r.level ? ` · ${r.level}` : ''}:
            </span>{' '}
            {r.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Coverage on the date of service first (it decides who gets the claim), then money. */
export function EligibilitySummary({ eligibility, findings }: Props) {
  const { warnings, share } = eligibilityFindings(findings);
  const v = eligibility ? eligibilityView(eligibility) : null;
  return (
    <section class="eligibility" data-testid="eligibility-summary" aria-labelledby="elig-title">
      <h2 id="elig-title">Coverage</h2>
      {v ? (
        <p class="coverage-line">
          <span class={`chip coverage-${v.coverage}`} data-testid="coverage">
            <span aria-hidden="true">
              {v.coverage === 'active' ? '✔ ' : v.coverage === 'inactive' ? '✖ ' : '? '}
            </span>
            {v.coverageText}
          </span>
          {v.dateOfService ? ` on ${v.dateOfService}` : ' (no date of service shown)'}
        </p>
      ) : (
        <p>The page shows no coverage details.</p>
      )}
      {v?.plan ? <p class="muted">{v.plan}</p> : null}
      {v?.planDates ? <p class="muted">Eligible {v.planDates}</p> : null}
      {warnings.length > 0 ? (
        <ul class="finding-list" aria-label="Coverage warnings">
          {warnings.map((f, i) => (
            <FindingItem key={`${f.rule}-${i}`} finding={f} />
          ))}
        </ul>
      ) : null}
      {v && v.otherCoverage.length > 0 ? (
        <>
          <h3>Other coverage</h3>
          <ul class="plain">
            {v.otherCoverage.map((c, i) => (
              <li key={`${c.kind}-${i}`}>
                <span class="label">{c.kind}:</span> {c.text || 'shown, no dates'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {v ? <Accumulators title="Deductible" rows={v.deductible} /> : null}
      {v ? <Accumulators title="Out-of-pocket" rows={v.outOfPocket} /> : null}
      {v && v.costShare.length > 0 ? (
        <>
          <h3>Copay and coinsurance</h3>
          <ul class="plain">
            {v.costShare.map((c, i) => (
              <li key={`${c.service}-${i}`}>
                <span class="label">{c.service}:</span> {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {share.length > 0 ? (
        <>
          <h3>Patient's expected share</h3>
          <ul class="finding-list" data-testid="expected-share">
            {share.map((f, i) => (
              <FindingItem key={`${f.rule}-${i}`} finding={f} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
