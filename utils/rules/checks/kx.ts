import type { Finding } from '../../model/finding';
import { type Check, couldNotCheck, couldNotRead, finding, isMedicare, unread } from '../context';

/**
 * kx: Medicare outpatient therapy (PT/SLP combined, OT separate) above the yearly threshold needs KX
 * to attest medical necessity. The year-to-date therapy amount is not on the pages ClaimLens reads,
 * so the check fires when this claim's own therapy charges pass the threshold without KX, and names
 * the threshold so the biller can compare with the patient's history. Thresholds are in settings.
 */
export function isTherapyCode(code: string | null): boolean {
  return code !== null && /^97\d{3}$/.test(code) && code >= '97010' && code <= '97799';
}

export const checkKx: Check = (claim, _data, ctx) => {
  if (!isMedicare(claim.payer)) return [];
  const lines = claim.serviceLines.filter((l) => isTherapyCode(l.code));
  if (lines.length === 0 || lines.some((l) => l.modifiers.includes('KX'))) return [];
  // Each calendar year has its own threshold: a claim spanning New Year is compared year by year.
  const byYear = new Map<string, typeof lines>();
  for (const l of lines) {
    const year = (l.dosFrom ?? ctx.today).slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), l]);
  }
  const out: Finding[] = [];
  for (const [year, yearLines] of byYear) {
    // Without amounts on the page there is nothing to compare: stay quiet rather than guess.
    const amount = yearLines.reduce((sum, l) => sum + (l.allowed ?? l.charge ?? 0), 0);
    if (amount === 0) continue;
    const threshold = ctx.settings.kxThresholds[year];
    if (threshold === undefined) {
      out.push(
        couldNotCheck('kx', ctx, 'the therapy threshold (KX)', `no KX threshold set for ${year} in settings`),
      );
      continue;
    }
    if (amount <= threshold) continue;
    if (unread(claim, 'modifiers')) {
      const at = yearLines.map((l) => l.line);
      out.push(couldNotRead('kx', ctx, 'KX on the therapy lines', 'modifiers', at));
      continue;
    }
    out.push(
      finding('kx', ctx.claimIndex, {
        severity: 'warning',
        lines: yearLines.map((l) => l.line),
        message: `Therapy on this claim comes to $${amount.toFixed(2)}${byYear.size > 1 ? ` in ${year}` : ''}, above the ${year} KX threshold of $${threshold.toLocaleString('en-US')}, and no line has KX.`,
        action:
          'If the therapy is medically necessary and documented, add KX to the therapy lines; without KX they deny above the threshold.',
        source: `Medicare therapy threshold ${year} ($${threshold}, editable in settings)`,
      }),
    );
  }
  return out;
};
