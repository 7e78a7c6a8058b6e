import { useState } from 'preact/hooks';
import { dataChecklist } from '../../utils/ruledata/checklist';
import type { ImportReport } from '../../utils/ruledata/import-protocol';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { SeverityIcon } from '../panel/SeverityIcon';
import { DataSetTable } from './rule-data/DataSetTable';
import { type ChosenFile, type ImportProgress, ImportProgressView } from './rule-data/ImportProgressView';

export type { ChosenFile, ImportProgress } from './rule-data/ImportProgressView';

export interface RuleDataProps {
  datasets: DataSetInfo[] | null;
  /** Ids of sets older than the newest date of service seen. */
  staleIds: string[];
  progress: ImportProgress | null;
  /** The files of the import running now, with their sizes. */
  importing: ChosenFile[];
  /** What the download is doing ("Downloading 2 of 7…"), or null. */
  downloadStatus: string | null;
  reports: ImportReport[];
  notice: string | null;
  /** What reloading the built-in data did, or null. */
  reloadStatus: string | null;
  onFiles(files: File[]): void;
  onCancel(): void;
  onDelete(id: string): void;
  onDownload(): void;
  onReloadBuiltIn(): void;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Which data is loaded, what each unlocks, and what is missing (the first-run checklist). */
function Checklist({ datasets }: { datasets: DataSetInfo[] }) {
  return (
    <ul class="checklist plain" data-testid="data-checklist">
      {dataChecklist(datasets).map((r) => (
        <li key={r.kind} data-kind={r.kind} data-status={r.status}>
          <SeverityIcon severity={r.status === 'missing' ? 'could-not-check' : 'ok'} />{' '}
          <span class="label">{r.name}</span>{' '}
          <span class="status-word">
            {r.status === 'missing' ? '— missing' : r.status === 'built-in' ? '— built in' : '— loaded'}
          </span>
          <span class="muted">
            {' '}
            · {r.unlocks}
            {r.detail ? ` · ${r.detail}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The options page's "Rule data": a checklist of what is loaded and what it unlocks, one recommended
 * way to load this quarter's files (download from CMS, or drop the zips), progress per file, and
 * the loaded sets (deleting asks first; the built-in ones can be loaded again).
 */
export function RuleData(props: RuleDataProps) {
  const [dragging, setDragging] = useState(false);
  const [licence, setLicence] = useState(false);
  const busy = props.progress !== null || props.downloadStatus !== null;
  const datasets = props.datasets ?? [];
  const missing = dataChecklist(datasets).filter((r) => r.status === 'missing').length;
  const builtInMissing = dataChecklist(datasets).some(
    (r) => r.source === 'built-in' && r.status === 'missing',
  );
  return (
    <section aria-labelledby="rule-data" id="rule-data-section" class="rule-data">
      <h2 id="rule-data">Rule data</h2>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p>
        ClaimLens checks claims against data kept on this computer. ICD-10-CM, the HCPCS modifiers and the
        place-of-service codes are built in. The CMS edit files hold CPT codes (AMA licence), so you load them
        yourself, once a quarter.
      </p>
      {props.datasets === null ? <p class="muted">Loading…</p> : <Checklist datasets={datasets} />}

      <h3>{missing > 0 ? 'Load this quarter’s files' : 'Load a newer quarter'}</h3>
      <p>
        <strong>Recommended:</strong> download them from CMS with the button below. Already have the zips?
        Drop them in the box below, as downloaded.
      </p>
      <p class="muted">
        The button fetches this quarter’s files from cms.gov: NCCI PTP, MUE and add-on edits, the fee
        schedule, HCPCS, the ICD-10-CM codes of this fiscal year and the Medicare Coverage Database articles.
        Each file is imported on its own: one CMS has renamed is reported, the others still import.
      </p>
      <div class="download">
        <label class="check">
          <input type="checkbox" checked={licence} onChange={(e) => setLicence(e.currentTarget.checked)} />I
          accept the AMA CPT licence terms that CMS shows for these files (the NCCI, MUE and fee schedule
          files contain CPT codes)
        </label>
        <button
          type="button"
          class="primary"
          disabled={!licence || busy}
          onClick={props.onDownload}
          data-testid="cms-download"
        >
          Download from CMS
        </button>
        {props.downloadStatus && (
          <p role="status" data-testid="download-status">
            {props.downloadStatus}
          </p>
        )}
      </div>
      <label
        class={`dropzone${dragging ? ' dragging' : ''}${busy ? ' busy' : ''}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!busy && e.dataTransfer?.files.length) props.onFiles(Array.from(e.dataTransfer.files));
        }}
      >
        <span class="dropzone-title">Drop the CMS files here, or click to choose them</span>
        <span class="muted">
          NCCI PTP (all four zips of a release), MUE, add-on edits, PFS relative values (RVU zip), HCPCS
          (ANWEB), ICD-10-CM, Medicare Coverage Database articles (current_article.zip). Zips as downloaded;
          several at once.
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
        <ImportProgressView progress={props.progress} files={props.importing} onCancel={props.onCancel} />
      )}
      {props.reports.length > 0 && (
        <ul class="reports" aria-label="Import results" data-testid="import-reports">
          {props.reports.map((r) => (
            <li key={r.label + r.files.join()} data-status={r.status}>
              <strong>{r.label}</strong>: {r.message}
              {r.files.length > 0 ? <span class="muted"> ({r.files.join(', ')})</span> : null}
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
      {props.datasets === null ? null : datasets.length === 0 ? (
        <p>No rule data loaded: the checks that need it say “could not check”.</p>
      ) : (
        <DataSetTable datasets={datasets} staleIds={props.staleIds} onDelete={props.onDelete} />
      )}
      <p>
        <button type="button" data-testid="reload-built-in" disabled={busy} onClick={props.onReloadBuiltIn}>
          Reload built-in data
        </button>{' '}
        <span class="muted">
          {builtInMissing
            ? 'Built-in data is missing: reload it.'
            : 'ICD-10-CM, HCPCS modifiers and place-of-service codes, as shipped with ClaimLens.'}
        </span>
      </p>
      {props.reloadStatus ? (
        <p role="status" data-testid="reload-status">
          {props.reloadStatus}
        </p>
      ) : null}
    </section>
  );
}
