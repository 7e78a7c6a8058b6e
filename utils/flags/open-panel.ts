/**
 * What happens when the biller clicks an inline badge (`page/open-panel`). Chrome opens its side
 * panel from that click. Firefox opens its sidebar only from a user action it saw itself (the toolbar
 * button, the keyboard shortcut, the View menu); a click in a page reaches the background as a
 * message, which is not one, so the answer carries the words that say how to open it instead. The
 * words are made here, in the background; the content script only shows them (its size budget).
 */
export interface PanelFacts {
  /** The panel was opened for this tab. */
  opened: boolean;
  /** What the browser calls the panel. */
  panel: 'sidebar' | 'side panel';
  /** The ClaimLens panel is already showing in this window (Firefox can tell). */
  showing: boolean;
  /** The keyboard shortcut that opens the panel, as the browser reports it (the biller may change it). */
  shortcut: string | null;
}

/** The answer on the wire: opened, or what the popover beside the badge should say. */
export interface OpenPanelAnswer {
  opened: boolean;
  how: string;
}

/** The popover's last sentence: how to reach every finding, its rule and the note. */
export function howToOpen(facts: PanelFacts): string {
  const panel = `ClaimLens ${facts.panel}`;
  if (facts.showing) return `Every finding, its rule and the note are in the ${panel}.`;
  // Firefox keeps the button in the toolbar (manifest default_area); Chrome may fold it into its menu.
  const button =
    facts.panel === 'sidebar'
      ? 'click the ClaimLens button in the toolbar'
      : "click ClaimLens in the toolbar or in the toolbar's Extensions menu";
  const ways = [facts.shortcut ? `press ${facts.shortcut}` : null, button].filter(
    (w): w is string => w !== null,
  );
  return `For every finding, its rule and the note, open the ${panel}: ${ways.join(', or ')}.`;
}

export const answerFor = (facts: PanelFacts): OpenPanelAnswer => ({
  opened: facts.opened,
  how: facts.opened ? '' : howToOpen(facts),
});

/** What the popover says when the answer is missing or not understood (never throws; no zod here). */
const FALLBACK = 'For every finding, its rule and the note, open the ClaimLens panel from the toolbar.';

/** Reads the background's answer in the content script without trusting its shape. */
export function readOpenPanelAnswer(raw: unknown): OpenPanelAnswer {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const how = typeof r.how === 'string' && r.how.trim() ? r.how.slice(0, 300) : FALLBACK;
  return { opened: r.opened === true, how };
}
