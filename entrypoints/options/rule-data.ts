import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ChosenFile, ImportProgress } from '../../components/options/RuleData';
import { getDb } from '../../utils/db';
import { loggedOnce } from '../../utils/log';
import { loadBundledData } from '../../utils/ruledata/bundled';
import {
  CMS_ORIGIN_PATTERNS,
  CMS_URLS,
  defaultCmsUrls,
  downloadItem,
  downloadItems,
} from '../../utils/ruledata/cms-download';
import {
  FromImportWorker,
  type ImportReport,
  type ToImportWorker,
} from '../../utils/ruledata/import-protocol';
import { deleteDataSet, staleDataSets } from '../../utils/ruledata/manage';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { sendToBackground } from '../../utils/send';
import { loadSetting } from '../../utils/stored-setting';
import { IMPORT_NOTICE_KEY, NEWEST_DOS_KEY } from '../background/keys';
import ImportWorker from './import-worker.ts?worker';
import { optionsProblems } from './problems';

/** Wiring for the Rule data section: the import worker, the CMS download, the data set list. */
export function useRuleData() {
  const [datasets, setDatasets] = useState<DataSetInfo[] | null>(null);
  const [staleIds, setStaleIds] = useState<string[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [downloadStatus, setDownloadStatus] = useState<string | null>(null);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [importing, setImporting] = useState<ChosenFile[]>([]);
  const [reloadStatus, setReloadStatus] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const changed = () =>
    void sendToBackground({ type: 'ruledata/changed' }).catch(
      loggedOnce('rule data: open panels were not told to check again'),
    );

  const refresh = async () => {
    const sets = await getDb()
      .datasets.toArray()
      .catch((error: unknown) => {
        optionsProblems.whenFails(
          'ClaimLens could not read its rule data (the list below may be incomplete)',
        )(error);
        return [];
      });
    sets.sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
    setDatasets(sets);
    const newest = (await browser.storage.local.get(NEWEST_DOS_KEY))[NEWEST_DOS_KEY];
    setStaleIds(staleDataSets(sets, typeof newest === 'string' ? newest : null).map((d) => d.id));
  };

  useEffect(() => {
    void refresh();
    // Data written elsewhere (the built-in sets the background loads at install, an import in the
    // worker) shows up here as it lands: Dexie tells every page of the extension about changes.
    const live = liveQuery(() => getDb().datasets.count()).subscribe({
      next: () => void refresh(),
      error: loggedOnce('rule data: the list stopped following changes made elsewhere'),
    });
    void browser.storage.local.get(IMPORT_NOTICE_KEY).then((r) => {
      if (r[IMPORT_NOTICE_KEY]) {
        setNotice(
          'An import did not finish (the browser or extension stopped during it). The data in use was not changed; import those files again.',
        );
        void browser.storage.local.remove(IMPORT_NOTICE_KEY);
      }
    });
    return () => {
      live.unsubscribe();
      worker.current?.terminate();
    };
  }, []);

  /** Imports in the worker; resolves with its reports, added to (or replacing) those shown. */
  const runImport = (files: { name: string; bytes: Uint8Array }[], append = false) =>
    new Promise<ImportReport[]>((resolve) => {
      worker.current ??= new ImportWorker();
      const w = worker.current;
      if (!append) setReports([]);
      setReloadStatus(null);
      setImporting(files.map((f) => ({ name: f.name, bytes: f.bytes.byteLength })));
      setProgress({ rows: 0, total: null, rowsPerSecond: 0, step: null, doneFiles: [] });
      w.onmessage = (event: MessageEvent) => {
        const parsed = FromImportWorker.safeParse(event.data);
        if (!parsed.success) return;
        const msg = parsed.data;
        if (msg.type === 'progress') {
          setProgress((before) => {
            // A new data set: the files of the one before it are done.
            const moved = before?.step && msg.step && before.step.index !== msg.step.index;
            const doneFiles = moved
              ? [...before.doneFiles, ...before.step!.files]
              : (before?.doneFiles ?? []);
            return {
              rows: msg.rows,
              total: msg.total,
              rowsPerSecond: msg.rowsPerSecond,
              step: msg.step,
              doneFiles,
            };
          });
          return;
        }
        setProgress(null);
        setImporting([]);
        const done = msg.type === 'done' ? msg.reports : [failedReport('Import', msg.message)];
        setReports((shown) => (append ? [...shown, ...done] : done));
        void refresh();
        changed();
        resolve(done);
      };
      const msg: ToImportWorker = { type: 'import', files };
      w.postMessage(
        msg,
        files.map((f) => f.bytes.buffer),
      );
    });

  return {
    datasets,
    staleIds,
    progress,
    importing,
    downloadStatus,
    reports,
    notice,
    reloadStatus,
    async onFiles(files: File[]) {
      void runImport(
        await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        ),
      );
    },
    onCancel() {
      worker.current?.postMessage({ type: 'cancel' } satisfies ToImportWorker);
    },
    async onDelete(id: string) {
      await deleteDataSet(getDb(), id);
      await refresh();
      changed();
    },
    async onReloadBuiltIn() {
      setReloadStatus('Reloading the built-in data…');
      try {
        const results = await loadBundledData(getDb(), async (path) => {
          const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
          if (!response.ok) throw new Error(`${path} is missing from the extension: reinstall ClaimLens`);
          return new Uint8Array(await response.arrayBuffer());
        });
        const said = results.map((r) =>
          r.status === 'loaded'
            ? `${r.label}: loaded`
            : r.status === 'already-loaded'
              ? `${r.label}: already loaded`
              : `${r.label}: your imported file is kept`,
        );
        setReloadStatus(`Built-in data reloaded. ${said.join('; ')}.`);
        await refresh();
        changed();
      } catch (error) {
        setReloadStatus(
          `Could not reload the built-in data: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    async onDownload() {
      // Asked here, on the user's click: the only hosts ClaimLens ever downloads from.
      const granted = await browser.permissions.request({ origins: CMS_ORIGIN_PATTERNS }).catch(() => false);
      if (!granted) {
        setDownloadStatus('ClaimLens was not allowed to reach cms.gov, so nothing was downloaded.');
        return;
      }
      const urls = (await loadSetting(CMS_URLS)) ?? defaultCmsUrls(new Date().toISOString().slice(0, 10));
      const items = downloadItems(urls);
      setReports([]);
      // One file at a time, each imported on its own: a file CMS renamed is reported, the rest import.
      for (const [i, item] of items.entries()) {
        setDownloadStatus(`Downloading ${item.label} (${i + 1} of ${items.length}) from cms.gov…`);
        const result = await downloadItem(item, fetch.bind(globalThis));
        if (!result.ok) {
          setReports((shown) => [
            ...shown,
            { ...failedReport(item.label, result.message), files: item.urls },
          ]);
          continue;
        }
        setDownloadStatus(`Importing ${item.label} (${i + 1} of ${items.length})…`);
        await runImport(result.files, true);
      }
      setDownloadStatus(null);
    },
  };
}

function failedReport(label: string, message: string): ImportReport {
  return { label, files: [], status: 'failed', message, rows: 0, badRows: [], badRowCount: 0 };
}
