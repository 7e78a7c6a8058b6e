import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../scripts/inspect';
import { FIXTURE_DIR, fixture } from './testing/load';

describe('inspect CLI', () => {
  it('prints the documented JSON for a saved page and passes the snapshot and data dir to findingsFor', async () => {
    const page = fixture('office-ally-claim-fix');
    const seen: [string, string | undefined][] = [];
    const { code, out } = await inspect(
      [path.join(FIXTURE_DIR, page.file), '--url', page.url, '--data', FIXTURE_DIR, '--json'],
      {
        findingsFor: async (s, dir) => {
          seen.push([s.kind, dir]);
          return [
            {
              rule: 'dx-pointer',
              severity: 'error',
              claimIndex: 0,
              lines: [2],
              message: 'Line 2 points at diagnosis E, which the claim does not have.',
              action: 'Fix the pointer.',
              source: 'ClaimLens',
              reason: null,
            },
          ];
        },
      },
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['portal', 'kind', 'claims', 'eligibility', 'findings', 'read']);
    expect(json).toMatchObject({
      portal: 'office-ally',
      kind: 'claim-entry',
      findings: [{ rule: 'dx-pointer' }],
    });
    expect(json.claims[0].status).toEqual({
      category: 'A3',
      code: '33',
      text: 'CLAIM REJECTED; STATUS CODE: A3:33; Subscriber and subscriber id not found.',
    });
    expect(Object.keys(json.claims[0].serviceLines[0])).toEqual([
      'line',
      'dosFrom',
      'dosTo',
      'pos',
      'code',
      'modifiers',
      'units',
      'diagnosisPointers',
      'charge',
      'paid',
      'adjustments',
      'remarks',
    ]);
    expect(seen).toEqual([['claim-entry', FIXTURE_DIR]]);
  });

  it('prints a readable summary without --json', async () => {
    const page = fixture('noridian-claim-detail');
    const { code, out } = await inspect([path.join(FIXTURE_DIR, page.file), '--url', page.url]);
    expect(code).toBe(0);
    expect(out).toContain('noridian · claim-detail · read by mac/claim-detail');
    expect(out).toMatch(/20610 LT +x1 ptr BC \$80\.00 +CO-97/);
  });

  it('fails with one clear line for a missing file or a bad URL', async () => {
    expect(await inspect(['missing.html', '--url', 'https://www.officeally.com/x.aspx'])).toEqual({
      code: 1,
      out: 'inspect: cannot read missing.html: no such file',
    });
    expect(await inspect(['x.html', '--url', 'not a url'])).toEqual({
      code: 1,
      out: 'inspect: not a URL: not a url',
    });
    expect((await inspect(['x.html', '--url', 'http://www.officeally.com/'])).out).toBe(
      'inspect: the URL must be https (got http:)',
    );
  });
});
