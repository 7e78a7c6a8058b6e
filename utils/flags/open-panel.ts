import type { LineFlag } from './flags';

/**
 * What the background answers when the biller clicks an inline badge (`page/open-panel`).
 * Chrome opens its side panel from that click. Firefox opens its sidebar only from a user action it
 * saw itself (the toolbar button, the keyboard shortcut, the View menu); a click in a page reaches the
 * background as a message, which is not one, so the answer says how the biller can open it instead.
 */
export interface OpenPanelAnswer {
  /** The panel was opened for this tab: nothing more to show on the page. */
  opened: boolean;
  /** What the browser calls the panel. */
  panel: 'sidebar' | 'side panel';
  /** The ClaimLens panel is already showing in this window (Firefox can tell). */
  showing: boolean;
  /** The keyboard shortcut that opens the panel, as the browser reports it (the biller may change it). */
  shortcut: string | null;
}

const UNKNOWN: OpenPanelAnswer = { opened: false, panel: 'side panel', showing: false, shortcut: null };

/** Reads the answer without trusting its shape (the content script has no zod); never throws. */
export function readOpenPanelAnswer(raw: unknown): OpenPanelAnswer {
  if (typeof raw !== 'object' || raw === null) return UNKNOWN;
  const r = raw as Record<string, unknown>;
  const shortcut =
    typeof r.shortcut === 'string' && r.shortcut.trim() ? r.shortcut.trim().slice(0, 40) : null;
  return {
    opened: r.opened === true,
    panel: r.panel === 'sidebar' ? 'sidebar' : 'side panel',
    showing: r.showing === true,
    shortcut,
  };
}

const WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** The words of the in-page popover shown when the panel could not be opened from the badge. */
export function popoverText(flag: LineFlag, answer: OpenPanelAnswer): { title: string; how: string } {
  const title = `ClaimLens, line ${flag.line}: ${WORD[flag.severity]}`;
  const panel = `ClaimLens ${answer.panel}`;
  if (answer.showing) return { title, how: `Every finding, its rule and the note are in the ${panel}.` };
  // Firefox keeps the button in the toolbar (manifest default_area); Chrome may fold it into its menu.
  const button =
    answer.panel === 'sidebar'
      ? 'click the ClaimLens button in the toolbar'
      : "click ClaimLens in the toolbar or in the toolbar's Extensions menu";
  const ways = [answer.shortcut ? `press ${answer.shortcut}` : null, button].filter(
    (w): w is string => w !== null,
  );
  return {
    title,
    how: `For every finding, its rule and the note, open the ${panel}: ${ways.join(', or ')}.`,
  };
}
