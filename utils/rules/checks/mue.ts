import type { Finding } from '../../model/finding';
import type { Claim, ServiceLine } from '../../model/snapshot';
import type { MueEdit } from '../../ruledata/types';
import {
  type Check,
  type CheckContext,
  couldNotCheck,
  finding,
  lineList,
  linesByDate,
  lineUnits,
  medicareRuleFor,
  sourceOf,
} from '../context';
import { excludedGroup } from '../data/excluded-services';
import { releaseCovers, tooNewFor } from '../in-force';
import { ruleSwitch } from '../switch';

/**
 * mue: units against the Medically Unlikely Edit by its adjudication indicator (MAI).
 * MAI 1 counts each line on its own, so lines a biller split with 76/77/91 or anatomic modifiers
 * are judged separately; MAI 2 and 3 add every line of the code on the date of service.
 * A table is judged against the dates it is in force for: lines dated before its effective date get
 * one "could not check" (the store already answers no-data when every date is earlier).
 */

export function maiAdvice(mai: 1 | 2 | 3, code: string): string {
  if (mai === 1) {
    return `MUE is per line (MAI 1): if more units were truly given, split them onto separate lines of ${code} with 76/77/91 or the anatomic modifiers (RT/LT, F1…), each within the limit.`;
  }
  if (mai === 2) {
    return 'MUE is a per-day policy limit (MAI 2): units above it are never paid and an appeal will not succeed. Bill the limit and write off the rest.';
  }
  return 'MUE is a per-day clinical limit (MAI 3): bill the units given; if denied, appeal with records showing medical necessity for the extra units.';
}

export const checkMue: Check = (claim, data, ctx) => {
  const groups = linesByDate(claim);
  if (groups.size === 0) return [];
  if (data.mue.status === 'no-data') {
    return [couldNotCheck('mue', ctx, 'units against the MUE', data.mue.reason)];
  }
  const edits = data.mue.value;
  const ds = data.mue.dataset;
  const findings: Finding[] = [];
  // Lines are grouped by date, so a whole group is either in force or earlier than the table.
  const inForce = [...groups].filter(([date]) => releaseCovers(ds, date || ctx.today));
  const early = [...groups].filter(([date]) => !releaseCovers(ds, date || ctx.today)).flatMap(([, g]) => g);
  if (early.length > 0) findings.push(tooNewFor('mue', ctx, 'units against the MUE', ds, early));
  const source = sourceOf(
    ds,
    inForce.map(([date]) => date || ctx.today),
  );
  for (const [, lines] of inForce) {
    const byCode = new Map<string, ServiceLine[]>();
    for (const l of lines) {
      if (!l.code || !edits[l.code]) continue;
      if (edits[l.code]?.value === 0 && deniedOnPurpose(claim, l, ctx)) continue;
      byCode.set(l.code, [...(byCode.get(l.code) ?? []), l]);
    }
    for (const [code, codeLines] of byCode) {
      const edit = edits[code] as MueEdit;
      const over = (units: number, on: ServiceLine[]) =>
        finding('mue', ctx.claimIndex, {
          severity: 'error',
          lines: on.map((l) => l.line),
          message:
            edit.value === 0
              ? `${code} has an MUE of 0 in this setting: Medicare does not pay it here (${lineList(on)}).`
              : `${code}: ${units} units on ${lineList(on)} ${edit.mai === 1 ? 'on one line ' : 'on one day '}exceed the MUE of ${edit.value} (MAI ${edit.mai}).`,
          action:
            edit.value === 0 ? 'Check for the code Medicare expects instead.' : maiAdvice(edit.mai, code),
          source,
        });
      if (edit.mai === 1) {
        for (const l of codeLines) if (lineUnits(l) > edit.value) findings.push(over(lineUnits(l), [l]));
        continue;
      }
      const total = codeLines.reduce((sum, l) => sum + lineUnits(l), 0);
      if (total > edit.value) findings.push(over(total, codeLines));
    }
  }
  return findings;
};

/**
 * An MUE of 0 says Medicare never pays the code. On a line billed for its denial (GY: excluded by
 * statute) that is what the biller wants; on a service mod-excluded explains (a routine physical, a
 * hearing aid) that check says why and asks for GY: one finding, not two.
 */
function deniedOnPurpose(claim: Claim, l: ServiceLine, ctx: CheckContext): boolean {
  if (l.modifiers.includes('GY')) return true;
  return (
    excludedGroup(l.code) !== null &&
    ruleSwitch('mod-excluded', ctx.settings, claim.payer, ctx.packs).enabled &&
    medicareRuleFor('mod-excluded', claim, ctx) !== null
  );
}
