import type { DataSetInfo } from '../utils/ruledata/types';

export function Options({ datasets }: { datasets: DataSetInfo[] | null }) {
  return (
    <main class="panel">
      <h1>ClaimLens options</h1>
      <section aria-labelledby="rule-data">
        <h2 id="rule-data">Rule data</h2>
        {datasets === null ? (
          <p class="muted">Loading…</p>
        ) : datasets.length === 0 ? (
          <p>No rule data loaded yet.</p>
        ) : (
          <ul>
            {datasets.map((d) => (
              <li key={d.id} data-dataset={d.id}>
                {d.label} — {d.rows.toLocaleString('en-US')} rows, effective {d.effectiveFrom}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
