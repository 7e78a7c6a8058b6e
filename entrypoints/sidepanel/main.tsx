import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RULE_LABELS } from '../../components/options/rule-labels';
import { FollowUpFields } from '../../components/panel/FollowUpFields';
import type { NoteStatus } from '../../components/panel/NoteBar';
import { NoteHistory } from '../../components/panel/NoteHistory';
import { Teach } from '../../components/panel/Teach';
import { SidePanel } from '../../components/SidePanel';
import { getDb } from '../../utils/db';
import { saveFile } from '../../utils/download';
import { logOnce } from '../../utils/log';
import type { Finding } from '../../utils/model/finding';
import {
  addNote,
  checkFollowUp,
  composeNote,
  EMPTY_FOLLOW_UP,
  type FollowUpFields as FollowUpValues,
  hasNoteContent,
  type NoteSettings,
  nextStepText,
  notesCsvBlob,
  searchNotes,
} from '../../utils/notes';
import { updateDraftAction } from '../../utils/notes/draft';
import { localIsoDate } from '../../utils/notes/format';
import type { NoteRecord } from '../../utils/notes/history';
import type { DismissalRecord } from '../../utils/panel/dismissals';
import { dismissKeyOf, firstNeedingAttention, noteFindings } from '../../utils/panel/view';
import {
  editRuleSettings,
  loadEffectiveNoteSettings,
  loadEffectiveRuleSettings,
} from '../../utils/policy/managed';
import { isPortalUrl } from '../../utils/portals/hosts';
import { withPortalPayer } from '../../utils/portals/portal-payer';
import { hostToAdd, userHostPattern } from '../../utils/portals/user-hosts';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { shortMeaning as describeCode } from '../../utils/rules/denial/short';
import type { RuleSettings } from '../../utils/rules/settings';
import { filingLimitDaysFor, setFilingLimitForPayer, turnOffForPayer } from '../../utils/rules/settings-edit';
import { sendToBackground } from '../../utils/send';
import { loadRuleSettings, loadUserHosts, saveRuleSettings } from '../../utils/settings';
import { primaryFrameId } from '../../utils/tabstate';
import { copyText } from './clipboard';
import { HistoryProofs } from './history-proofs';
import { ProofSlot } from './proof-slot';
import { useCopyRequest } from './use-copy-request';
import { useServedTab } from './use-tab';
import { useTeach } from './use-teach';

const today = () => localIsoDate(new Date());

/** The copy shortcut as the browser has it now (the biller may have changed or removed it). */
async function copyShortcut(): Promise<string | null> {
  const commands = await browser.commands?.getAll().catch((error: unknown) => {
    logOnce('panel: could not read the copy shortcut', error);
    return [];
  });
  return commands?.find((c) => c.name === 'copy-note')?.shortcut || null;
}

