import {
  type Check,
  couldNotCheck,
  couldNotRead,
  finding,
  isEmService,
  linesByDate,
  unread,
} from '../context';
import { judgedByRelease } from '../in-force';
import { emOnlyMisuse } from '../modifier-families';
import { isMinorProcedure, pfsRow } from '../pfs';
import { ruleSwitch } from '../switch';
import { ptpPairsOnClaim } from './ptp';

/**
 * mod-25: an E/M on the same day as a minor procedure (0 or 10 global days) is part of the
 * procedure unless it was significant and separately identifiable, which modifier 25 says. Also 25 on
 * a code that is not an E/M service (the misuse itself; ptp does not count it as a bypass there).
 * When an NCCI pair (procedure, E/M) already reports that E/M (the ptp finding says to add 25, or
 * that the pair is never payable), this check stays quiet about that procedure: one problem, one
 * finding.
 */
export const checkMod25: Check = (claim, data, ctx) => {
  const findings = emOnlyMisuse(claim, ctx, 'mod-25', ['25']);
  const groups = [...linesByDate(claim).values()].filter(
    (g) =>
      g.some((l) => isEmService(l.code) && !l.modifiers.includes('25')) &&
      g.some((l) => !isEmService(l.code)),
  );
  if (groups.length === 0) return findings;
  if (data.pfs.status === 'no-data') {
    return [
      ...findings,
      couldNotCheck('mod-25', ctx, 'E/M with a minor procedure (global days)', data.pfs.reason),
    ];
  }
  const pfs = data.pfs.value;
  const ds = data.pfs.dataset;
  const procedures = groups.flat().filter((l) => !isEmService(l.code));
  const { covered, tooNew, source } = judgedByRelease(
    'mod-25',
    ctx,
    'E/M with a minor procedure (global days)',
    ds,
    procedures,
  );
  findings.push(...tooNew);
  const reportedByPtp = ptpReported(claim, data, ctx);
  const unjudged: number[] = [];
  for (const lines of groups) {
    const minorOnDay = lines.filter(
      (l) => covered.includes(l) && isMinorProcedure(pfsRow(pfs, l.code, l.modifiers)),
    );
    for (const em of lines) {
      if (!isEmService(em.code) || em.modifiers.includes('25')) continue;
      const minor = minorOnDay.filter((l) => !reportedByPtp.has(`${l.line}|${em.line}`));
      if (minor.length === 0) continue;
      if (unread(claim, 'modifiers')) {
        unjudged.push(em.line, ...minor.map((l) => l.line));
        continue;
      }
      const proc = minor.map((l) => `${l.code} (line ${l.line})`).join(', ');
      findings.push(
        finding('mod-25', ctx.claimIndex, {
          severity: 'error',
          lines: [em.line, ...minor.map((l) => l.line)],
          message: `E/M ${em.code} on line ${em.line} is on the same day as minor procedure ${proc} without modifier 25.`,
          action: `If the visit was significant and separately identifiable from the procedure, add 25 to line ${em.line} (documented); otherwise remove the E/M — it is included in the procedure.`,
          source,
        }),
      );
    }
  }
  if (unjudged.length > 0)
    findings.push(couldNotRead('mod-25', ctx, 'modifier 25 on the E/M', 'modifiers', unjudged));
  return findings;
};

/** "procedure line|E/M line" for every pair the ptp check reports (in force, not bypassed, rule on). */
function ptpReported(...[claim, data, ctx]: Parameters<Check>): Set<string> {
  const reported = new Set<string>();
  if (data.ptp.status !== 'ok' || !ruleSwitch('ptp', ctx.settings, claim.payer, ctx.packs).enabled)
    return reported;
  for (const p of ptpPairsOnClaim(claim, data.ptp.value, ctx.today)) {
    if (!p.bypassed && isEmService(p.column2.code)) reported.add(`${p.column1.line}|${p.column2.line}`);
  }
  return reported;
}
