import { describe, expect, it } from 'vitest';
import { readPage } from '../read';
import { fixture, fixtureHtml, loadPage } from '../testing/load';

describe('Availity claim entry', () => {
  it('reads a service line the user adds and fills in live', async () => {
    const page = fixture('availity-claim-entry');
    const window = await loadPage(fixtureHtml(page), page.url);
    const doc = window.document as unknown as Document;
    (doc.getElementById('add-line') as HTMLButtonElement).click();
    expect(readPage(doc, page.url).claims[0]?.serviceLines).toHaveLength(3);
    const row = doc.querySelector('[data-testid="service-line-3"]')!;
    const proc = row.querySelector('input[aria-labelledby="sl3-proc-label"]') as HTMLInputElement;
    proc.value = '20611';
    proc.dispatchEvent(
      new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }) as unknown as Event,
    );
    (doc.getElementById('claimInformation.serviceLinesExpanded3.amount') as HTMLInputElement).value =
      '300.00';
    (doc.getElementById('claimInformation.serviceLinesExpanded3.quantity') as HTMLInputElement).value = '2';
    const line = readPage(doc, page.url).claims[0]?.serviceLines[3];
    expect(line).toMatchObject({ line: 4, code: '20611', charge: 300, units: 2, modifiers: [] });
    await window.happyDOM.close();
  });
});
