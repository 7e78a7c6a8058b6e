import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPayerNames,
  MAX_PAYER_NAME,
  type PayerNames,
  parsePayerNames,
  payerNamesFromPattern,
  payerNamesMatch,
} from './payer-names';
import { parsePayerPack } from './payer-pack';
import { RuleSettings } from './settings';

const names = (nameContains: string[], unlessNameContains: string[] = []): PayerNames => ({
  nameContains,
  unlessNameContains,
});
const converted = (pattern: string) => {
  const c = payerNamesFromPattern(pattern);
  return c.ok ? formatPayerNames(c.names) : `refused: ${c.problem}`;
};

describe('payer names: matching', () => {
  it('matches a name that contains one of the names, ignoring case, spaces and full-width letters', () => {
    const uhc = names(['united', 'uhc']);
    expect(payerNamesMatch(uhc, 'UnitedHealthcare Community Plan - TX')).toBe(true);
    expect(payerNamesMatch(uhc, 'ＵＨＣ  of   Texas')).toBe(true);
    expect(payerNamesMatch(uhc, 'Aetna')).toBe(false);
    expect(payerNamesMatch(uhc, null)).toBe(false);
    expect(payerNamesMatch(names([]), 'United')).toBe(false);
  });

  it('leaves out names that contain an exception (original Medicare, not Medicare Advantage)', () => {
    const medicare = names(['medicare'], ['advantage', 'replacement']);
    expect(payerNamesMatch(medicare, 'Medicare Part B - Noridian')).toBe(true);
    expect(payerNamesMatch(medicare, 'Humana Medicare Advantage PPO')).toBe(false);
  });

  it('every character of a name is literal: no pattern runs', () => {
    expect(payerNamesMatch(names(['u.s. health (tx)']), 'U.S. Health (TX) Plan')).toBe(true);
    expect(payerNamesMatch(names(['u.s.']), 'Plus Health')).toBe(false);
    expect(payerNamesMatch(names(['^(\\w+\\s?)+$']), 'UnitedHealthcare Community Plan - TX')).toBe(false);
  });

  it('looks at the first 200 characters of a payer name only', () => {
    const padded = `${'x'.repeat(MAX_PAYER_NAME)} aetna`;
    expect(payerNamesMatch(names(['aetna']), padded)).toBe(false);
  });

  it('fuzz: matching 20 names against a 100,000-character name stays fast', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 20 }),
        fc.string({ maxLength: 200 }),
        (parts, unit) => {
          const list = names(parts.map((p) => p.toLowerCase().trim() || 'x'));
          const started = performance.now();
          payerNamesMatch(list, unit.repeat(500));
          expect(performance.now() - started).toBeLessThan(200);
        },
      ),
      { seed: 20261213, numRuns: 200 },
    );
  });
});

describe('payer names: typed by the biller', () => {
  it('reads commas (or bars) between names and "not" before an exception, and writes them back', () => {
    const typed = parsePayerNames(' Medicare ,not Advantage| not  replacement ');
    expect(typed).toEqual({ ok: true, names: names(['medicare'], ['advantage', 'replacement']) });
    if (typed.ok) expect(formatPayerNames(typed.names)).toBe('medicare, not advantage, not replacement');
  });

  it('refuses what names no payer, or too much, with the reason', () => {
    expect(parsePayerNames('')).toEqual({ ok: false, problem: 'must name at least one payer' });
    expect(parsePayerNames('not advantage')).toEqual({ ok: false, problem: 'must name at least one payer' });
    expect(parsePayerNames('x'.repeat(61))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/60/),
    });
    expect(parsePayerNames(Array.from({ length: 21 }, (_, i) => `p${i}`).join(','))).toMatchObject({
      ok: false,
      problem: 'at most 20 names',
    });
  });
});

