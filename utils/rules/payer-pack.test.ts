import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePayerPack } from './payer-pack';
import { checkClaimSpec } from './testing/run';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'payer-rules');

function pack(name: string) {
  const result = parsePayerPack(readFileSync(join(DOCS, name), 'utf8'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

describe('payer packs: schema', () => {
  const files = readdirSync(DOCS).filter((f) => f.endsWith('.json'));

  it('has example packs', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('example %s is a valid pack', (file) => {
    expect(parsePayerPack(readFileSync(join(DOCS, file), 'utf8')).ok).toBe(true);
  });

  it('names each problem with its field', () => {
    const result = parsePayerPack({
      schema: 1,
      name: 'Bad',
      version: '1',
      payer: { namePattern: '(' },
      requiredModifiers: [{ codes: ['9711'], anyOf: ['GPX'] }],
      rules: { 'no-such-rule': { enabled: false } },
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual(
      expect.stringMatching(/^payer\.namePattern: “\(” is a regular expression/),
    );
    expect(problems).toContain('requiredModifiers.0.codes.0: use a code "97110" or a range "97010-97799"');
    expect(problems).toContain('requiredModifiers.0.anyOf.0: a modifier is 2 letters/digits, e.g. "GP"');
    expect(problems.some((p) => p.startsWith('rules'))).toBe(true);
  });

  it('reports broken JSON in plain words', () => {
    const result = parsePayerPack('{ "schema": 1,');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]).toMatch(/^not valid JSON/);
  });
});

describe('payer packs: applied to claims', () => {
  const acme = pack('acme-therapy.json');
  const ortho = pack('orthopedic-prior-auth.json');
  const wc = pack('lenient-ptp-warning.json');

  it('requires GP/GO/GN on therapy lines for the matching payer only', async () => {
    const settings = { payerPacks: [acme] };
    expect(await checkClaimSpec({ payer: 'Acme Health', lines: ['97110'] }, { settings })).toEqual([
      'payer-rule error [1]',
    ]);
    expect(await checkClaimSpec({ payer: 'Acme Health', lines: ['97110-GP'] }, { settings })).toEqual([]);
    // Aetna has no pack: only the built-in therapy check speaks (a warning for a commercial payer).
    // For Acme the pack's own requirement is the one finding: mod-therapy does not repeat it.
    expect(await checkClaimSpec({ payer: 'Aetna', lines: ['97110'] }, { settings })).toEqual([
      'mod-therapy warning [1]',
    ]);
  });

  it('asks for prior authorization unless the claim shows a number', async () => {
    const settings = { payerPacks: [ortho] };
    expect(await checkClaimSpec({ payer: 'BCBS of Texas', lines: ['29881'] }, { settings })).toEqual([
      'payer-rule error [1]',
    ]);
    const withAuth = { payer: 'BCBS of Texas', lines: ['29881'], priorAuthorization: 'A12345' };
    expect(await checkClaimSpec(withAuth, { settings })).toEqual([]);
  });

  it('lowers built-in rules for the payer (PTP 20611|20610 ind 1 → warning)', async () => {
    const settings = { payerPacks: [wc] };
    expect(
      await checkClaimSpec({ payer: "Workers' Comp Fund", lines: ['20611', '20610'] }, { settings }),
    ).toEqual(['ptp warning [1,2]']);
    expect(await checkClaimSpec({ payer: 'Medicare', lines: ['20611', '20610'] }, { settings })).toEqual([
      'ptp error [1,2]',
    ]);
  });

  it('switches a built-in rule off for the payer (KX off for Acme)', async () => {
    const spec = {
      payer: 'Acme Health Medicare',
      lines: [['97110-GP x4', { charge: 2500 }]] as [string, object][],
    };
    expect(await checkClaimSpec(spec, { settings: { payerPacks: [acme] } })).toEqual([]);
    expect(await checkClaimSpec(spec)).toEqual(['kx warning [1]']);
  });

  it('uses the pack filing limit (Acme 180 days from 2024-01-10 → 2024-07-08: 18 days left)', async () => {
    const spec = { payer: 'Acme Health', lines: ['97110-GP'], dos: '2024-01-10' };
    const found = await checkClaimSpec(spec, { settings: { payerPacks: [acme] }, today: '2024-06-20' });
    expect(found.filter((f) => f.startsWith('timely-filing'))).toEqual(['timely-filing warning []']);
  });
});
