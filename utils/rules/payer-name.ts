/**
 * How settings name payers: "name contains". A biller writes the words a payer's name contains,
 * separated by commas (or |), and "not …" for words that leave a payer out:
 *   "cigna"                                  → any payer whose name contains "cigna"
 *   "united, uhc, optum"                     → contains any of them
 *   "medicare, not advantage, not replacement" → Original Medicare, not a Medicare Advantage plan
 * Case does not matter. No regular expressions: nothing a page's payer name or a setting holds can
 * make matching slow, and what the options page shows is what is matched.
 */

export interface NameContains {
  /** The name contains at least one of these (lower case). */
  any: string[];
  /** …and none of these. */
  none: string[];
}

/** Payer names are short; a longer page value is cut to this before matching. */
const MAX_PAYER_NAME = 200;

/** The exact patterns earlier versions stored as regular expressions, in "name contains" words. */
const EARLIER_PATTERNS: Record<string, string> = {
  '^(?!.*(advantage|replacement)).*medicare': 'medicare, not advantage, not replacement',
};

/** A pattern an earlier version stored, said in "name contains" words (others are unchanged). */
export function nameContainsText(pattern: string): string {
  return EARLIER_PATTERNS[pattern.trim()] ?? pattern;
}

export function parseNameContains(pattern: string): NameContains {
  const any: string[] = [];
  const none: string[] = [];
  for (const part of nameContainsText(pattern).split(/[,|]/)) {
    const word = part.trim().toLowerCase().replace(/\s+/g, ' ');
    if (word === '') continue;
    const not = /^not\s+(.+)$/.exec(word);
    if (not) none.push(not[1]!);
    else any.push(word);
  }
  return { any, none };
}

export const NO_WORD_PROBLEM = 'needs a word to look for, not only “not …” words';

/** What is wrong with a pattern typed on the options page, or null when it can be used. */
export function nameContainsProblem(pattern: string): string | null {
  const { any } = parseNameContains(pattern);
  return any.length === 0 ? NO_WORD_PROBLEM : null;
}

/** True when the payer name on the page contains one of the pattern's words and none of its "not" words. */
export function payerMatches(pattern: string, payer: string | null): boolean {
  if (!payer) return false;
  const name = payer.slice(0, MAX_PAYER_NAME).toLowerCase().replace(/\s+/g, ' ');
  const { any, none } = parseNameContains(pattern);
  return any.some((w) => name.includes(w)) && !none.some((w) => name.includes(w));
}
