import { useId, useState } from 'preact/hooks';

/**
 * "Drop 835 files here": a drop zone, and the same as a file button for keyboard and screen-reader
 * users. Files are handed over as chosen; the page reads and checks them.
 */
export interface EraDropProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
  message: { kind: 'success' | 'error'; text: string } | null;
}

export function EraDrop({ busy, onFiles, message }: EraDropProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <section class="era-drop" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add 835 remittance files</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is for the mouse; the file button inside does the same from the keyboard. */}
      <div
        class={`drop-zone${over ? ' is-over' : ''}`}
        data-testid="era-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...(e.dataTransfer?.files ?? [])];
          if (files.length > 0) onFiles(files);
        }}
      >
        <p>
          Drop the day’s 835 files from your clearinghouse here, or{' '}
          <label for={`${id}-f`} class="file-label">
            choose 835 files
          </label>
          <input
            id={`${id}-f`}
            type="file"
            multiple
            data-testid="era-files"
            accept=".835,.era,.edi,.x12,.txt,.dat"
            disabled={busy}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
          .
        </p>
        <p class="muted">
          Denied and partly denied claims join the worklist; claims paid join nothing and take paid claims
          out. A damaged file is refused whole, with where it is damaged. Files stay on this computer.
        </p>
      </div>
      <div role="status">
        {message && message.kind === 'success' ? (
          <p class="message message-success" data-testid="era-message">
            {message.text}
          </p>
        ) : null}
      </div>
      {message && message.kind === 'error' ? (
        <p class="message message-error" role="alert" data-testid="era-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
