import { browser } from 'wxt/browser';
import { claimKey } from '../../utils/model/claim-key';
import type { Finding } from '../../utils/model/finding';
import type { PageSnapshot } from '../../utils/model/snapshot';

/**
 * How often each rule fired, so noisy rules can be seen on the options page. A finding counts once
 * per claim, rule and lines (re-checks of the same page do not inflate it). The counts (rule → number)
 * are kept on disk; which findings were already counted is kept in session memory only, since it
 * names claims.
 */
export const FIRED_KEY = 'stats:fired';
const SEEN_KEY = 'stats:seen';

/** Counting and forgetting run one at a time: a count in flight cannot write back a list just deleted. */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  // The caller of `next` hears of a failure; the queue only waits for it to settle.
  queue = next.catch((_heardByCaller: unknown) => undefined);
  return next;
}

export function countFired(snapshot: PageSnapshot, findings: Finding[]): Promise<void> {
  return inTurn(() => count(snapshot, findings));
}

/** "Delete all patient data": the list of counted findings names claims (or page addresses). */
export function forgetSeen(): Promise<number> {
  return inTurn(async () => {
    const seen = (await browser.storage.session.get(SEEN_KEY))[SEEN_KEY];
    await browser.storage.session.remove(SEEN_KEY);
    return Array.isArray(seen) ? seen.length : 0;
  });
}

async function count(snapshot: PageSnapshot, findings: Finding[]): Promise<void> {
  const fresh: string[] = [];
  const seen = new Set(
    ((await browser.storage.session.get(SEEN_KEY))[SEEN_KEY] as string[] | undefined) ?? [],
  );
  const counts =
    ((await browser.storage.local.get(FIRED_KEY))[FIRED_KEY] as Record<string, number> | undefined) ?? {};
  for (const f of findings) {
    if (f.severity === 'could-not-check' || f.claimIndex === null) continue;
    const claim = snapshot.claims[f.claimIndex]?.claimNumber;
    const key = `${claim ? claimKey(claim) : snapshot.url}|${f.rule}|${f.lines.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(key);
    counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  }
  if (fresh.length === 0) return;
  await browser.storage.session.set({ [SEEN_KEY]: [...seen].slice(-5000) });
  await browser.storage.local.set({ [FIRED_KEY]: counts });
}
