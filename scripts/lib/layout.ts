import type { Page } from 'playwright-core';

/**
 * What a biller sees on the first screen of the side panel, measured in the browser at the panel's
 * usual size (400×800): how many claims of a list fit above the note footer, where the first error
 * starts, whether the note's Copy button is on screen without scrolling, and the panel's full height.
 */
export interface PanelLayout {
  firstScreenClaims: number;
  firstErrorTopPx: number | null;
  noteButtonVisible: boolean;
  panelHeightPx: number;
}

export const PANEL_SIZE = { width: 400, height: 800 };

/**
 * The measuring code runs in the panel as written here. It is a string on purpose: tsx names the
 * functions it compiles with a helper the page does not have (`__name is not defined`).
 */
const MEASURE = `(() => {
  window.scrollTo(0, 0);
  const vh = window.innerHeight;
  const shown = (e) => e.offsetParent !== null;
  const footer = document.querySelector('.note-bar');
  const floor = footer ? Math.min(vh, footer.getBoundingClientRect().top) : vh;
  const onScreen = (e) => {
    const r = e.getBoundingClientRect();
    return shown(e) && r.top >= 0 && r.bottom <= floor + 0.5;
  };
  const rows = Array.from(document.querySelectorAll('.claim-row > .claim-row-button, section.claim > h2'));
  const firstError = Array.from(document.querySelectorAll('[data-item-severity=error]')).find(shown);
  const copy = document.querySelector('[data-testid=copy-note]');
  let noteButtonVisible = false;
  if (copy && shown(copy)) {
    const r = copy.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    noteButtonVisible = r.top >= 0 && r.bottom <= vh && (hit === copy || copy.contains(hit));
  }
  return {
    firstScreenClaims: rows.filter(onScreen).length,
    firstErrorTopPx: firstError ? Math.round(firstError.getBoundingClientRect().top) : null,
    noteButtonVisible,
    panelHeightPx: Math.round(document.documentElement.scrollHeight),
  };
})()`;

export async function measureLayout(panel: Page): Promise<PanelLayout> {
  return (await panel.evaluate(MEASURE)) as PanelLayout;
}

const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push('page ' + document.documentElement.scrollWidth + 'px');
  for (const el of Array.from(document.querySelectorAll('main *'))) {
    if (el.offsetParent === null || el.closest('.chips')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 1) out.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.right) + 'px');
  }
  return out.slice(0, 10);
})()`;

/**
 * What reaches past the panel's right edge at its current width (empty: the layout holds). Chip rows
 * scroll sideways on purpose and are left out.
 */
export async function overflowsSideways(panel: Page): Promise<string[]> {
  return (await panel.evaluate(OVERFLOW)) as string[];
}
