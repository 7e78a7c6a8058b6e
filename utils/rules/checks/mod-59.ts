import type { Finding } from '../../model/finding';
import { BUILT_IN_SOURCE, type Check, finding, isEm } from '../context';
import { DISTINCT, sitesOf, X_MODIFIERS } from '../modifiers';

/**
 * mod-59: 59 / XE / XS / XP / XU misuse. Never on an E/M (25 is the E/M's modifier); never two of
 * them on one line; and the X modifiers are preferred because they say why the service was distinct.
 */
export const checkMod59: Check = (claim, _data, ctx) => {
  const findings: Finding[] = [];
  for (const l of claim.serviceLines) {
    const used = l.modifiers.filter((m) => DISTINCT.has(m));
    if (used.length === 0) continue;
    if (isEm(l.code)) {
      findings.push(
        finding('mod-59', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `${used.join('/')} is on E/M ${l.code} (line ${l.line}); 59 and the X modifiers never go on an E/M.`,
          action: `Use 25 on line ${l.line} for a significant, separately identifiable E/M on the day of a procedure.`,
          source: BUILT_IN_SOURCE,
        }),
      );
      continue;
    }
    if (used.length > 1) {
      findings.push(
        finding('mod-59', ctx.claimIndex, {
          severity: 'error',
          lines: [l.line],
          message: `Line ${l.line} has ${used.join(' and ')}: use only one of 59, XE, XS, XP, XU on a line.`,
          action: 'Keep the single modifier that says why the service was distinct (X preferred).',
          source: BUILT_IN_SOURCE,
        }),
      );
      continue;
    }
    // An anatomic modifier that already tells the sites apart makes 59/X unnecessary (NCCI manual ch. 1).
    const sites = sitesOf(l.modifiers);
    const apart = claim.serviceLines.some(
      (o) =>
        o !== l &&
        o.dosFrom === l.dosFrom &&
        sitesOf(o.modifiers).length > 0 &&
        sites.length > 0 &&
        !sitesOf(o.modifiers).some((s) => sites.includes(s)),
    );
    if (apart) {
      findings.push(
        finding('mod-59', ctx.claimIndex, {
          severity: 'info',
          lines: [l.line],
          message: `Line ${l.line} has ${used[0]} although its anatomic modifier (${sites.join(', ')}) already shows a different site from the other line.`,
          action: `Drop ${used[0]} from line ${l.line}: the anatomic modifier is the more specific bypass, and overuse of 59/X draws audits.`,
          source: BUILT_IN_SOURCE,
        }),
      );
      continue;
    }
    if (used[0] === '59' && !l.modifiers.some((m) => X_MODIFIERS.has(m))) {
      findings.push(
        finding('mod-59', ctx.claimIndex, {
          severity: 'info',
          lines: [l.line],
          message: `Line ${l.line} uses 59; Medicare prefers the more specific XE, XS, XP or XU.`,
          action:
            'Use XS (separate structure), XE (separate encounter), XP (separate practitioner) or XU (unusual non-overlapping service) when one fits; keep 59 for payers that do not accept X modifiers. Never use 59 where 24/25/57/58/78/79/91 or an anatomic modifier fits.',
          source: BUILT_IN_SOURCE,
        }),
      );
    }
  }
  return findings;
};
