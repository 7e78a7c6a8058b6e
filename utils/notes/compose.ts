import type { Finding } from '../model/finding';
import type { PageSnapshot } from '../model/snapshot';
import { type DescribeCode, noteContext } from './context';
import { localIsoDate } from './format';
import type { NewNote } from './history';
import { stripInvisible } from './page-words';
import { renderNote } from './render';
import type { NoteSettings } from './settings';
import { templateFor } from './templates';

export interface ComposeOptions {
  /** Defaults to now: the note's {date} (local calendar day) and the history's createdAt. */
  now?: Date;
  claimIndex?: number;
  describeCode?: DescribeCode;
  expectedCharge?: number;
  /** What the biller did on this touch ({actionTaken}). */
  actionTaken?: string;
}

/**
 * Whether the page shows anything worth a note: a claim (or, on an eligibility page, the coverage).
 * A page still loading (or a results list not painted yet) or an unrecognised page gives a note of
 * "n/a"s, which would only clutter the biller's system and the history. A payer's "not found" answer
 * is read as a claim with that status, so it can be noted.
 */
export function hasNoteContent(snapshot: PageSnapshot): boolean {
  if (snapshot.kind === 'unknown') return false;
  if (snapshot.kind === 'eligibility') return snapshot.eligibility !== null;
  return snapshot.claims.length > 0;
}

/**
 * "Copy note" in one call: the biller's template for this page kind (or the default), rendered,
 * plus the record to keep in the history (addNote). The claim number stored is the page's, so the
 * history finds the note whichever way the number is typed later.
 */
export function composeNote(
  snapshot: PageSnapshot,
  findings: readonly Finding[],
  settings: NoteSettings,
  options: ComposeOptions = {},
): { text: string; record: NewNote } {
  const now = options.now ?? new Date();
  const claimIndex = options.claimIndex ?? 0;
  const context = noteContext(snapshot, findings, {
    today: localIsoDate(now),
    initials: settings.initials,
    claimIndex,
    describeCode: options.describeCode,
    expectedCharge: options.expectedCharge,
    actionTaken: options.actionTaken,
  });
  const text = renderNote(templateFor(snapshot.kind, settings.templates), context);
  return {
    text,
    record: {
      claimNumber: stripInvisible(snapshot.claims[claimIndex]?.claimNumber ?? '').trim(),
      portal: snapshot.portal,
      kind: snapshot.kind,
      text,
      createdAt: now.toISOString(),
    },
  };
}
