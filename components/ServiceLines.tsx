import type { Severity } from '../utils/model/finding';
import type { ServiceLine } from '../utils/model/snapshot';
import { dateRange } from '../utils/panel/format';
import { SEVERITY_LABEL } from '../utils/panel/labels';
import { SeverityIcon } from './panel/SeverityIcon';

function codesOf(l: ServiceLine): string {
  return [...l.adjustments.map((a) => (a.group ? `${a.group}-${a.reason}` : a.reason)), ...l.remarks].join(
    ' ',
  );
}

/** The lines as read from the page, in page order, so the biller can check the reading at a glance. */
export function ServiceLines({
  lines,
  worst,
}: {
  lines: ServiceLine[];
  /** The worst finding per line, marked beside the line number (glyph + hidden word). */
  worst?: ReadonlyMap<number, Severity>;
}) {
  if (lines.length === 0) return <p class="muted">No service lines on this page.</p>;
  // Adjustment codes only take a column on pages that show them (status, remittance).
  const showCodes = lines.some((l) => l.adjustments.length > 0 || l.remarks.length > 0);
  // One date for every line is already in the claim's heading: the column would only take width.
  const showDates = new Set(lines.map((l) => dateRange(l.dosFrom, l.dosTo))).size > 1;
  return (
    <table class="lines" data-testid="service-lines">
      <caption class="visually-hidden">Service lines</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          {showDates ? <th scope="col">DOS</th> : null}
          <th scope="col">Code</th>
          <th scope="col">Mod</th>
          <th scope="col">Units</th>
          {showCodes ? <th scope="col">Adj.</th> : null}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.line} data-line={l.line}>
            <td>
              {l.line}
              <LineMark severity={worst?.get(l.line)} />
            </td>
            {showDates ? <td>{dateRange(l.dosFrom, l.dosTo)}</td> : null}
            <td data-testid="line-code">{l.code ?? ''}</td>
            <td data-testid="line-modifiers">{l.modifiers.join(' ')}</td>
            <td>{l.units ?? ''}</td>
            {showCodes ? <td>{codesOf(l)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LineMark({ severity }: { severity: Severity | undefined }) {
  if (!severity) return null;
  return (
    <span class="line-mark" data-line-severity={severity}>
      {' '}
      <SeverityIcon severity={severity} />
      <span class="visually-hidden"> ({SEVERITY_LABEL[severity].one})</span>
    </span>
  );
}
