import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH } from '../../utils/privacy/backup';
import { RetentionSettings } from '../../utils/privacy/retention';
import { Managed } from './Managed';

export interface PrivacyMessage {
  kind: 'success' | 'error';
  text: string;
}
export type PrivacyAction = 'retention' | 'deleteAll' | 'export' | 'import';

export interface PrivacySettingsProps {
  retention: RetentionSettings;
  /** A valid new retention setting (whole days, 0 = keep forever); the caller saves it. */
  onRetentionChange: (retention: RetentionSettings) => void;
  /** What is stored now, for the delete confirmation ("12 notes, 3 dismissals and 40 denied claims"). */
  stored?: { notes: number; dismissals: number; denials?: number; proofs?: number } | null;
  /** Called only after the biller confirmed. */
  onDeleteAll: () => void;
  /** A passphrase of at least 8 characters, typed twice the same. */
  onExport: (passphrase: string) => void;
  onImport: (file: File, passphrase: string) => void;
  /** Results and refusals to show under each part (e.g. decryptBackup's message). */
  messages?: Partial<Record<PrivacyAction, PrivacyMessage>>;
  /** A backup or restore is running: its buttons wait. */
  busy?: boolean;
}

function Message({ message }: { message: PrivacyMessage | undefined }) {
  if (!message) return null;
  return (
    <p class={`message message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}

/** Each part gets the whole props and the message meant for it. */
type PartProps = PrivacySettingsProps & { message: PrivacyMessage | undefined; busy: boolean };

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Retention({ retention, onRetentionChange, message }: PartProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof RetentionSettings, label: string) => (
    <p>
      <label for={`${id}-${key}`}>{label}</label>{' '}
      <input
        id={`${id}-${key}`}
        type="number"
        min={0}
        max={36500}
        step={1}
        inputMode="numeric"
        value={retention[key]}
        aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
        aria-invalid={error !== null}
        onChange={(e) => {
          const text = e.currentTarget.value.trim();
          const next = RetentionSettings.safeParse({
            ...retention,
            [key]: /^\d+$/.test(text) ? Number(text) : NaN,
          });
          if (!next.success) return setError('Enter a whole number of days from 0 to 36500.');
          setError(null);
          onRetentionChange(next.data);
        }}
      />{' '}
      days
    </p>
  );
  return (
    <Section title="How long to keep patient data">
      <p id={`${id}-hint`} class="muted">
        Older notes, dismissals, denied claims and proofs of filing are deleted automatically. 0 keeps them
        forever. Keep proofs long enough to answer a late timely-filing denial and its appeal.
      </p>
      {field('noteDays', 'Keep notes for')}
      {field('dismissalDays', 'Keep dismissed findings for')}
      {field('denialDays', 'Keep denied claims (worklist) not seen or worked for')}
      {field('proofDays', 'Keep proofs of filing for')}
      {error ? (
        <p id={`${id}-err`} role="alert" class="message message-error">
          {error}
        </p>
      ) : null}
      <Message message={message} />
    </Section>
  );
}

function DeleteAll({ stored, onDeleteAll, message }: PartProps) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the safe choice when the confirmation opens.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const what = stored
    ? `${plural(stored.notes, 'note')}, ${plural(stored.dismissals, 'dismissed finding')}, ${plural(stored.denials ?? 0, 'denied claim')} and ${plural(stored.proofs ?? 0, 'proof')} of filing`
    : 'every note, dismissed finding, denied claim and proof of filing';
  return (
    <Section title="Delete all patient data">
      <p class="muted">
        Notes, dismissed findings, denied claims, proofs of filing, and what ClaimLens has read on open portal
        tabs (kept in memory only). Rule data (CMS tables, payer rule packs) and settings are kept.
      </p>
      {confirming ? (
        <fieldset>
          <legend>Are you sure?</legend>
          <p>
            This deletes {what} from this browser, and what ClaimLens has read on open portal tabs. It cannot
            be undone.
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete all patient data…
        </button>
      )}
      <Message message={message} />
    </Section>
  );
}

/** A password field with its label; the passphrase never goes into a plain text input. */
function PassField(p: {
  label: string;
  value: string;
  onValue: (v: string) => void;
  autoComplete: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <p>
      <label for={id}>{p.label}</label>{' '}
      <input
        id={id}
        type="password"
        autoComplete={p.autoComplete}
        value={p.value}
        aria-describedby={p.describedBy}
        aria-invalid={p.invalid}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </p>
  );
}

function ExportBackup({ onExport, busy, message }: PartProps) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE_LENGTH) {
      return setError(`The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    }
    if (pass !== again) return setError('The two passphrases are not the same.');
    setError(null);
    // Not kept on the page once handed over.
    setPass('');
    setAgain('');
    onExport(pass);
  };
  return (
    <Section title="Export a backup">
      <form onSubmit={submit}>
        <p class="muted" id={`${id}-hint`}>
          Notes, dismissed findings, the denial worklist, settings, note templates and payer rules, encrypted
          with your passphrase. Without the passphrase nobody can open the file, including you: keep it safe.
        </p>
        <PassField
          label={`Passphrase (at least ${MIN_PASSPHRASE_LENGTH} characters)`}
          value={pass}
          onValue={setPass}
          autoComplete="new-password"
          describedBy={`${id}-hint`}
          invalid={error !== null}
        />
        <PassField
          label="Passphrase again"
          value={again}
          onValue={setAgain}
          autoComplete="new-password"
          invalid={error !== null}
        />
        {error ? <Message message={{ kind: 'error', text: error }} /> : null}
        <button type="submit" disabled={busy}>
          Export backup
        </button>
      </form>
      <Message message={message} />
    </Section>
  );
}

function ImportBackup({ onImport, busy, message }: PartProps) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!file) return setError('Choose the backup file first.');
    if (!pass) return setError('Enter the passphrase the backup was made with.');
    setError(null);
    setPass('');
    onImport(file, pass);
  };
  return (
    <Section title="Import a backup">
      <form onSubmit={submit}>
        <p class="muted">
          Notes, dismissed findings and denied claims are added to what is here; nothing is overwritten.
        </p>
        <p>
          <label for={`${id}-f`}>Backup file</label>{' '}
          <input
            id={`${id}-f`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </p>
        <PassField label="Passphrase of the backup" value={pass} onValue={setPass} autoComplete="off" />
        {error ? <Message message={{ kind: 'error', text: error }} /> : null}
        <button type="submit" disabled={busy}>
          Import backup
        </button>
      </form>
      <Message message={message} />
    </Section>
  );
}

/** Options page: retention, delete-all, encrypted backup export and import. Props in, events out. */
export function PrivacySettings(props: PrivacySettingsProps) {
  const messages = props.messages ?? {};
  const part = (action: PrivacyAction) => ({
    ...props,
    busy: props.busy ?? false,
    message: messages[action],
  });
  return (
    <section class="privacy" aria-labelledby="privacy-h">
      <h2 id="privacy-h">Privacy and backups</h2>
      <Managed field="retention">
        <Retention {...part('retention')} />
      </Managed>
      <DeleteAll {...part('deleteAll')} />
      <ExportBackup {...part('export')} />
      <ImportBackup {...part('import')} />
    </section>
  );
}
