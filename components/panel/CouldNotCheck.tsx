import type { Finding } from '../../utils/model/finding';
import { FindingItem } from './FindingItem';

/**
 * What ClaimLens could not check, and why (principle 3: never silence). Kept apart from the
 * findings so a missing table does not read like a problem with the claim.
 */
export function CouldNotCheck({ findings, level = 4 }: { findings: Finding[]; level?: 3 | 4 }) {
  if (findings.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section class="finding-group could-not-check" data-group="could-not-check">
      <Heading class="group-title">Could not check ({findings.length})</Heading>
      <ul class="finding-list">
        {findings.map((f, i) => (
          <FindingItem key={`${f.rule}-${f.lines.join(',')}-${i}`} finding={f} showLines />
        ))}
      </ul>
    </section>
  );
}
