/** The notes feature's public API (see docs/notes.md). */
export { type ComposeOptions, composeNote, hasNoteContent } from './compose';
export { type DescribeCode, type NoteContextOptions, nextStepText, noteContext } from './context';
export {
  checkFollowUp,
  EMPTY_FOLLOW_UP,
  FOLLOW_UP_PICKS,
  FollowUpFields,
  followUpIn,
  withFollowUp,
} from './follow-up';
export { formatDate, formatDateRange, formatMoney, localIsoDate } from './format';
export {
  addNote,
  CSV_COLUMNS,
  dueFollowUps,
  type FollowUpDue,
  markFollowUpDone,
  matchesClaimQuery,
  type NewNote,
  notesCsvBlob,
  notesForClaim,
  notesToCsv,
  searchNotes,
} from './history';
export { emptyContext, type NoteContext, PLACEHOLDERS, type PlaceholderName } from './placeholders';
export { MISSING, renderNote, type TemplateCheck, validateTemplate } from './render';
export { sampleFindings, sampleSnapshot } from './sample';
export {
  DEFAULT_NOTE_SETTINGS,
  loadNoteSettings,
  MAX_TEMPLATE_LENGTH,
  NOTE_SETTINGS_KEY,
  NoteSettings,
  saveNoteSettings,
} from './settings';
export { defaultTemplates, templateFor } from './templates';
