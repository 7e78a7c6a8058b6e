import type { PortalAdapter } from '../portals/adapter';

/**
 * Where a service line sits on a claim-entry form, for its inline flag: where the adapter that read
 * the form says (its own `lineAnchor`, by the portal's ids), else the first field whose value is the
 * line's code.
 */
export function lineAnchor(
  doc: Document,
  adapter: Pick<PortalAdapter, 'lineAnchor'> | undefined,
  line: number,
  code: string | null,
): Element | null {
  const known = adapter?.lineAnchor?.(doc, line);
  if (known) return known;
  if (!code) return null;
  for (const input of Array.from(doc.querySelectorAll('input'))) {
    if (input.value.trim().toUpperCase() === code) return input;
  }
  return null;
}
