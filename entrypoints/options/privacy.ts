import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PolicyState } from '../../components/options/Managed';
import type { PrivacyAction, PrivacyMessage } from '../../components/options/PrivacySettings';
import { saveFile } from '../../utils/download';
import { markOverridden } from '../../utils/policy/managed';
import { fieldEdit, mergeRetention } from '../../utils/policy/merge';
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
export function usePrivacy({ policy, overridden }: Pick<PolicyState, 'policy' | 'overridden'>) {
  const db = getDb();
  const [own, setRetention] = useState<RetentionSettings>(DEFAULT_RETENTION);
  const retention = useMemo(() => mergeRetention(own, policy, overridden), [own, policy, overridden]);
  const [stored, setStored] = useState<{ notes: number; dismissals: number } | null>(null);
  const [messages, setMessages] = useState<Partial<Record<PrivacyAction, PrivacyMessage>>>({});
  const [busy, setBusy] = useState(false);
  const say = (action: PrivacyAction, kind: PrivacyMessage['kind'], text: string) =>
    setMessages((m) => ({ ...m, [action]: { kind, text } }));
  const count = async () =>
    setStored({ notes: await db.notes.count(), dismissals: await db.dismissals.count() });

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
      const edit = fieldEdit('retention', retention, next, policy);
      if (!edit.take) return;
      setRetention(next);
      await saveRetentionSettings(next);
      await markOverridden(edit.override ? ['retention'] : []);
      const removed = await purgeExpired(db, next);
      say(
        'retention',
        'success',
        `Saved. ${removed.notes} notes and ${removed.dismissals} dismissals past the limit were deleted.`,
      );
      await count();
    },
    async onDeleteAll() {
      const removed = await deleteAllPatientData(db);
      say(
        'deleteAll',
        'success',
        `Deleted ${removed.notes} notes and ${removed.dismissals} dismissals. Rule data was kept.`,
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
        const { valid, refused, leftOut } = settingsFromBackup(result.settings);
        await browser.storage.local.set(valid);
        const skipped =
          (refused.length ? ` Settings not restored (invalid): ${refused.join(', ')}.` : '') +
          (leftOut.length ? ` Left out (this version cannot read them): ${leftOut.join(', ')}.` : '');
        say(
          'import',
          'success',
          `Restored ${result.counts.notesAdded} notes (${result.counts.notesSkipped} already here) and ${result.counts.dismissalsAdded} dismissals.${skipped}`,
        );
        await count();
      } finally {
        setBusy(false);
      }
    },
  };
}
