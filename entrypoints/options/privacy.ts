import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PrivacyAction, PrivacyMessage } from '../../components/options/PrivacySettings';
import { getDb } from '../../utils/db';
import { markDenialsChanged } from '../../utils/denials/changes';
import { saveFile } from '../../utils/download';
import { loggedOnce } from '../../utils/log';
import {
  backupFileName,
  DEFAULT_RETENTION,
  deleteAllPatientData,
  exportBackup,
  importBackup,
  loadRetentionSettings,
  purgeExpired,
  type RetentionSettings,
  saveRetentionSettings,
} from '../../utils/privacy';
import { MAX_BACKUP_CHARS, MESSAGES } from '../../utils/privacy/backup';
import { sendToBackground } from '../../utils/send';
import { settingsForBackup } from '../../utils/settings-backup';

/** Wiring for the Privacy section: retention, delete all patient data, encrypted backup. */
export function usePrivacy() {
  const db = getDb();
  const [retention, setRetention] = useState<RetentionSettings>(DEFAULT_RETENTION);
  const [stored, setStored] = useState<{ notes: number; dismissals: number; denials: number } | null>(null);
  const [messages, setMessages] = useState<Partial<Record<PrivacyAction, PrivacyMessage>>>({});
  const [busy, setBusy] = useState(false);
  const say = (action: PrivacyAction, kind: PrivacyMessage['kind'], text: string) =>
    setMessages((m) => ({ ...m, [action]: { kind, text } }));
  const count = async () =>
    setStored({
      notes: await db.notes.count(),
      dismissals: await db.dismissals.count(),
      denials: await db.denials.count(),
    });

  useEffect(() => {
    void loadRetentionSettings().then(setRetention);
    void count();
  }, []);

  return {
    retention,
    stored,
    messages,
    busy,
    async onRetentionChange(next: RetentionSettings) {
      setRetention(next);
      await saveRetentionSettings(next);
      const removed = await purgeExpired(db, next);
      if (removed.denials > 0) await markDenialsChanged();
      say(
        'retention',
        'success',
        `Saved. ${removed.notes} notes, ${removed.dismissals} dismissals and ${removed.denials} denied claims past the limit were deleted.`,
      );
      await count();
    },
    async onDeleteAll() {
      const removed = await deleteAllPatientData(db);
      await markDenialsChanged();
      const deleted = `Deleted ${removed.notes} notes, ${removed.dismissals} dismissals and ${removed.denials} denied claims`;
      // What was read on open portal tabs lives in the background's session storage: it forgets it.
      const forgot = await sendToBackground({ type: 'privacy/forget-page-data' }).catch(
        loggedOnce('delete all: the background could not be asked to forget open tabs'),
      );
      if (typeof forgot?.tabs === 'number') {
        const tabs = `${forgot.tabs} open portal tab${forgot.tabs === 1 ? '' : 's'}`;
        say(
          'deleteAll',
          'success',
          `${deleted}, and what ClaimLens had read on ${tabs}. Rule data and settings were kept. Portal pages still open are read again when they change.`,
        );
      } else {
        say(
          'deleteAll',
          'error',
          `${deleted}, but what ClaimLens read on open portal tabs could not be cleared: close those tabs.`,
        );
      }
      await count();
    },
    async onExport(passphrase: string) {
      setBusy(true);
      try {
        const settings = settingsForBackup(await browser.storage.local.get(null));
        const rules = settings['settings:rules'] as { payerPacks?: unknown[] } | undefined;
        const text = await exportBackup(db, settings, rules?.payerPacks ?? [], passphrase);
        const name = backupFileName();
        saveFile(name, text);
        say(
          'export',
          'success',
          `Backup saved as ${name}. Keep the passphrase: without it the file cannot be opened.`,
        );
      } catch (error) {
        say('export', 'error', error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(false);
      }
    },
    async onImport(file: File, passphrase: string) {
      setBusy(true);
      try {
        if (file.size > MAX_BACKUP_CHARS * 4) {
          say('import', 'error', MESSAGES.tooBig);
          return;
        }
        // Everything is checked before anything is written; the result always says what happened.
        const result = await importBackup(db, await file.text(), passphrase, (valid) =>
          browser.storage.local.set(valid),
        );
        say('import', result.ok ? 'success' : 'error', result.message);
        if (result.ok && result.counts.denialsAdded > 0) await markDenialsChanged();
        await count();
      } catch (error) {
        say(
          'import',
          'error',
          `The backup could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
        );
      } finally {
        setBusy(false);
      }
    },
  };
}
