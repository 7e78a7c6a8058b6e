import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NoteStatus } from '../../components/panel/NotePanel';
import { SidePanel } from '../../components/SidePanel';
import type { Finding } from '../../utils/model/finding';
import {
  addNote,
  loadNoteSettings,
  type NoteSettings,
  noteContext,
  renderNote,
  templateFor,
} from '../../utils/notes';
import { isPortalUrl } from '../../utils/portals/hosts';
import { hostToAdd, userHostPattern } from '../../utils/portals/user-hosts';
import { claimKey, type DismissalRecord, getDb } from '../../utils/ruledata/db';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { describeCarc } from '../../utils/rules/denial/carc';
import { describeRarc } from '../../utils/rules/denial/rarc';
import { loadUserHosts } from '../../utils/settings';
import { copyText } from './clipboard';
import { useServedTab } from './use-tab';

const today = () => new Date().toISOString().slice(0, 10);
const describeCode = (kind: 'carc' | 'rarc', code: string) =>
  (kind === 'carc' ? describeCarc(code) : describeRarc(code))?.short;

function App() {
  const { tabId, url, state, snapshot, findings } = useServedTab();
  const [datasets, setDatasets] = useState<DataSetInfo[]>([]);
  const [dismissals, setDismissals] = useState<DismissalRecord[]>([]);
  const [noteSettings, setNoteSettings] = useState<NoteSettings | null>(null);
  const [noteStatus, setNoteStatus] = useState<NoteStatus>('idle');
  const [userHosts, setUserHosts] = useState<string[]>([]);
  const [readSiteMessage, setReadSiteMessage] = useState<string | null>(null);
  const db = getDb();
  const claimNumbers = (snapshot?.claims ?? []).map((c) => c.claimNumber).filter((c): c is string => !!c);

  useEffect(() => {
    void db.datasets
      .toArray()
      .then(setDatasets)
      .catch(() => setDatasets([]));
    void loadNoteSettings().then(setNoteSettings);
    void loadUserHosts().then(setUserHosts);
  }, [state?.updatedAt]);

  const claimKeys = claimNumbers.map(claimKey).join(',');
  const refreshDismissals = () =>
    db.dismissals
      .where('claimNumber')
      .anyOf(claimNumbers)
      .toArray()
      .then(setDismissals)
      .catch(() => setDismissals([]));
  useEffect(() => {
    void refreshDismissals();
  }, [claimKeys]);

  const note = useMemo(() => {
    if (!snapshot || !noteSettings || snapshot.kind === 'unknown') return null;
    const template = templateFor(snapshot.kind, noteSettings.templates);
    return renderNote(
      template,
      noteContext(snapshot, findings, { today: today(), initials: noteSettings.initials, describeCode }),
    );
  }, [snapshot, findings, noteSettings]);

  const copyNote = async () => {
    if (!note || !snapshot) return;
    const ok = await copyText(note);
    setNoteStatus(ok ? 'copied' : 'failed');
    if (ok) {
      await addNote(db, {
        claimNumber: snapshot.claims[0]?.claimNumber ?? '',
        portal: snapshot.portal,
        kind: snapshot.kind,
        text: note,
        createdAt: new Date().toISOString(),
      }).catch(() => undefined);
    }
  };

  useEffect(() => {
    const onCommand = (command: string) => {
      if (command === 'copy-note') void copyNote();
    };
    browser.commands?.onCommand.addListener(onCommand);
    return () => browser.commands?.onCommand.removeListener(onCommand);
  });

  const addable = hostToAdd(url);
  return (
    <>
      <SidePanel
        snapshot={snapshot}
        findings={findings}
        datasets={datasets}
        dismissals={dismissals}
        today={today()}
        ruleDataMissing={!datasets.some((d) => !d.bundled)}
        portalSupported={url === undefined || isPortalUrl(url, userHosts)}
        hostName={addable.host}
        notePreview={note}
        noteStatus={noteStatus}
        onCopyNote={() => void copyNote()}
        onDismiss={(finding: Finding, reason, target) => {
          const record: DismissalRecord = {
            id: target.id,
            claimNumber: target.claimNumber,
            rule: finding.rule,
            lines: finding.lines,
            reason,
            dismissedAt: new Date().toISOString(),
          };
          void db.dismissals.put(record).then(refreshDismissals);
        }}
        onUndoDismiss={(id) => void db.dismissals.delete(id).then(refreshDismissals)}
        onReread={
          tabId === null ? undefined : () => void browser.runtime.sendMessage({ type: 'panel/reread', tabId })
        }
        onReadThisSite={
          addable.host
            ? () => {
                const host = addable.host;
                // The permission prompt must come from this click: exactly this host, nothing wider.
                void browser.permissions
                  .request({ origins: [userHostPattern(host)] })
                  .then(async (granted) => {
                    if (!granted) {
                      setReadSiteMessage(`ClaimLens was not allowed to read ${host}.`);
                      return;
                    }
                    await browser.runtime.sendMessage({ type: 'panel/add-portal', host, tabId });
                    setUserHosts(await loadUserHosts());
                    setReadSiteMessage(`ClaimLens now reads ${host}.`);
                  });
              }
            : undefined
        }
        onOpenOptions={(section) =>
          void browser.tabs.create({
            url: browser.runtime.getURL(`/options.html${section ? `#${section}` : ''}`),
          })
        }
      />
      {state?.problem && (
        <p class="panel problem" role="alert">
          {state.problem}
        </p>
      )}
      {readSiteMessage && (
        <p class="panel" role="status">
          {readSiteMessage}
        </p>
      )}
    </>
  );
}

render(<App />, document.getElementById('app')!);
