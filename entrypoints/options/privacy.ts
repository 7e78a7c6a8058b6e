import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PrivacyAction, PrivacyMessage } from '../../components/options/PrivacySettings';
import { markDenialsChanged } from '../../utils/denials/changes';
import { saveFile } from '../../utils/download';
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
import { getDb } from '../../utils/ruledata/db';
import { settingsForBackup, settingsFromBackup } from '../../utils/settings-backup';

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
      say(
        'deleteAll',
        'success',
        `Deleted ${removed.notes} notes, ${removed.dismissals} dismissals and ${removed.denials} denied claims. Rule data was kept.`,
      );
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
        const result = await importBackup(db, await file.text(), passphrase);
        if (!result.ok) {
          say('import', 'error', result.message);
          return;
        }
        const { valid, refused } = settingsFromBackup(result.settings);
        await browser.storage.local.set(valid);
        const skipped = refused.length ? ` Settings not restored (invalid): ${refused.join(', ')}.` : '';
        say(
          'import',
          'success',
          `Restored ${result.counts.notesAdded} notes (${result.counts.notesSkipped} already here), ${result.counts.dismissalsAdded} dismissals and ${result.counts.denialsAdded} denied claims.${skipped}`,
        );
        if (result.counts.denialsAdded > 0) await markDenialsChanged();
        await count();
      } finally {
        setBusy(false);
      }
    },
  };
}
