import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataSetInfo } from '../../../utils/ruledata/types';
import { mb } from './ImportProgressView';

const fmt = (n: number) => n.toLocaleString('en-US');

interface Props {
  datasets: DataSetInfo[];
  staleIds: string[];
  onDelete(id: string): void;
}

/** What deleting costs, said before it happens. */
function consequence(d: DataSetInfo): string {
  return d.bundled
    ? 'The checks that use it will say “could not check” until you reload the built-in data.'
    : 'The checks that use it will say “could not check” until you import its files again.';
}

/** The loaded data sets, each with its vintage, size and a Delete that asks first. */
export function DataSetTable({ datasets, staleIds, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (returnTo.current) {
      deleteButtons.current.get(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [confirming]);
  return (
    <table class="datasets">
      <thead>
        <tr>
          <th scope="col">Data set</th>
          <th scope="col">Effective</th>
          <th scope="col">Rows</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {datasets.map((d) => (
          <tr key={d.id} data-dataset={d.kind} data-bundled={d.bundled ? 'true' : undefined}>
            <td>
              {d.label}
              {d.bundled ? <span class="muted"> (built in)</span> : null}
              {staleIds.includes(d.id) && (
                <span class="stale" data-testid="stale-warning">
                  {' '}
                  — older than the newest dates of service seen: import this quarter’s release
                </span>
              )}
              {confirming === d.id ? (
                <p class="confirm" data-testid="confirm-delete">
                  Delete {d.label} ({fmt(d.rows)} {d.kind === 'icd10cm' ? 'codes' : 'rows'})? {consequence(d)}{' '}
                  <button
                    type="button"
                    class="danger"
                    data-testid="confirm-delete-yes"
                    onClick={() => {
                      setConfirming(null);
                      onDelete(d.id);
                    }}
                  >
                    Delete
                  </button>{' '}
                  <button
                    type="button"
                    ref={keep}
                    onClick={() => {
                      returnTo.current = d.id;
                      setConfirming(null);
                    }}
                  >
                    Keep it
                  </button>
                </p>
              ) : null}
            </td>
            <td>{d.effectiveFrom}</td>
            <td>{fmt(d.rows)}</td>
            <td>{mb(d.storedBytes)}</td>
            <td>
              <button
                type="button"
                ref={(el) => {
                  if (el) deleteButtons.current.set(d.id, el);
                }}
                aria-label={`Delete ${d.label}`}
                aria-expanded={confirming === d.id}
                onClick={() => setConfirming(d.id)}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
