import type { ImportStep } from '../../../utils/ruledata/import';

export interface ImportProgress {
  rows: number;
  total: number | null;
  rowsPerSecond: number;
  /** The data set being imported; null while the files are still being opened and recognised. */
  step: ImportStep | null;
  /** Files of the data sets already done. */
  doneFiles: string[];
}

export interface ChosenFile {
  name: string;
  bytes: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');
export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * An import as it runs: which data set of how many, its rows against its total, and every file
 * picked with where it stands (done, importing, waiting). Announced politely.
 */
export function ImportProgressView({
  progress,
  files,
  onCancel,
}: {
  progress: ImportProgress;
  files: ChosenFile[];
  onCancel: () => void;
}) {
  const { step, rows, total } = progress;
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const headline = step
    ? `Importing ${step.index + 1} of ${step.count}: ${step.label}`
    : `Reading ${files.length} ${files.length === 1 ? 'file' : 'files'} (${mb(totalBytes)})…`;
  const counted = step
    ? total
      ? `${fmt(rows)} of ${fmt(total)} rows`
      : rows > 0
        ? `${fmt(rows)} rows read`
        : 'starting…'
    : '';
  const speed =
    step && progress.rowsPerSecond > 0 && rows > 0 ? ` · ${fmt(progress.rowsPerSecond)} rows/s` : '';
  const stateOf = (name: string) =>
    progress.doneFiles.includes(name) ? 'done' : step?.files.includes(name) ? 'importing' : 'waiting';
  return (
    <div class="progress" role="status" aria-live="polite">
      <p class="label" data-testid="import-step">
        {headline}
      </p>
      <progress
        max={total ?? undefined}
        value={total ? rows : undefined}
        aria-label={step ? `${step.label}: import progress` : 'Reading the files'}
      />{' '}
      <span data-testid="import-progress">
        {counted}
        {speed}
      </span>
      <ul class="import-files plain">
        {files.map((f) => {
          const state = stateOf(f.name);
          return (
            <li key={f.name} data-file-state={state}>
              <span aria-hidden="true">{state === 'done' ? '✔ ' : state === 'importing' ? '▶ ' : '· '}</span>
              {f.name} <span class="muted">({mb(f.bytes)})</span>{' '}
              <span class="muted">
                {state === 'done' ? 'done' : state === 'importing' ? 'importing' : 'waiting'}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
