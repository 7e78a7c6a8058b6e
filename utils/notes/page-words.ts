/**
 * Page words that may go into a note. A note is pasted into the PM system, copied to the clipboard
 * and kept in the history for a year, so it must never carry a patient's name, ids or date of birth,
 * nor characters that change how it displays there. Readers never put those into a snapshot on
 * purpose, but status, payer and plan text comes from the payer and can hold anything.
 *
 * - The claim status is never copied: it is said in a known phrase ("denied", "partially paid") found
 *   in the page's words, else by the 277 category (statusPhrase in claim-values.ts).
 * - Other words (payer, plan and service names) are kept only up to the first thing that could be
 *   about a person: a label (Member ID, Mbr #, DOB, SSN, Patient…), an id, an SSN, an MBI or a date;
 *   what follows it is dropped, whatever it is. Words holding a "LAST, FIRST" name are dropped whole
 *   (a cut there could leave half a payer's name).
 * - Invisible and control characters (Unicode Cf and Cc: bidi overrides, zero-width spaces…) are
 *   removed from every note (stripInvisible).
 */

/** Unicode format (Cf) and control (Cc) characters; line feeds are kept by stripInvisible. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/** The text without invisible or control characters (a note's own line breaks stay). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => (c === '\n' ? '\n' : ''));
}

/** The most of a page's free text that is ever looked at. */
const MAX_LOOKED_AT = 500;

/** Words that introduce something about a person or an id ("Mbr ID", "DOB", "Patient:", "#"). */
const PERSON_LABEL =
  /\b(?:member|mbr|subscriber|subscr|sub|patient|pt|insured|ins|beneficiary|bene|policy|cert|certificate|account|acct|medicare|medicaid|mbi|hicn?|ssn|social security|dob|d\.o\.b|birth|born|name|id)\b\s*(?:id|#|no\b|number|num\b|[:#])|\b(?:mbi|hicn?|ssn|dob|d\.o\.b\.?|date of birth|birth ?date|born|patient|insured|subscriber|beneficiary)\b|\b(?:mbr|member|sub|pt|policy|cert|account|acct|id)\s?[:#]?\s?[A-Z]{0,3}\d|#/i;
/** Shapes of ids and dates, labelled or not. */
const ID_SHAPE =
  /\b\d{3}-\d{2}-\d{4}\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?=[A-Z0-9-]{0,20}\d)(?=[A-Z0-9-]{0,20}[A-Z])[A-Z0-9][A-Z0-9-]{4,20}\b|\d{5,}/i;
/** A name written "LAST, FIRST" (capitals), as payers print them ("…, INC" is a company). */
const LAST_FIRST = /\b[A-Z][A-Z'-]{1,30}, ?(?!(?:INC|LLC|CO|CORP|LTD|LP|PC|PA|NA)\b)[A-Z][A-Z'-]{1,30}\b/;

/**
 * Page words for a note, kept only up to the first label, id, date or name in them; null when
 * nothing is left. Shortened to maxLength.
 */
export function safePageWords(text: string | null | undefined, maxLength = 120): string | null {
  if (text === null || text === undefined) return null;
  let kept = stripInvisible(text.slice(0, MAX_LOOKED_AT)).replace(/\s+/g, ' ');
  if (LAST_FIRST.test(kept)) return null;
  for (const re of [PERSON_LABEL, ID_SHAPE]) {
    const at = re.exec(kept)?.index;
    if (at !== undefined) kept = kept.slice(0, at);
  }
  const cleaned = kept.replace(/^[\s,;:/(-]+|[\s,;:/(-]+$/g, '').trim();
  if (!cleaned) return null;
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1).trimEnd()}…` : cleaned;
}

/**
 * Known claim status phrases, most specific first: the first one found in the page's status words is
 * how the note says the status. Nothing else of those words is ever copied.
 */
const STATUS_PHRASES: [RegExp, string][] = [
  [/\bpartial(?:ly)?\s+(?:paid|payment|approved)\b/i, 'partially paid'],
  [/\bden(?:ied|ial)\b/i, 'denied'],
  [/\breject(?:ed|ion)?\b/i, 'rejected'],
  [/\bunprocessable\b/i, 'returned as unprocessable'],
  [/\bnot found\b/i, 'not found'],
  [/\brevers(?:ed|al)\b/i, 'reversed'],
  [/\bvoid(?:ed)?\b/i, 'voided'],
  [/\bprocessed as (primary|secondary|tertiary)\b/i, 'processed as $1'],
  [/\bforwarded\b/i, 'forwarded'],
  [/\b(?:paid|payment)\b/i, 'paid'],
  [/\bapproved\b/i, 'approved'],
  [/\badjust(?:ed|ment)\b/i, 'adjusted'],
  [/\bsuspend(?:ed)?\b/i, 'suspended'],
  [/\b(?:in review|under review|review)\b/i, 'in review'],
  [
    /\b(?:additional|more) information\b|\binformation requested\b|\brequest(?:ed)? for information\b/i,
    'information requested',
  ],
  [/\b(?:pending|pended|in process|in progress)\b/i, 'pending'],
  [/\baccepted\b/i, 'accepted'],
  [/\breceived\b/i, 'received'],
  [/\bprocessed\b/i, 'processed'],
  [/\bfinali[sz]ed\b/i, 'finalized'],
];

/** The status said in a known phrase found in the page's status words, else null. */
export function statusPhrase(text: string | null | undefined): string | null {
  const t = stripInvisible((text ?? '').slice(0, MAX_LOOKED_AT));
  for (const [re, phrase] of STATUS_PHRASES) {
    const m = re.exec(t);
    if (m) return phrase.replace('$1', (m[1] ?? '').toLowerCase());
  }
  return null;
}
