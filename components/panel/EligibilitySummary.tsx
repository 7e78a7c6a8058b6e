import type { Eligibility } from '../../utils/model/eligibility';
import { type AccumulatorRow, eligibilityView } from '../../utils/panel/eligibility';

interface Props {
  eligibility: Eligibility | null;
  initials?: string | null;
  /**
   * A coverage warning stands above (Medicare Advantage, another payer first…): "Active" is then not
   * shown as good news, since the claim must go elsewhere.
   */
  warned: boolean;
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

/** Coverage on the date of service (the warnings about it stand above, as items), then money. */
export function EligibilitySummary({ eligibility, initials, warned }: Props) {
  const v = eligibility ? eligibilityView(eligibility) : null;
  const tone = v ? (v.coverage === 'active' && warned ? 'warned' : v.coverage) : 'unknown';
  return (
    <section class="eligibility" data-testid="eligibility-summary" aria-labelledby="elig-title">
      <h2 id="elig-title">Coverage</h2>
      {v ? (
        <p class="coverage-line">
          <span class={`coverage-tag coverage-${tone}`} data-testid="coverage">
            {v.coverageText}
            {tone === 'warned' ? ' — see the warnings above' : ''}
          </span>
          {v.dateOfService ? ` on ${v.dateOfService}` : ' (no date of service shown)'}
        </p>
      ) : (
        <p>The page shows no coverage details.</p>
      )}
      {v?.plan || initials ? (
        <p class="muted">
          {initials ? (
            <>
              Patient <span data-testid="patient-initials">{initials}</span>
              {v?.plan ? ' · ' : ''}
            </>
          ) : null}
          {v?.plan}
        </p>
      ) : null}
      {v?.planDates ? <p class="muted">Eligible {v.planDates}</p> : null}
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
    </section>
  );
}
