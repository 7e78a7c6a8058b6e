import type { Finding } from '../../model/finding';
import { type Check, claimDates, couldNotCheck, finding, linesByDate, sourceOf } from '../context';

/**
 * addon: an add-on code is paid only with a primary procedure on the same date of service.
 * Type 1: only the primaries CMS lists. Type 2: no list, any primary the contractor accepts.
 * Type 3: the listed primaries, and others the contractor may accept. 51 never goes on an add-on.
 */
export const checkAddon: Check = (claim, data, ctx) => {
  const groups = linesByDate(claim);
  if (groups.size === 0) return [];
  if (data.addon.status === 'no-data') {
    return [couldNotCheck('addon', ctx, 'add-on codes against their primaries', data.addon.reason)];
  }
  const source = sourceOf(data.addon.dataset, claimDates(claim));
  const edits = data.addon.value;
  const findings: Finding[] = [];
  for (const lines of groups.values()) {
    for (const line of lines) {
      const edit = line.code ? edits[line.code] : undefined;
      if (!edit) continue;
      if (line.modifiers.includes('51')) {
        findings.push(
          finding('addon', ctx.claimIndex, {
            severity: 'error',
            lines: [line.line],
            message: `${edit.addon} is an add-on code: modifier 51 (multiple procedures) never goes on an add-on.`,
            action: `Remove 51 from line ${line.line}; add-on codes are already priced without the multiple-procedure reduction.`,
            source,
          }),
        );
      }
      const others = lines.filter((l) => l !== line && l.code && l.code !== edit.addon);
      const listed = others.filter((l) => edit.primaries.includes(l.code ?? ''));
      if (listed.length > 0) continue;
      // Another line that is not itself a pure add-on can be a primary for types 2 and 3.
      const anyPrimary = others.some((l) => !edits[l.code ?? ''] || edit.primaries.includes(l.code ?? ''));
      if (edit.type === 1) {
        findings.push(
          finding('addon', ctx.claimIndex, {
            severity: 'error',
            lines: [line.line],
            message: `Add-on ${edit.addon} has none of its eligible primary codes on the same date of service (type 1: only listed primaries${edit.primaries.length <= 6 ? `, e.g. ${edit.primaries.join(', ')}` : ''}).`,
            action:
              'Add the primary procedure performed that day (same claim, same date) or remove the add-on.',
            source,
          }),
        );
      } else if (!anyPrimary) {
        findings.push(
          finding('addon', ctx.claimIndex, {
            severity: 'warning',
            lines: [line.line],
            message: `Add-on ${edit.addon} has no primary procedure on the same date of service (type ${edit.type}).`,
            action: 'Bill it with the primary procedure it adds to, on the same date of service.',
            source,
          }),
        );
      }
    }
  }
  return findings;
};
