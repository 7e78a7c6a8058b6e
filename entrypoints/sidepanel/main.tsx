import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NoteHistory } from '../../components/panel/NoteHistory';
import type { NoteStatus } from '../../components/panel/NotePanel';
import { SidePanel } from '../../components/SidePanel';
import { saveFile } from '../../utils/download';
import type { Finding } from '../../utils/model/finding';
import {
  addNote,
  composeNote,
  hasNoteContent,
  type NoteSettings,
  notesCsvBlob,
  searchNotes,
} from '../../utils/notes';
import { localIsoDate } from '../../utils/notes/format';
import { dismissalId } from '../../utils/panel/dismissals';
import { loadEffectiveNoteSettings } from '../../utils/policy/managed';
import { isPortalUrl } from '../../utils/portals/hosts';
import { hostToAdd, userHostPattern } from '../../utils/portals/user-hosts';
import { type DismissalRecord, getDb, type NoteRecord } from '../../utils/ruledata/db';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { shortMeaning as describeCode } from '../../utils/rules/denial/short';
import { sendToBackground } from '../../utils/send';
import { loadUserHosts } from '../../utils/settings';
import { copyText } from './clipboard';
import { useServedTab } from './use-tab';

const today = () => localIsoDate(new Date());

/** Wires the pure SidePanel to the browser: tab state, IndexedDB (dismissals, notes), clipboard. */
function App() {
  const { tabId, url, state, snapshot, findings } = useServedTab();
  const db = getDb();
  const [datasets, setDatasets] = useState<DataSetInfo[]>([]);
  const [dismissals, setDismissals] = useState<DismissalRecord[]>([]);
  const [noteSettings, setNoteSettings] = useState<NoteSettings | null>(null);
  const [noteStatus, setNoteStatus] = useState<NoteStatus>('idle');
  const [userHosts, setUserHosts] = useState<string[]>([]);
  const [statusMessage, setStatusMessage] = useState<string | null>(null);
  const [history, setHistory] = useState<NoteRecord[]>([]);
  const [historyQuery, setHistoryQuery] = useState<string | null>(null);
  const claimNumbers = (snapshot?.claims ?? []).map((c) => c.claimNumber).filter((c): c is string => !!c);
  const query = historyQuery ?? claimNumbers[0] ?? '';

  /** A read the biller would miss (rule data, dismissals, notes): the panel says it failed, never "none". */
  const failed = (what: string) => (error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    setStatusMessage(`${what}: ${why.slice(0, 200)}`);
  };

  useEffect(() => {
    void db.datasets.toArray().then(setDatasets, failed('ClaimLens could not read its rule data'));
    void loadEffectiveNoteSettings().then(setNoteSettings);
    void loadUserHosts().then(setUserHosts);
  }, [state?.updatedAt]);

  const refreshDismissals = () =>
    db.dismissals
      .where('claimNumber')
      .anyOf(claimNumbers)
      .toArray()
      .then(setDismissals, failed('ClaimLens could not read the dismissed findings of this claim'));
  useEffect(() => {
    void refreshDismissals();
  }, [claimNumbers.join(',')]);

  const refreshHistory = () =>
    searchNotes(db, query).then(setHistory, failed('ClaimLens could not read the notes kept for this claim'));
  useEffect(() => {
    void refreshHistory();
  }, [query]);

  const note = useMemo(
    () =>
      snapshot && noteSettings && hasNoteContent(snapshot)
        ? composeNote(snapshot, findings, noteSettings, { describeCode })
        : null,
    [snapshot, findings, noteSettings],
  );

  const copyNote = async () => {
    if (!snapshot || !noteSettings || !hasNoteContent(snapshot)) return;
    // Composed again at the moment of copying, so the note's date is the copy's.
    const fresh = composeNote(snapshot, findings, noteSettings, { describeCode });
    const ok = await copyText(fresh.text);
    setNoteStatus(ok ? 'copied' : 'failed');
    if (!ok) return;
    await addNote(db, fresh.record).then(refreshHistory, (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      setStatusMessage(
        `The note was copied, but ClaimLens could not keep it in this claim's history: ${why}`,
      );
    });
  };

  useEffect(() => {
    const onCommand = (command: string) => {
      if (command === 'copy-note') void copyNote();
    };
    browser.commands?.onCommand.addListener(onCommand);
    return () => browser.commands?.onCommand.removeListener(onCommand);
  });

  const addable = hostToAdd(url);
  const readThisSite = (host: string) => {
    // The permission prompt comes from this click and names exactly this host, nothing wider.
    void browser.permissions.request({ origins: [userHostPattern(host)] }).then(async (granted) => {
      if (!granted) {
        setStatusMessage(`ClaimLens was not allowed to read ${host}.`);
        return;
      }
      const answer = await sendToBackground({ type: 'panel/add-portal', host, tabId }).catch(
        (error: unknown) => ({
          ok: false,
          message: `ClaimLens could not add ${host}: ${String(error)}`,
        }),
      );
      setUserHosts(await loadUserHosts());
      setStatusMessage(answer?.message ?? `ClaimLens now reads ${host}.`);
    });
  };

  return (
    <SidePanel
      snapshot={snapshot}
      findings={findings}
      datasets={datasets}
      dismissals={dismissals}
      today={today()}
      ruleDataMissing={!datasets.some((d) => !d.bundled)}
      portalSupported={url === undefined || isPortalUrl(url, userHosts)}
      hostName={addable.host}
      emptyReason={
        addable.host === null && url !== undefined && !isPortalUrl(url, userHosts) ? addable.reason : null
      }
      problem={state?.problem ?? null}
      statusMessage={statusMessage}
      notePreview={note?.text ?? null}
      noteStatus={noteStatus}
      historySlot={
        <NoteHistory
          notes={history}
          initialQuery={query}
          onQueryChange={setHistoryQuery}
          onCopy={(n) => void copyText(n.text)}
          onExport={(notes) => saveFile(`claimlens-notes-${today()}.csv`, notesCsvBlob(notes))}
        />
      }
      onCopyNote={() => void copyNote()}
      onDismiss={(finding: Finding, reason, target) => {
        const record: DismissalRecord = {
          id: target.id || dismissalId(target.claimNumber, finding),
          claimNumber: target.claimNumber,
          rule: finding.rule,
          lines: finding.lines,
          reason,
          dismissedAt: new Date().toISOString(),
        };
        void db.dismissals
          .put(record)
          .then(refreshDismissals, failed('ClaimLens could not keep this dismissal'));
      }}
      onUndoDismiss={(id) =>
        void db.dismissals
          .delete(id)
          .then(refreshDismissals, failed('ClaimLens could not undo this dismissal'))
      }
      onReread={tabId === null ? undefined : () => void sendToBackground({ type: 'panel/reread', tabId })}
      onReadThisSite={addable.host ? () => readThisSite(addable.host) : undefined}
      onOpenOptions={(section) =>
        void browser.tabs.create({
          url: browser.runtime.getURL(`/options.html${section ? `#${section}` : ''}`),
        })
      }
    />
  );
}

render(<App />, document.getElementById('app')!);
