/**
 * A note the biller edited by hand, when they then change "Action taken": the earlier action's
 * words are replaced where they stand; when the note has none yet, the action is added at the end.
 * An emptied action takes its clause out. Pure, so the panel's wiring stays thin.
 */
export function updateDraftAction(draft: string, before: string, after: string): string {
  const old = before.trim();
  const now = after.trim();
  if (old === now) return draft;
  const clause = (a: string) => `Action taken: ${a}`;
  if (old && draft.includes(clause(old))) {
    if (now) return draft.replace(clause(old), clause(now));
    return draft.replace(new RegExp(`\\.?\\s*${escapeRegExp(clause(old))}\\.?`), '.').replace(/\.\.$/, '.');
  }
  if (!now) return draft;
  const body = draft.trimEnd();
  return `${body}${/[.!?]$/.test(body) ? '' : '.'} ${clause(now)}.`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
