import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ROWS_SHOWN } from '../../components/worklist/CauseGroup';
import { Worklist } from '../../components/worklist/Worklist';
import { getDb } from '../../utils/db';
import { markDenialsChanged, watchDenialChanges } from '../../utils/denials/changes';
import { worklistCsvBlob } from '../../utils/denials/csv';
import { importEraFiles } from '../../utils/denials/era/import';
import type { WorkStatus } from '../../utils/denials/model';
import { firstRows, rebuildQueue } from '../../utils/denials/queue';
import { loadRecords, setNote, setStatus } from '../../utils/denials/store';
import { readEntries } from '../../utils/denials/summary';
import { type WorklistRow, worklistRows } from '../../utils/denials/worklist';
import { saveFile } from '../../utils/download';
import { loggedOnce } from '../../utils/log';
import { localIsoDate } from '../../utils/notes/format';
import { dueFollowUps, type FollowUpDue, markFollowUpDone } from '../../utils/notes/history';
import { loadEffectiveRuleSettings, watchPolicy } from '../../utils/policy/managed';
import { proofFileName, proofText } from '../../utils/proofs/export';
import type { ProofRecord } from '../../utils/proofs/model';
import { exportProofPicture, openProofPicture } from '../../utils/proofs/picture-actions';
import { allProofs, deleteProof, proofIdsWithPicture } from '../../utils/proofs/store';
import { RULE_SETTINGS_KEY } from '../../utils/settings';

/**
 * After the browser has drawn what was just rendered: the next frame, then the task after it (a
 * loaded machine may take a while to give the frame; a hidden tab draws none, so it does not wait).
 */
const afterPaint = () =>
  new Promise<void>((done) => {
    if (document.visibilityState === 'hidden') setTimeout(done, 0);
    else requestAnimationFrame(() => setTimeout(done, 0));
  });

/**
 * Wires the pure Worklist to IndexedDB, the settings, file reading and downloads. Opening draws the
 * most urgent rows of each cause from the queue first (a few hundred rows), then counts every claim.
 */
function App() {
  const db = getDb();
  const today = localIsoDate();
  const [rows, setRows] = useState<WorklistRow[] | null>(null);
  const [preview, setPreview] = useState<WorklistRow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [followUps, setFollowUps] = useState<FollowUpDue[]>([]);
  const [proofs, setProofs] = useState<ProofRecord[]>([]);
  const [withPicture, setWithPicture] = useState<ReadonlySet<string>>(new Set());
  // Notes and proofs are written by the side panel: both are read again when the tab comes back.
  const loadFollowUps = () =>
    Promise.all([
      dueFollowUps(db, localIsoDate()).then(setFollowUps, () => setFollowUps([])),
      allProofs(db).then(setProofs, () => setProofs([])),
      proofIdsWithPicture(db).then(setWithPicture, () => setWithPicture(new Set())),
    ]);
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

  const load = async (opening = false) => {
    try {
      performance.mark('worklist:load');
      // The biller's deadlines merged with the office policy's, as the checks use them.
      const settings = await loadEffectiveRuleSettings();
      let queueUsable = true;
      if (opening) {
        const first = await firstRows(db, settings, today, ROWS_SHOWN);
        performance.mark('worklist:first-rows-read');
        queueUsable = first !== null;
        if (first) {
          setPreview(first);
          await afterPaint();
        }
      }
      const entries = await readEntries(db);
      performance.mark('worklist:entries-read');
      setRows(worklistRows(entries, settings, today));
      performance.mark('worklist:counted');
      // The queue was computed with other deadline settings: compute it again for the next opening.
      if (!queueUsable || !opening)
        void rebuildQueue(db, settings).catch(loggedOnce('worklist: rebuild the queue'));
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
    void load(true);
    void loadFollowUps();
    // Notes are written by the side panel: look again whenever the biller comes back to this tab.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadFollowUps();
    };
    document.addEventListener('visibilitychange', onVisible);
    const stop = watchDenialChanges((stamp) => {
      if (!own.current.delete(stamp)) void load();
      // "Delete all patient data" signals here too: it takes notes and proofs with it.
      void loadFollowUps();
    });
    const onSettings = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && RULE_SETTINGS_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onSettings);
    const stopPolicy = watchPolicy(() => void load());
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
      stopPolicy();
      browser.storage.onChanged.removeListener(onSettings);
    };
  }, []);

  return (
    <Worklist
      rows={rows}
      preview={preview}
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
      followUps={followUps}
      onFollowUpDone={async (noteId) => {
        await markFollowUpDone(db, noteId, new Date().toISOString());
        setStatusText('Follow-up marked done.');
        await loadFollowUps();
      }}
      proofs={proofs}
      onExportProof={(proof) => saveFile(proofFileName(proof), proofText(proof), 'text/plain;charset=utf-8')}
      onDeleteProof={async (proof) => {
        await deleteProof(db, proof.id);
        setStatusText(`The proof of claim ${proof.claimNumber} kept on ${proof.keptOn} was deleted.`);
        await loadFollowUps();
      }}
      proofPictures={{
        withPicture,
        onOpen: (proof) => void openProofPicture(proof),
        onExport: (proof) => void exportProofPicture(db, proof).then(setStatusText),
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<App />, document.getElementById('app')!);
