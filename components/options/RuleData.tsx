import { useState } from 'preact/hooks';
import type { ImportReport } from '../../utils/ruledata/import-protocol';
import type { DataSetInfo } from '../../utils/ruledata/types';

export interface ImportProgress {
  rows: number;
  total: number | null;
  rowsPerSecond: number;
}

export interface RuleDataProps {
  datasets: DataSetInfo[] | null;
  /** Ids of sets older than the newest date of service seen. */
  staleIds: string[];
  progress: ImportProgress | null;
  /** What the download is doing ("Downloading 2 of 7…"), or null. */
  downloadStatus: string | null;
  reports: ImportReport[];
  notice: string | null;
  onFiles(files: File[]): void;
  onCancel(): void;
  onDelete(id: string): void;
  onDownload(): void;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The options page's "Rule data": import CMS files, see what is loaded and how old, download from CMS. */
export function RuleData(props: RuleDataProps) {
  const [dragging, setDragging] = useState(false);
  const [licence, setLicence] = useState(false);
  const busy = props.progress !== null || props.downloadStatus !== null;
  return (
    <section aria-labelledby="rule-data" id="rule-data-section">
      <h2 id="rule-data">Rule data</h2>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <label
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (e.dataTransfer?.files.length) props.onFiles(Array.from(e.dataTransfer.files));
        }}
      >
        <span>
          Drop the CMS files here, or choose them: NCCI PTP (all four zips), MUE, add-on edits, PFS relative
          values (RVU zip), HCPCS, ICD-10-CM, Medicare Coverage Database articles (current_article.zip). Zips
          can be dropped as downloaded.
        </span>
        <input
          type="file"
          multiple
          accept=".zip,.txt,.csv,.gz,.xlsx"
          data-testid="rule-files"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            if (input.files?.length) props.onFiles(Array.from(input.files));
            input.value = '';
          }}
        />
      </label>
      {props.progress && (
        <div class="progress" role="status" aria-live="polite">
          <progress
            max={props.progress.total ?? undefined}
            value={props.progress.total ? props.progress.rows : undefined}
            aria-label="Import progress"
          />
          <span data-testid="import-progress">
            {fmt(props.progress.rows)} rows · {fmt(props.progress.rowsPerSecond)} rows/s
          </span>
          <button type="button" onClick={props.onCancel}>
            Cancel import
          </button>
        </div>
      )}
      {props.reports.length > 0 && (
        <ul class="reports" aria-label="Import results" data-testid="import-reports">
          {props.reports.map((r) => (
            <li key={r.label + r.files.join()} data-status={r.status}>
              <strong>{r.label}</strong>: {r.message}
              {r.badRowCount > 0 && (
                <details>
                  <summary>{fmt(r.badRowCount)} rows skipped</summary>
                  <ul>
                    {r.badRows.map((b) => (
                      <li key={`${b.file}:${b.line}`}>
                        {b.file}, line {b.line}: {b.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Loaded</h3>
      {props.datasets === null ? (
        <p class="muted">Loading…</p>
      ) : props.datasets.length === 0 ? (
        <p>No rule data loaded yet: the checks that need it say “could not check”.</p>
      ) : (
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
            {props.datasets.map((d) => (
              <tr key={d.id} data-dataset={d.kind}>
                <td>
                  {d.label}
                  {d.bundled ? <span class="muted"> (built in)</span> : null}
                  {props.staleIds.includes(d.id) && (
                    <span class="stale" data-testid="stale-warning">
                      {' '}
                      — older than the newest dates of service seen: import this quarter’s release
                    </span>
                  )}
                </td>
                <td>{d.effectiveFrom}</td>
                <td>{fmt(d.rows)}</td>
                <td>{mb(d.storedBytes)}</td>
                <td>
                  <button type="button" onClick={() => props.onDelete(d.id)} aria-label={`Delete ${d.label}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Download from CMS</h3>
      <p>
        ClaimLens can fetch this quarter’s files from cms.gov for you: NCCI PTP, MUE and add-on edits, the fee
        schedule, HCPCS, the ICD-10-CM codes of this fiscal year and the Medicare Coverage Database articles.
        Each file is imported on its own: one CMS has renamed is reported, the others still import. These
        files contain CPT codes licensed by the AMA: CMS asks you to accept that licence before downloading.
      </p>
      <label class="check">
        <input type="checkbox" checked={licence} onChange={(e) => setLicence(e.currentTarget.checked)} />I
        accept the AMA CPT licence terms that CMS shows for these files
      </label>
      <button type="button" disabled={!licence || busy} onClick={props.onDownload} data-testid="cms-download">
        Download from CMS
      </button>
      {props.downloadStatus && (
        <p role="status" data-testid="download-status">
          {props.downloadStatus}
        </p>
      )}
    </section>
  );
}
