/**
 * When the content script stops: only when the extension itself is gone (unloaded, disabled, updated
 * or reloaded — its runtime id disappears), never because of anything the page does. WXT's own
 * content-script context told the page it had started (a window message and a document event carrying
 * the extension id) and stopped when the page sent that event back, so any portal page could detect
 * ClaimLens and switch it off; the build swaps that context for an inert one (wxt.config.ts) and the
 * script uses this instead. Nothing here touches the page: timers, and listeners that stop with it.
 */
export interface ContentLifecycle {
  /** True once the extension is gone (checked now). */
  readonly stopped: boolean;
  /** Runs once when the script stops (at once if it already has). */
  onStop(cleanup: () => void): void;
  /** A timeout that does not run after the script stops. */
  setTimeout(run: () => void, ms: number): void;
  /** An interval that ends when the script stops. */
  setInterval(run: () => void, ms: number): void;
  /** A listener that does nothing once the script stops, and is removed then. */
  listen(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** How often an idle page checks that the extension is still there (so orphaned badges go away). */
export const LIVENESS_CHECK_MS = 2000;

export function createContentLifecycle(opts: {
  /** Whether the extension is still there (the content script's runtime id is set). */
  alive: () => boolean;
  checkEveryMs?: number;
}): ContentLifecycle {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  const timeouts = new Set<ReturnType<typeof setTimeout>>();
  const intervals: ReturnType<typeof setInterval>[] = [];
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    controller.abort();
    for (const t of timeouts) clearTimeout(t);
    timeouts.clear();
    for (const i of intervals) clearInterval(i);
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // A failed cleanup must not stop the others.
      }
    }
  };
  const running = (): boolean => {
    if (stopped) return false;
    let alive = false;
    try {
      alive = opts.alive();
    } catch {
      alive = false;
    }
    if (!alive) stop();
    return !stopped;
  };

  const life: ContentLifecycle = {
    get stopped() {
      return !running();
    },
    onStop(cleanup) {
      if (stopped) cleanup();
      else cleanups.push(cleanup);
    },
    setTimeout(run, ms) {
      if (stopped) return;
      const id = setTimeout(() => {
        timeouts.delete(id);
        if (running()) run();
      }, ms);
      timeouts.add(id);
    },
    setInterval(run, ms) {
      if (stopped) return;
      intervals.push(
        setInterval(() => {
          if (running()) run();
        }, ms),
      );
    },
    listen(target, type, handler, options) {
      if (stopped) return;
      target.addEventListener(
        type,
        (e) => {
          if (running()) handler(e);
        },
        { ...options, signal: controller.signal },
      );
    },
  };
  life.setInterval(() => undefined, opts.checkEveryMs ?? LIVENESS_CHECK_MS);
  return life;
}
