import type { ReadReport, UnreadField } from '../../utils/model/snapshot';

/** Claim parts a page did not show, in the biller's words. */
export const UNREAD_LABEL: Record<UnreadField, string> = {
  diagnoses: 'Diagnoses',
  diagnosisPointers: 'Diagnosis pointers',
  modifiers: 'Modifiers',
  priorAuthorization: 'Authorization number',
};

/** "Claim number: from “payer claim control #”" → ["Claim number", "from “payer claim control #”"]. */
function fieldAndHow(note: string): [string, string] {
  const at = note.indexOf(': ');
  return at > 0 && at < 40 ? [note.slice(0, at), note.slice(at + 2)] : ['', note];
}

/**
 * On a page that was read, still say how: which parts could not be read, which fallbacks were used,
 * what the generic reader is unsure of, field by field (with how sure it is of the page kind), and
 * which parts of the claim the page did not show (their checks say "could not check").
 * Collapsed unless something could not be read, so a clean read stays quiet.
 */
export function ReadNotes({ read, unread = [] }: { read: ReadReport; unread?: UnreadField[] }) {
  const generic = read.adapter === 'generic' || read.adapter.startsWith('generic/');
  if (!generic && read.problems.length === 0 && read.fallbacks.length === 0 && read.unsure.length === 0) {
    return null;
  }
  const lists: [string, string[]][] = [
    ['Could not read', read.problems],
    ['Read another way', read.fallbacks],
  ];
  const sure = read.kindConfidence === null ? null : Math.round(read.kindConfidence * 100);
  return (
    <details class="read-notes" data-testid="read-notes" open={read.problems.length > 0}>
      <summary>
        {read.problems.length > 0
          ? 'Could not read all of this page'
          : generic
            ? `Read by the generic reader${sure === null ? '' : ` (page kind ${sure}% sure)`}: check against the page`
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
      {read.unsure.length > 0 ? (
        <div>
          <p class="label">Not sure of:</p>
          <dl class="read-fields" data-testid="unsure-fields">
            {read.unsure.map((note, i) => {
              const [field, how] = fieldAndHow(note);
              return (
                <div key={`${i}-${note}`}>
                  <dt>{field}</dt>
                  <dd>{how}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      ) : null}
      {unread.length > 0 ? (
        <p data-testid="unread-parts">
          Not on this page: {unread.map((u) => UNREAD_LABEL[u]).join(', ')}. Checks that need them say “could
          not check”.
        </p>
      ) : null}
    </details>
  );
}
