import { useId } from 'preact/hooks';
import type { PageKind } from '../../utils/model/snapshot';
import { type DescribeCode, noteContext } from '../../utils/notes/context';
import { localIsoDate } from '../../utils/notes/format';
import { PLACEHOLDERS } from '../../utils/notes/placeholders';
import { renderNote, validateTemplate } from '../../utils/notes/render';
import { describeSample, sampleFindings, sampleSnapshot } from '../../utils/notes/sample';
import { MAX_TEMPLATE_LENGTH, type NoteSettings } from '../../utils/notes/settings';
import { defaultTemplates, templateFor } from '../../utils/notes/templates';
import { Managed } from './Managed';

export const KIND_LABELS: Readonly<Record<PageKind, string>> = {
  'claim-status': 'Claim status',
  'claim-detail': 'Claim detail',
  remittance: 'Remittance (ERA / EOB)',
  eligibility: 'Eligibility',
  'claim-entry': 'Claim entry',
  unknown: 'Other pages',
};
const KINDS = Object.keys(KIND_LABELS) as PageKind[];

export interface NoteTemplatesEditorProps {
  settings: NoteSettings;
  /** Called on every edit with the whole new settings; the caller saves them (saveNoteSettings). */
  onChange: (settings: NoteSettings) => void;
  /** The preview's date, ISO (defaults to today); fixed in tests. */
  today?: string;
  /** Code meanings for the preview (the rule engine's); sample meanings otherwise. */
  describeCode?: DescribeCode;
}

/** Initials as typed → what the settings accept: up to four letters, upper-case. */
function cleanInitials(text: string): string {
  return text
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 4)
    .toUpperCase();
}

export function NoteTemplatesEditor({ settings, onChange, today, describeCode }: NoteTemplatesEditorProps) {
  const id = useId();
  const date = today ?? localIsoDate();

  const setTemplate = (kind: PageKind, text: string | null) => {
    const templates = { ...settings.templates };
    // Text equal to the default is stored as "no own template", so later default improvements reach it.
    if (text === null || text === defaultTemplates[kind]) delete templates[kind];
    else templates[kind] = text;
    onChange({ ...settings, templates });
  };

  return (
    <section aria-labelledby={`${id}-h`} class="note-templates">
      <h2 id={`${id}-h`}>Note templates</h2>
      <p>
        <label for={`${id}-initials`}>Your initials</label>{' '}
        <input
          id={`${id}-initials`}
          type="text"
          inputMode="text"
          autoComplete="off"
          maxLength={4}
          size={5}
          value={settings.initials}
          aria-describedby={`${id}-initials-hint`}
          onInput={(e) => onChange({ ...settings, initials: cleanInitials(e.currentTarget.value) })}
        />{' '}
        <span id={`${id}-initials-hint`} class="muted">
          Up to four letters, shown by {'{initials}'} at the end of each note.
        </span>
      </p>

      <details class="placeholders">
        <summary>Placeholders you can use</summary>
        <p>
          Put optional parts in square brackets, e.g. <code>[, allowed {'{allowed}'}]</code>: the part is left
          out when the page does not show the value. Elsewhere a missing value shows as <code>n/a</code>.
        </p>
        <dl>
          {PLACEHOLDERS.map((p) => (
            <div key={p.name}>
              <dt>
                <code>{`{${p.name}}`}</code>
              </dt>
              <dd>{p.description}</dd>
            </div>
          ))}
        </dl>
      </details>

      <Managed field="noteTemplates">
        {KINDS.map((kind) => {
          // The box shows what the biller typed, even when empty; the preview shows what would be used.
          const typed = settings.templates[kind] ?? defaultTemplates[kind];
          const template = templateFor(kind, settings.templates);
          const check = validateTemplate(typed);
          const preview = renderNote(
            template,
            noteContext(sampleSnapshot(kind), sampleFindings(kind), {
              today: date,
              initials: settings.initials,
              describeCode: describeCode ?? describeSample,
            }),
          );
          const base = `${id}-${kind}`;
          const own = settings.templates[kind] !== undefined;
          return (
            <fieldset key={kind} class="note-template" data-kind={kind}>
              <legend>{KIND_LABELS[kind]}</legend>
              <label for={`${base}-text`}>{KIND_LABELS[kind]} note template</label>
              <textarea
                id={`${base}-text`}
                rows={4}
                cols={80}
                spellcheck={false}
                maxLength={MAX_TEMPLATE_LENGTH}
                value={typed}
                aria-invalid={!check.ok}
                aria-describedby={`${base}-preview${check.ok ? '' : ` ${base}-unknown`}`}
                onInput={(e) => setTemplate(kind, e.currentTarget.value)}
              />
              {check.ok ? null : (
                <p id={`${base}-unknown`} role="alert" class="warning">
                  Unknown placeholder{check.unknown.length > 1 ? 's' : ''}:{' '}
                  {check.unknown.map((u) => `{${u}}`).join(', ')}. They will be copied into the note as typed.
                </p>
              )}
              <p class="preview-label">
                {typed.trim()
                  ? 'Preview on a sample page:'
                  : 'Empty: the default is used. Preview on a sample page:'}
              </p>
              <p id={`${base}-preview`} class="preview" data-preview={kind}>
                {preview}
              </p>
              <button type="button" disabled={!own} onClick={() => setTemplate(kind, null)}>
                Use the default ({KIND_LABELS[kind]})
              </button>
            </fieldset>
          );
        })}
      </Managed>
    </section>
  );
}