/** Wires the pure SidePanel to the browser: tab state, IndexedDB (dismissals, notes), clipboard, settings. */
function App() {
  const { tabId, url, state, snapshot, findings } = useServedTab();
  const db = getDb();
  const [datasets, setDatasets] = useState<DataSetInfo[]>([]);
  const [dismissals, setDismissals] = useState<DismissalRecord[]>([]);
  const [noteSettings, setNoteSettings] = useState<NoteSettings | null>(null);
  const [ruleSettings, setRuleSettings] = useState<RuleSettings | null>(null);
  const [noteStatus, setNoteStatus] = useState<NoteStatus>('idle');
  const [userHosts, setUserHosts] = useState<string[]>([]);
  const [statusMessage, setStatusMessage] = useState<string | null>(null);
  const [statusUndo, setStatusUndo] = useState<(() => void) | null>(null);
  const [history, setHistory] = useState<NoteRecord[]>([]);
  const [historyQuery, setHistoryQuery] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState<FollowUpValues>(EMPTY_FOLLOW_UP);
  const [followUpProblem, setFollowUpProblem] = useState<{
    field: keyof FollowUpValues;
    message: string;
  } | null>(null);
  const checkedFollowUp = checkFollowUp(followUp);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [actionTaken, setActionTaken] = useState('');
  const teach = useTeach(tabId, url, snapshot);

  // A new page (or a new list) starts from its first claim needing attention, with a fresh note.
  const pageKey = `${snapshot?.url ?? ''}|${(snapshot?.claims ?? []).map((c) => c.claimNumber).join(',')}`;
  useEffect(() => {
    setSelected(null);
    setDraft(null);
    setActionTaken('');
    setFollowUp(EMPTY_FOLLOW_UP);
    setFollowUpProblem(null);
    setNoteStatus('idle');
  }, [pageKey]);
  // Cheap on a 2,000-claim list: the panel itself builds the full view.
  const fallback = useMemo(
    () => (snapshot ? firstNeedingAttention(snapshot, findings, dismissals) : null),
    [snapshot, findings, dismissals],
  );
  const claimIndex = selected ?? fallback;
  const dismissKeys = (snapshot?.claims ?? [])
    .map((c) => dismissKeyOf(snapshot!, c))
    .filter((k): k is string => !!k);
  const claimNumbers = (snapshot?.claims ?? []).map((c) => c.claimNumber).filter((c): c is string => !!c);
  const selectedNumber = claimIndex === null ? null : (snapshot?.claims[claimIndex]?.claimNumber ?? null);
  const query = historyQuery ?? selectedNumber ?? claimNumbers[0] ?? '';

  /** A read the biller would miss (rule data, dismissals, notes): the panel says it failed, never "none". */
  const failed = (what: string) => (error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    setStatusMessage(`${what}: ${why.slice(0, 200)}`);
  };

  useEffect(() => {
    void db.datasets.toArray().then(setDatasets, failed('ClaimLens could not read its rule data'));
    void loadEffectiveNoteSettings().then(setNoteSettings);
    void loadEffectiveRuleSettings().then(setRuleSettings);
    void loadUserHosts().then(setUserHosts);
    void copyShortcut().then(setShortcut);
  }, [state?.updatedAt]);

  const refreshDismissals = () =>
    db.dismissals
      .where('claimNumber')
      .anyOf(dismissKeys)
      .toArray()
      .then(setDismissals, failed('ClaimLens could not read the dismissed findings of this claim'));
  useEffect(() => {
    void refreshDismissals();
  }, [dismissKeys.join(',')]);

  const refreshHistory = () =>
    searchNotes(db, query).then(setHistory, failed('ClaimLens could not read the notes kept for this claim'));
  useEffect(() => {
    void refreshHistory();
  }, [query]);

  /** The note for the claim picked, from what still stands (dismissed findings are left out). */
  const compose = (now?: Date, fields = checkedFollowUp.ok ? checkedFollowUp.value : undefined) =>
    snapshot && noteSettings && hasNoteContent(snapshot)
      ? composeNote(
          withPortalPayer(snapshot),
          noteFindings(snapshot, findings, dismissals, claimIndex),
          noteSettings,
          {
            now,
            claimIndex: claimIndex ?? 0,
            describeCode,
            actionTaken,
            followUp: fields,
          },
        )
      : null;
  const note = useMemo(
    () => compose(),
    [snapshot, findings, dismissals, noteSettings, claimIndex, actionTaken, followUp],
  );

  const copyNote = async () => {
    // What was typed is checked first: a refused field keeps its text and says why; nothing is copied.
    const checked = checkFollowUp(followUp);
    if (!checked.ok) {
      setFollowUpProblem({ field: checked.field, message: checked.message });
      setNoteStatus('idle');
      return;
    }
    setFollowUpProblem(null);
    // Composed again at the moment of copying, so the note's date is the copy's; the biller's edit wins.
    const fresh = compose(undefined, checked.value);
    if (!fresh) return;
    const text = draft ?? fresh.text;
    const ok = await copyText(text);
    setNoteStatus(ok ? 'copied' : 'failed');
    if (!ok) return;
    // The touch is logged: the next one starts with empty fields.
    setFollowUp(EMPTY_FOLLOW_UP);
    await addNote(db, { ...fresh.record, text }).then(refreshHistory, (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      setStatusMessage(
        `The note was copied, but ClaimLens could not keep it in this claim's history: ${why}`,
      );
    });
  };

  // The shortcut (background: entrypoints/background/commands.ts) leaves a copy request for this tab.
  useCopyRequest(tabId, note !== null, copyNote);

  // Quick edits change what the checks use (the biller's settings merged with the office policy); a
  // setting the organisation locked is not changed, and the panel says so.
  const changeSettings = async (change: (s: RuleSettings) => RuleSettings, message: string) => {
    const before = await loadRuleSettings();
    const { after, locked } = await editRuleSettings(change);
    if (locked) {
      setStatusMessage('Your organisation sets this, so it cannot be changed here.');
      return;
    }
    setRuleSettings(after);
    setStatusMessage(message);
    setStatusUndo(() => () => {
      void saveRuleSettings(before)
        .then(loadEffectiveRuleSettings)
        .then((restored) => {
          setRuleSettings(restored);
          setStatusMessage('Setting restored.');
          setStatusUndo(null);
        });
    });
  };

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
          message: `ClaimLens could not start reading ${host}: ${String(error).slice(0, 200)}`,
        }),
      );
      setUserHosts(await loadUserHosts());
      setStatusMessage(answer?.message ?? `ClaimLens could not start reading ${host}: try again.`);
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
        // An address the browser hides (no permission yet) gets the reason too: click the toolbar button.
        addable.host === null && (url === undefined ? tabId !== null : !isPortalUrl(url, userHosts))
          ? addable.reason
          : null
      }
      problem={state?.problem ?? null}
      statusMessage={statusMessage}
      onStatusUndo={statusUndo}
      selectedClaim={claimIndex}
      onSelectClaim={(index) => {
        if (index === claimIndex) return;
        setSelected(index);
        setDraft(null);
        setNoteStatus('idle');
      }}
      notePreview={note?.text ?? null}
      noteDraft={draft}
      actionTaken={actionTaken}
      noteStatus={noteStatus}
      shortcut={shortcut}
      onNoteEdit={(text) => {
        setDraft(text === null || text === note?.text ? null : text);
        setNoteStatus('idle');
      }}
      onActionTaken={(text) => {
        if (draft !== null) setDraft(updateDraftAction(draft, actionTaken, text));
        setActionTaken(text);
        setNoteStatus('idle');
      }}
      historySlot={
        <>
          <NoteHistory
            notes={history}
            initialQuery={query}
            onQueryChange={setHistoryQuery}
            onCopy={(n) => void copyText(n.text)}
            onExport={(notes) => saveFile(`claimlens-notes-${today()}.csv`, notesCsvBlob(notes))}
          />
          <HistoryProofs db={db} query={query} onStatus={setStatusMessage} />
        </>
      }
      proofSlot={
        <ProofSlot
          db={db}
          tabId={tabId}
          frameId={Number(primaryFrameId(state) ?? 0)}
          snapshot={snapshot}
          claimIndex={claimIndex}
        />
      }
      followUpSlot={
        <FollowUpFields
          value={followUp}
          suggestedStep={
            snapshot
              ? nextStepText(
                  noteFindings(snapshot, findings, dismissals, claimIndex),
                  snapshot.claims.length ? (claimIndex ?? 0) : null,
                  snapshot.claims[claimIndex ?? 0] ?? null,
                )
              : null
          }
          today={today()}
          problem={followUpProblem}
          onChange={(next) => {
            setFollowUp(next);
            setFollowUpProblem(null);
          }}
        />
      }
      onCopyNote={() => void copyNote()}
      onDismiss={(parts: Finding[], reason, targets) => {
        const at = new Date().toISOString();
        const records: DismissalRecord[] = parts.map((f, i) => ({
          id: targets[i]!.id,
          claimNumber: targets[i]!.claimNumber,
          rule: f.rule,
          lines: f.lines,
          reason,
          dismissedAt: at,
        }));
        void db.dismissals
          .bulkPut(records)
          .then(refreshDismissals, failed('ClaimLens could not keep this dismissal'));
      }}
      onUndoDismiss={(ids) =>
        void db.dismissals
          .bulkDelete(ids)
          .then(refreshDismissals, failed('ClaimLens could not undo this dismissal'))
      }
      filingLimitDays={(payer) => (ruleSettings ? filingLimitDaysFor(ruleSettings, payer) : null)}
      onTurnOffForPayer={(rule, payer) =>
        void changeSettings(
          (s) => turnOffForPayer(s, rule, payer),
          `“${RULE_LABELS[rule]}” is off for payers whose name contains “${payer}”. Change it in Settings › Checks.`,
        )
      }
      onFilingLimit={(payer, days) =>
        void changeSettings(
          (s) => setFilingLimitForPayer(s, payer, days),
          `The filing limit for ${payer} is now ${days} days.`,
        )
      }
      onReread={tabId === null ? undefined : () => void sendToBackground({ type: 'panel/reread', tabId })}
      onReadThisSite={addable.host ? () => readThisSite(addable.host) : undefined}
      onTeach={tabId === null ? undefined : () => void teach.start()}
      teachSlot={
        teach.draft ? (
          <Teach
            draft={teach.draft}
            armed={teach.armed}
            highlighted={teach.highlighted}
            snapshot={snapshot}
            message={teach.message}
            onKind={teach.kind}
            onArm={teach.arm}
            onStep={(by) => void teach.step(by)}
            onUse={teach.use}
            onSave={() => void teach.save().then(setStatusMessage)}
            onLeave={teach.leave}
          />
        ) : undefined
      }
      onOpenOptions={(section) =>
        void browser.tabs.create({
          url: browser.runtime.getURL(`/options.html${section ? `#${section}` : ''}`),
        })
      }
    />
  );
}

render(<App />, document.getElementById('app')!);
