import type { Finding } from '../../model/finding';
import type { PfsIndicators } from '../../ruledata/types';
import { type Check, couldNotCheck, finding } from '../context';
import { judgedByRelease } from '../in-force';
import { pfsRow } from '../pfs';

/**
 * asst: assistant at surgery (80/81/82/AS) against the PFS assistant indicator, co-surgery (62)
 * and team surgery (66) against theirs. For all three: a value that means "never paid" is an error,
 * "paid with documentation" a warning.
 */
interface Rule {
  modifiers: string[];
  field: keyof Pick<PfsIndicators, 'assistant' | 'coSurgery' | 'teamSurgery'>;
  what: string;
  never: string[];
  documented: string[];
}

const RULES: Rule[] = [
  {
    modifiers: ['80', '81', '82', 'AS'],
    field: 'assistant',
    what: 'an assistant at surgery',
    never: ['1', '9'],
    documented: ['0'],
  },
  { modifiers: ['62'], field: 'coSurgery', what: 'co-surgeons (62)', never: ['0', '9'], documented: ['1'] },
  {
    modifiers: ['66'],
    field: 'teamSurgery',
    what: 'a surgical team (66)',
    never: ['0', '9'],
    documented: ['1'],
  },
];

export const checkAssistant: Check = (claim, data, ctx) => {
  const all = RULES.flatMap((r) => r.modifiers);
  const lines = claim.serviceLines.filter((l) => l.code && l.modifiers.some((m) => all.includes(m)));
  if (lines.length === 0) return [];
  if (data.pfs.status === 'no-data') {
    return [couldNotCheck('asst', ctx, 'assistant, co-surgery and team modifiers', data.pfs.reason)];
  }
  const ds = data.pfs.dataset;
  const { covered, tooNew, source } = judgedByRelease(
    'asst',
    ctx,
    'assistant, co-surgery and team modifiers',
    ds,
    lines,
  );
  const findings: Finding[] = [...tooNew];
  for (const l of covered) {
    // The row for the modifier billed: 77022-26 and 72159-TC have their own assistant indicator.
    const row = pfsRow(data.pfs.value, l.code, l.modifiers);
    if (!row) continue;
    for (const rule of RULES) {
      const mod = l.modifiers.find((m) => rule.modifiers.includes(m));
      if (!mod) continue;
      const value = row[rule.field];
      if (rule.never.includes(value)) {
        findings.push(
          finding('asst', ctx.claimIndex, {
            severity: 'error',
            lines: [l.line],
            message: `${l.code} on line ${l.line} is billed with ${mod}, but Medicare never pays ${rule.what} for this code (indicator ${value}).`,
            action: `Remove line ${l.line} (or the modifier); it will be denied.`,
            source,
          }),
        );
      } else if (rule.documented.includes(value)) {
        findings.push(
          finding('asst', ctx.claimIndex, {
            severity: 'warning',
            lines: [l.line],
            message: `${l.code} on line ${l.line} with ${mod}: ${rule.what} is paid only with documentation of medical necessity (indicator ${value}).`,
            action: 'Send the operative report showing why it was needed.',
            source,
          }),
        );
      }
    }
  }
  return findings;
};