describe('payer names: old regular expressions', () => {
  it.each([
    ['aetna', 'aetna'],
    ['united|uhc|optum', 'united, uhc, optum'],
    ['^(?!.*(advantage|replacement)).*medicare', 'medicare, not advantage, not replacement'],
    ["workers'? comp|workmen", "workers' comp, workers comp, workmen"],
    ['blue cross|bcbs|anthem', 'blue cross, bcbs, anthem'],
    ['^.*medicare.*$', 'medicare'],
    ['(?:blue )?shield', 'blue shield, shield'],
    ['blue\\s+cross', 'blue cross'],
    ['u\\.s\\. health', 'u.s. health'],
  ])('converts %s', (pattern, expected) => {
    expect(converted(pattern)).toBe(expected);
  });

  it.each([
    ['(\\w+\\s?)+', '\\w'],
    ['blue.cross', '“.” (any character)'],
    ['[abc]etna', 'a character class'],
    ['aetna+', 'repetition'],
    ['aetna|', 'it matches every payer'],
    ['(a|b)(c|d)(e|f)(g|h)(i|j)', 'more than 20 names'],
    ['(', 'expected “)”'],
    ['^medicare', '“^” (starts with)'],
    ['medicare$', '“$” (ends with)'],
    ['\\bwc\\b', '“\\b” (a whole word)'],
    ['^(?!.*advantage).*medicare|aetna', '“|” beside a look-ahead'],
    ['(?!.*advantage).*medicare', 'a look-around'],
    ['(?<=x)y', 'a look-around'],
  ])('refuses %s, saying why', (pattern, why) => {
    expect(converted(pattern)).toContain(why);
    expect(converted(pattern)).toMatch(/nameContains/);
  });

  it('fuzz: converting any pattern never throws and never takes long', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      '|',
      '(',
      ')',
      '?',
      '*',
      '+',
      '\\',
      's',
      'b',
      '.',
      '^',
      '$',
      '(?!',
      '(?:',
      ' ',
      "'",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
        ),
        (p) => {
          const started = performance.now();
          const c = payerNamesFromPattern(p);
          // A conversion that backtracks takes seconds; 1 s leaves room for a loaded machine's pauses
          // (100 ms failed once under load on a pattern that converts in microseconds).
          expect(performance.now() - started).toBeLessThan(1000);
          if (c.ok) expect(c.names.nameContains.length).toBeGreaterThan(0);
        },
      ),
      { seed: 20261214, numRuns: 3000 },
    );
  });

  it('an old pack with a pattern that cannot be converted is refused on import, naming the field', () => {
    const result = parsePayerPack({
      schema: 1,
      name: 'Old',
      version: '1',
      payer: { namePattern: '^(\\w+\\s?)+$' },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(
        /^payer\.namePattern: “\^\(\\w\+\\s\?\)\+\$” is a regular expression \(“\^” \(starts with\)\)/,
      ),
    ]);
    // A file must name payers itself: what settings keep for an old pattern is not accepted from one.
    const kept = parsePayerPack({
      schema: 1,
      name: 'Kept',
      version: '1',
      payer: { nameContains: [], unconvertedPattern: 'x+' },
    });
    expect(kept.ok ? [] : kept.problems).toEqual(['payer.nameContains: must name at least one payer']);
    const ok = parsePayerPack({
      schema: 1,
      name: 'Old',
      version: '1',
      payer: { namePattern: 'acme|acme health' },
    });
    expect(ok.ok && ok.pack.payer).toEqual(names(['acme', 'acme health']));
  });

  it('stored settings from an older ClaimLens keep every entry: converted, or kept and applied to no payer', () => {
    const stored = {
      filingLimits: [
        { name: 'Acme', payerPattern: 'acme|acme health', days: 60 },
        { name: 'Evil', payerPattern: '^(\\w+\\s?)+$', days: 30 },
      ],
      payerRules: [{ payerPattern: '[ab]etna', rules: { ptp: { enabled: false } } }],
      payerPacks: [
        { schema: 1, name: 'Old', version: '1', payer: { namePattern: 'x+' }, filingLimitDays: 10 },
      ],
      unknownPayerFilingDays: 45,
    };
    const s = RuleSettings.parse(stored);
    expect(s.unknownPayerFilingDays).toBe(45);
    expect(s.filingLimits.map((l) => [l.name, l.payer])).toEqual([
      ['Acme', names(['acme', 'acme health'])],
      ['Evil', { nameContains: [], unlessNameContains: [], unconvertedPattern: '^(\\w+\\s?)+$' }],
    ]);
    expect(s.payerRules[0]?.payer.unconvertedPattern).toBe('[ab]etna');
    expect(s.payerPacks[0]?.payer.unconvertedPattern).toBe('x+');
    expect(payerNamesMatch(s.filingLimits[1]!.payer, 'UnitedHealthcare Community Plan - TX')).toBe(false);
    // Saved again (the new shape) and read back: the same.
    expect(RuleSettings.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});
