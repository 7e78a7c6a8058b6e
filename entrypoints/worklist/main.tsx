import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Worklist } from '../../components/worklist/Worklist';
import { getDb } from '../../utils/db';
import { markDenialsChanged, watchDenialChanges } from '../../utils/denials/changes';
import { worklistCsvBlob } from '../../utils/denials/csv';
import { importEraFiles } from '../../utils/denials/era/import';
import type { WorkStatus } from '../../utils/denials/model';
import { loadRecords, setNote, setStatus } from '../../utils/denials/store';
import { readEntries } from '../../utils/denials/summary';
import { type WorklistRow, worklistRows } from '../../utils/denials/worklist';
import { saveFile } from '../../utils/download';
import { localIsoDate } from '../../utils/notes/format';
import { loadRuleSettings, RULE_SETTINGS_KEY } from '../../utils/settings';

/** Wires the pure Worklist to IndexedDB, the settings, file reading and downloads. */
function App() {
  const db = getDb();
  const today = localIsoDate();
  const [rows, setRows] = useState<WorklistRow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatusText] = useState<string | null>(null);
  const [era, setEra] = useState<{
    busy: boolean;
    message: { kind: 'success' | 'error'; text: string } | null;
  }>({
    busy: false,
    message: null,
  });
  // Changes this page made itself are already on screen: do not reload for them.
  const own = useRef(new Set<string>());

  const load = async () => {
    try {
      const [entries, settings] = await Promise.all([readEntries(db), loadRuleSettings()]);
      setRows(worklistRows(entries, settings, today));
    } catch (error) {
      setProblem(`The worklist could not be read: ${error instanceof Error ? error.message : String(error)}`);
      setRows([]);
    }
  };
  const changed = async () => {
    own.current.add(await markDenialsChanged());
    await load();
  };

  useEffect(() => {
    void load();
    const stop = watchDenialChanges((stamp) => {
      if (!own.current.delete(stamp)) void load();
    });
    const onSettings = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && RULE_SETTINGS_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onSettings);
    return () => {
      stop();
      browser.storage.onChanged.removeListener(onSettings);
    };
  }, []);

  return (
    <Worklist
      rows={rows}
      today={today}
      problem={problem}
      status={status}
      era={era}
      onFiles={async (files) => {
        setEra({ busy: true, message: null });
        const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
        const result = await importEraFiles(db, texts, localIsoDate(), new Date().toISOString());
        if (!result.ok) {
          const where = result.file ? `${result.file} was refused: ` : '';
          setEra({
            busy: false,
            message: { kind: 'error', text: `${where}${result.message} Nothing was added.` },
          });
          return;
        }
        const claims = result.files.reduce((n, f) => n + f.claims, 0);
        const { added, updated, paid } = result.counts;
        setEra({
          busy: false,
          message: {
            kind: 'success',
            text: `Read ${files.length} file${files.length === 1 ? '' : 's'} with ${claims} claims: ${added} denied claims added, ${updated} updated, ${paid} now paid.`,
          },
        });
        await changed();
      }}
      onStatus={async (ids, next: WorkStatus) => {
        const n = await setStatus(db, ids, next, new Date().toISOString());
        setStatusText(`${n} claim${n === 1 ? '' : 's'} set to ${next.replace('-', ' ')}.`);
        await changed();
      }}
      onNote={async (id, note) => {
        await setNote(db, id, note);
        setStatusText('Note saved.');
        await changed();
      }}
      onExport={async (shown) => {
        // The list holds what it shows; the export reads the whole records (lines, notes, dates).
        const records = new Map(
          (
            await loadRecords(
              db,
              shown.map((r) => r.record.id),
            )
          ).map((r) => [r.id, r]),
        );
        const rows = shown.flatMap((row) => {
          const record = records.get(row.record.id);
          return record ? [{ ...row, record }] : [];
        });
        saveFile(`claimlens-denials-${today}.csv`, worklistCsvBlob(rows));
      }}
      loadRecord={(id) => db.denials.get(id)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<App />, document.getElementById('app')!);
