/** What readPanel needs of a page: Playwright's (Chromium) and puppeteer's (Firefox) both fit. */
export interface PanelPage {
  waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
  content(): Promise<string>;
  evaluate<R>(fn: () => R): Promise<R>;
}

export interface PanelReport {
  kind: string;
  /** Claim numbers shown (claims without a number on the page are not listed). */
  claimNumbers: string[];
  findings: { rule: string; severity: string; lines: number[] }[];
}

/**
 * Waits until the side panel shows a read page and has not changed for a second (portals paint late:
 * the first reading may be "still loading"), then reports what it shows, collapsed groups included
 * (rows drawn at once: up to 100 a group).
 */
export async function readPanel(panel: PanelPage, timeoutMs = 10_000): Promise<PanelReport> {
  await panel.waitForSelector('main[data-state="read"], main[data-state="unreadable"]', {
    timeout: timeoutMs,
  });
  let last = '';
  let stable = 0;
  for (let i = 0; i < 40 && stable < 4; i++) {
    const html = await panel.content();
    stable = html === last ? stable + 1 : 0;
    last = html;
    await new Promise((r) => setTimeout(r, 250));
  }
  // A collapsed group ("Nothing to do") draws its rows only when opened: open it as a biller would,
  // read, and close it again so the panel looks as it did (the demo measures and photographs it next).
  return panel.evaluate(async () => {
    const toggles = Array.from(
      document.querySelectorAll<HTMLButtonElement>('.group-toggle[aria-expanded="false"]'),
    );
    for (const t of toggles) t.click();
    await new Promise((r) => setTimeout(r, 100)); // Preact draws on its next tick
    const report = {
      kind: document.querySelector('main')?.getAttribute('data-kind') ?? 'unknown',
      // Claims without a number on the page (claim entry, not found) are not listed.
      claimNumbers: Array.from(document.querySelectorAll('[data-claim-number]'), (e) =>
        e.getAttribute('data-claim-number'),
      ).filter((n): n is string => !!n),
      findings: Array.from(document.querySelectorAll('[data-finding-rule]'), (e) => ({
        rule: e.getAttribute('data-finding-rule') ?? '',
        severity: e.getAttribute('data-finding-severity') ?? '',
        lines: (e.getAttribute('data-lines') ?? '').split(',').filter(Boolean).map(Number),
      })),
    };
    for (const t of toggles) t.click();
    await new Promise((r) => setTimeout(r, 100)); // Preact draws on its next tick
    return report;
  });
}
