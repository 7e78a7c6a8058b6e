import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_NOTE_SETTINGS,
  loadNoteSettings,
  type NoteSettings,
  saveNoteSettings,
} from '../../utils/notes';
import { optionsProblems } from './problems';

/** Wiring for the Note templates section: load, and save every valid edit. */
export function useNoteSettings() {
  const [settings, setSettings] = useState<NoteSettings>(DEFAULT_NOTE_SETTINGS);
  useEffect(() => {
    void loadNoteSettings().then(setSettings);
  }, []);
  return {
    settings,
    onChange(next: NoteSettings) {
      setSettings(next);
      void saveNoteSettings(next).catch(optionsProblems.whenFails('Your note template was not saved'));
    },
  };
}
