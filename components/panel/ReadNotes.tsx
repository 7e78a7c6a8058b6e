import type { ReadReport } from '../../utils/model/snapshot';

/**
 * On a page that was read, still say how: which parts could not be read, which fallbacks were
 * used, and what the generic reader is unsure of (principle 5: fall back and say so).
 * Collapsed unless something could not be read, so a clean read stays quiet.
 */
export function ReadNotes({ read }: { read: ReadReport }) {
  const generic = read.adapter === 'generic' || read.adapter.startsWith('generic/');
  if (!generic && read.problems.length === 0 && read.fallbacks.length === 0 && read.unsure.length === 0) {
    return null;
  }
  const lists: [string, string[]][] = [
    ['Could not read', read.problems],
    ['Read another way', read.fallbacks],
    ['Not sure of', read.unsure],
  ];
  return (
    <details class="read-notes" data-testid="read-notes" open={read.problems.length > 0}>
      <summary>
        {read.problems.length > 0
          ? 'Could not read all of this page'
          : generic
            ? 'Read by the generic reader: check against the page'
            : 'Read with fallbacks'}
      </summary>
      {lists
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <div key={title}>
            <p class="label">{title}:</p>
            <ul>
              {items.map((p, i) => (
                <li key={`${i}-${p}`}>{p}</li>
              ))}
            </ul>
          </div>
        ))}
    </details>
  );
}
