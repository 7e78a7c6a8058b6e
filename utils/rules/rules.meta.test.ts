import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULE_LABELS } from '../../components/options/rule-labels';
import { RULE_IDS } from '../model/finding';
import { CLAIM_CHECKS } from './checks/index';
import { ELIGIBILITY_CHECKS } from './eligibility/index';

/**
 * One list of rules, kept in step everywhere (like refined-github's features test): adding a rule
 * takes its check file, one registration line (checks/index.ts or eligibility/index.ts), its id in
 * RULE_IDS, its label for the options page and one row in the README table. Forget one and this fails.
 */
const here = import.meta.dirname;
const registered = [...CLAIM_CHECKS, ...ELIGIBILITY_CHECKS];

/** Where a rule's check lives. */
function checkFile(rule: string): string {
  if (rule === 'denial') return join(here, 'denial', 'denial.ts');
  if (rule.startsWith('elig-')) return join(here, 'eligibility', `${rule.slice('elig-'.length)}.ts`);
  return join(here, 'checks', `${rule}.ts`);
}

test('every rule id has exactly one registered check, and every registered check has a rule id', () => {
  const ids = registered.map(([rule]) => rule);
  expect(new Set(ids).size, 'a rule is registered twice').toBe(ids.length);
  expect([...ids].sort()).toEqual([...RULE_IDS].sort());
});

test('each registered check is exported by its own file', async () => {
  for (const [rule, check] of registered) {
    const file = checkFile(rule);
    expect(existsSync(file), `${rule}: no ${file}`).toBe(true);
    const exports = Object.values(await import(/* @vite-ignore */ file));
    // A check registered through a wrapper (needsModifiers) names the check it wraps.
    const own = (check as { wraps?: unknown }).wraps ?? check;
    expect(exports, `${rule} is registered with a function its file does not export`).toContain(own);
  }
});

test('the options page has a label for every rule, and none for a rule that does not exist', () => {
  expect(Object.keys(RULE_LABELS).sort()).toEqual([...RULE_IDS].sort());
  for (const label of Object.values(RULE_LABELS)) expect(label.trim()).not.toBe('');
});

test('the README table of utils/rules lists every rule once, in RULE_IDS order', () => {
  const readme = readFileSync(join(here, 'README.md'), 'utf8');
  const table = readme.split('\n| id ')[1]?.split('\n\n')[0] ?? '';
  const rows = table
    .split('\n')
    .slice(2)
    .filter((l) => l.startsWith('|'))
    .map((l) => l.split('|')[1]!.trim());
  expect(rows).toEqual([...RULE_IDS]);
});
