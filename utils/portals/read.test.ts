import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PageSnapshot } from '../model/snapshot';
import { readPage } from './read';

const page = (url: string, body: string): Document => {
  const window = new Window({ url });
  window.document.body.innerHTML = body; // test input only: the readers never write to a page
  return window.document as unknown as Document;
};

describe('readPage', () => {
  it('falls back to the generic reader when the adapter cannot read a redesigned page, and says so', () => {
    const url = 'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/#/redesign';
    const doc = page(
      url,
      `<h1>Claim overview, new design</h1><p>Something changed on the portal page, and the old ids are gone.</p>
       <dl><dt>Claim #</dt><dd>7000000099</dd><dt>Claim Status</dt><dd>F2 Finalized/Denial</dd></dl>
       <table><tr><th>DOS</th><th>CPT</th><th>Mod</th><th>Units</th><th>Billed</th><th>Adjustment Codes</th></tr>
       <tr><td>09/15/2026</td><td>20610</td><td>RT</td><td>1</td><td>$250.00</td><td>CO-97</td></tr></table>`,
    );
    const s = readPage(doc, url);
    expect(PageSnapshot.safeParse(s).success).toBe(true);
    expect(s.ok).toBe(false);
    expect(s.read.adapter).toBe('generic');
    expect(s.read.problems[0]).toMatch(/^availity\/claim-status: /);
    expect(s.read.fallbacks[0]).toMatch(/generic reader: availity\/claim-status could not read/);
    expect(s.kind).toBe('claim-detail');
    expect(s.claims[0]).toMatchObject({ claimNumber: '7000000099', status: { category: 'F2' } });
    expect(s.claims[0]?.serviceLines[0]).toMatchObject({
      code: '20610',
      modifiers: ['RT'],
      adjustments: [{ group: 'CO', reason: '97', amount: null }],
    });
    expect(s.read.unsure).toContain('Claim number: from “claim #”');
  });

  it('reads an unknown host with the generic reader as portal "generic", not as a failure', () => {
    const s = readPage(
      page('https://billing.example.org/x', '<p>hello</p>'),
      'https://billing.example.org/x',
    );
    expect(s).toMatchObject({ ok: true, portal: 'generic', kind: 'unknown', claims: [] });
    expect(s.read.fallbacks).toEqual(['no adapter for this page: read by the generic reader']);
  });

  it('never throws: a bad address or a DOM that throws gives a snapshot with the problem', () => {
    expect(readPage(page('https://example.org/', ''), 'not a url')).toMatchObject({
      ok: false,
      kind: 'unknown',
    });
    const throwing = new Proxy(page('https://essentials.availity.com/', ''), {
      get() {
        throw new Error('boom');
      },
    });
    const s = readPage(throwing, 'https://essentials.availity.com/static/web/pres/web/eligibility/');
    expect(PageSnapshot.safeParse(s).success).toBe(true);
    expect(s.ok).toBe(false);
    expect(s.read.problems.join(' ')).toMatch(/reader failed \(boom\)/);
  });
});
