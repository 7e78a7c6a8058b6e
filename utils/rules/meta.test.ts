import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_LABELS } from '../../components/options/rule-labels';
import { RULE_IDS } from '../model/finding';
import { CLAIM_CHECKS } from './checks/index';

/** The rule ids, the checks that produce them, their option labels and the rules README stay in step. */
const README = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8');
const ELIGIBILITY = ['elig-inactive', 'elig-ma', 'elig-msp', 'elig-cob', 'elig-hospice'];

describe('rule registry', () => {
  it('every claim check has one rule id, and every rule id is a claim or eligibility check', () => {
    const ids = CLAIM_CHECKS.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids, ...ELIGIBILITY].sort()).toEqual([...RULE_IDS].sort());
  });

  it('the rules README has one table row per rule id, and the options page a label for each', () => {
    const rows = README.split('\n')
      .filter((l) => /^\| [a-z0-9-]+ +\|/.test(l))
      .map((l) => l.split('|')[1]?.trim());
    for (const id of RULE_IDS)
      expect(
        rows.filter((r) => r === id),
        id,
      ).toHaveLength(1);
    for (const id of RULE_IDS) expect(RULE_LABELS[id], id).toMatch(/\S/);
    expect(new Set(Object.values(RULE_LABELS)).size).toBe(RULE_IDS.length);
  });
});
