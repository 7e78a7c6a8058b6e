import type { Finding } from '../utils/model/finding';
import type { FindingGroup } from '../utils/panel/groups';
import { FindingItem } from './panel/FindingItem';

interface Props {
  groups: FindingGroup[];
  /** The heading level of each group's title, so headings stay in order wherever the list sits. */
  level?: 3 | 4;
  /** Returns the dismiss handler for a finding, or undefined when it cannot be dismissed. */
  dismissFor?: (finding: Finding) => ((reason: string) => void) | undefined;
}

/** Findings grouped by service line ("Line 2 · 20610 RT"), worst first within each group. */
export function FindingList({ groups, level = 4, dismissFor }: Props) {
  if (groups.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div class="finding-groups">
      {groups.map((g) => (
        <section key={g.key} class="finding-group" data-group={g.key}>
          <Heading class="group-title">{g.title}</Heading>
          <ul class="finding-list">
            {g.findings.map((f, i) => (
              <FindingItem
                key={`${f.rule}-${f.lines.join(',')}-${i}`}
                finding={f}
                onDismiss={dismissFor?.(f)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
