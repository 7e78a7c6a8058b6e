import type { PortalId } from '../../model/snapshot';
import { onPortal } from '../adapter';

/** The Medicare contractor portals: server-rendered pages sharing one style of tabs and tables. */
export const MAC_PORTALS: PortalId[] = ['noridian', 'cgs', 'palmetto', 'ngs', 'novitas'];

export const onMac = (url: URL): boolean => onPortal(url, ...MAC_PORTALS);

/** The heading that names a table's section: its caption, the tab pane's title or the nearest heading. */
export function sectionOf(table: Element): string {
  const cap = table.querySelector('caption')?.textContent;
  if (cap) return cap;
  const pane = table.closest('[role=tabpanel],.tab-pane,section,fieldset');
  const label = pane?.getAttribute('aria-label') ?? pane?.querySelector('h1,h2,h3,h4,legend')?.textContent;
  if (label) return label;
  let el: Element | null = table;
  while (el && !/^H\d$/.test(el.tagName)) el = el.previousElementSibling;
  return el?.textContent ?? pane?.id ?? '';
}

/** Claim status results and detail share one URL family; the page shape tells them apart. */
export const macClaimUrl = (url: URL): boolean => onMac(url) && /claim/i.test(url.pathname);
