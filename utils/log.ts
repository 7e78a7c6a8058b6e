/**
 * The one place ClaimLens logs a problem it can do nothing about (a tab closed before a message
 * reached it, a side panel API missing in this browser…). Each context is logged once per page or
 * worker, with what went wrong, so the console shows it without filling up. Problems the biller would
 * lose something to are not for this helper: they are shown in the panel or on the options page.
 * Never pass page data (PHI) as the context: only what ClaimLens was doing.
 */
const logged = new Set<string>();

export function logOnce(context: string, error?: unknown): void {
  if (logged.has(context)) return;
  logged.add(context);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : error;
  console.warn(`ClaimLens: ${context}`, ...(detail === undefined ? [] : [detail]));
}

/** For promise chains: `.catch(loggedOnce('badge: set the panel behaviour'))`. */
export function loggedOnce(context: string): (error: unknown) => undefined {
  return (error) => {
    logOnce(context, error);
    return undefined;
  };
}

/** Tests only: forget what was logged. */
export function resetLogOnce(): void {
  logged.clear();
}
