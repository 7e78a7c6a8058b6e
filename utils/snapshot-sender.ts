/**
 * The content script's way of handing snapshots to the background: each changed snapshot is sent
 * once, and when the background does not confirm it (the service worker was stopped in the middle
 * of the check, the write failed, the extension is restarting) it is sent again a little later, so
 * the side panel never stays on an older reading after an interruption. A bounded number of tries:
 * an extension that is gone for good (uninstalled, updated) costs the page nothing.
 */
export interface SnapshotSender<T> {
  /** Send `value` unless it is what the background last confirmed or is being sent now. */
  offer(value: T): void;
  /** Forget what was sent: the next offer is sent even if unchanged (the panel's "Re-read"). */
  forget(): void;
}

export const RETRY_DELAYS_MS = [1000, 3000, 9000] as const;

export function createSnapshotSender<T>(opts: {
  send: (value: T) => Promise<unknown>;
  later: (run: () => void, ms: number) => void;
  retryDelaysMs?: readonly number[];
}): SnapshotSender<T> {
  const delays = opts.retryDelaysMs ?? RETRY_DELAYS_MS;
  let current = '';
  const attempt = (value: T, body: string, tries: number) => {
    // A send that throws at once (a context the browser has invalidated) counts as a failed send.
    Promise.resolve()
      .then(() => opts.send(value))
      .catch(() => {
        if (body !== current) return; // a newer snapshot has been offered since
        if (tries < delays.length) {
          opts.later(() => {
            if (body === current) attempt(value, body, tries + 1);
          }, delays[tries] as number);
        } else {
          current = ''; // given up: the next change of the page is sent again
        }
      });
  };
  return {
    offer(value) {
      const body = JSON.stringify(value);
      if (body === current) return;
      current = body;
      attempt(value, body, 0);
    },
    forget() {
      current = '';
    },
  };
}
