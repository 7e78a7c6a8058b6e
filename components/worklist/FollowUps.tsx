import type { FollowUpDue } from '../../utils/notes/history';

/**
 * Claims whose follow-up date has come ("follow up today", "overdue"), above the denials: set with a
 * note in the side panel, denied or not (pending claims need chasing too). "Done" drops one.
 */
export interface FollowUpsProps {
  due: readonly FollowUpDue[];
  onDone: (noteId: number) => void;
}

const PORTAL_NAMES: Record<string, string> = { uhc: 'UnitedHealthcare', 'office-ally': 'Office Ally' };
const portalName = (p: string) => PORTAL_NAMES[p] ?? p.charAt(0).toUpperCase() + p.slice(1);
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

export function FollowUps({ due, onDone }: FollowUpsProps) {
  if (due.length === 0) return null;
  return (
    <section class="follow-ups" aria-labelledby="follow-ups-h" data-testid="follow-ups">
      <h2 id="follow-ups-h">
        Follow-ups due <span class="muted">— {due.length}</span>
      </h2>
      <table class="worklist-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Follow up</th>
            <th scope="col">Next step</th>
            <th scope="col">Last call</th>
            <th scope="col">
              <span class="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {due.map(({ note, followUp, state, daysOver }) => (
            <tr key={note.id} data-follow-up={note.claimNumber} data-state={state}>
              <th scope="row">
                {note.claimNumber} <span class="muted">({portalName(note.portal)})</span>
              </th>
              <td class={state === 'overdue' ? 'due-past' : 'due-soon'}>
                {usDate(followUp)}{' '}
                {state === 'due-today'
                  ? 'follow up today'
                  : `overdue by ${daysOver} day${daysOver === 1 ? '' : 's'}`}
              </td>
              <td>{note.nextStep ?? <span class="muted">—</span>}</td>
              <td>
                {note.createdAt.slice(0, 10)}
                {note.callRef ? `, ref ${note.callRef}` : ''}
                {note.repName ? `, ${note.repName}` : ''}
              </td>
              <td>
                <button
                  type="button"
                  class="quiet small"
                  aria-label={`Follow-up of claim ${note.claimNumber} done`}
                  onClick={() => note.id !== undefined && onDone(note.id)}
                >
                  Done
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
