import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PolicyState } from '../../components/options/Managed';
import {
  DEFAULT_NOTE_SETTINGS,
  loadNoteSettings,
  type NoteSettings,
  saveNoteSettings,
} from '../../utils/notes';
import { markOverridden } from '../../utils/policy/managed';
import { fieldEdit, mergeNoteSettings } from '../../utils/policy/merge';
import { optionsProblems } from './problems';

/**
 * Wiring for the Note templates section: load, and save every valid edit. The templates may come from
 * the office policy (shown merged); the initials are always the biller's own.
 */
export function useNoteSettings({ policy, overridden }: Pick<PolicyState, 'policy' | 'overridden'>) {
  const [own, setOwn] = useState<NoteSettings>(DEFAULT_NOTE_SETTINGS);
  const settings = useMemo(() => mergeNoteSettings(own, policy, overridden), [own, policy, overridden]);
  useEffect(() => {
    void loadNoteSettings().then(setOwn);
  }, []);
  return {
    settings,
    onChange(next: NoteSettings) {
      const edit = fieldEdit('noteTemplates', settings.templates, next.templates, policy);
      const mine = { initials: next.initials, templates: edit.take ? next.templates : own.templates };
      setOwn(mine);
      void saveNoteSettings(mine)
        .then(() => markOverridden(edit.override ? ['noteTemplates'] : []))
        .catch(optionsProblems.whenFails('Your note template was not saved'));
    },
  };
}
