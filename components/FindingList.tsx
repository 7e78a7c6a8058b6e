import { type Finding, severityRank } from '../utils/model/finding';

export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return (
    <section aria-label="Findings" class="findings">
      <h2>Findings ({findings.length})</h2>
      <ul>
        {sorted.map((f, i) => (
          <li
            key={`${f.rule}-${f.lines.join(',')}-${i}`}
            class={`finding severity-${f.severity}`}
            data-finding-rule={f.rule}
            data-finding-severity={f.severity}
            data-lines={f.lines.join(',')}
          >
            <strong>{f.message}</strong>
            {f.action ? <p>{f.action}</p> : null}
            <p class="source">
              {f.rule} · {f.source}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
