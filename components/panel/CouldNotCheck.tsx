import type { Finding } from '../../utils/model/finding';
import { SeverityIcon } from './SeverityIcon';

/** "Could not check add-on codes." → "add-on codes" */
function what(f: Finding): string {
  return f.message.replace(/^Could not check\s+/i, '').replace(/\.$/, '');
}

/**
 * What ClaimLens could not check, and why (principle 3: never silence), as one line that opens to
 * the reasons and what the biller can do about each (set the jurisdiction, import a file). When the panel already says no rule data is imported, the line says so instead of
 * repeating it four times.
 */
export function CouldNotCheck({
  findings,
  ruleDataMissing = false,
}: {
  findings: Finding[];
  ruleDataMissing?: boolean;
}) {
  if (findings.length === 0) return null;
  const names = [...new Set(findings.map(what))];
  const summary = ruleDataMissing
    ? `${findings.length} ${findings.length === 1 ? 'check' : 'checks'} could not run without the CMS rule data`
    : `Could not check ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3} more` : ''}`;
  return (
    <details class="could-not-check" data-group="could-not-check">
      <summary>
        <SeverityIcon severity="could-not-check" />
        <span class="visually-hidden">Could not check: </span>
        <span class="row-text">{summary}</span>
      </summary>
      <ul class="plain">
        {findings.map((f, i) => (
          <li
            key={`${f.rule}-${f.lines.join(',')}-${i}`}
            data-finding-rule={f.rule}
            data-finding-severity={f.severity}
            data-lines={f.lines.join(',')}
          >
            <span class="label">{f.lines.length > 0 ? `Line ${f.lines.join(', ')}: ` : ''}</span>
            {f.message} {f.reason ? <span class="muted">Why: {f.reason}</span> : null}{' '}
            {f.action ? <span class="action">{f.action}</span> : null}{' '}
            <span class="source">
              <span class="rule-id">{f.rule}</span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
