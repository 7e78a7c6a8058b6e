/**
 * Where a service line sits on a claim-entry form, for its inline flag. By the portal's own ids where
 * the reader knows them (line N is row N−1), else the first field whose value is the line's code.
 */
const BY_ADAPTER: Record<string, (doc: Document, line: number) => Element | null> = {
  'office-ally/claim-entry': (d, n) =>
    d.getElementById(`ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_CPT_CODE${n - 1}`),
  'uhc/claim-entry': (d, n) => d.getElementById(`cpt-hcpc-code-data-${n - 1}`),
  'availity/claim-entry': (d, n) => d.getElementById(`claimInformation.serviceLinesExpanded${n - 1}.amount`),
};

export function lineAnchor(
  doc: Document,
  adapter: string,
  line: number,
  code: string | null,
): Element | null {
  const known = BY_ADAPTER[adapter]?.(doc, line);
  if (known) return known;
  if (!code) return null;
  for (const input of Array.from(doc.querySelectorAll('input'))) {
    if (input.value.trim().toUpperCase() === code) return input;
  }
  return null;
}
