import type { Claim, ServiceLine } from '../../model/snapshot';
import type { RuleData } from '../../ruledata/types';
import { ptpPairsOnClaim } from '../checks/ptp';
import { type CheckContext, isMedicare } from '../context';
import { releaseCovers } from '../in-force';

/**
 * Where the rules can see why a line was denied, the advice names the cause: the PTP pair behind a
 * CO-97/236, the MUE indicator behind a CO-151/N362, Medicare behind a CO-29.
 */
export interface Cause {
  text: string;
  nextStep: string;
}

export function bundlingCause(
  claim: Claim,
  line: ServiceLine,
  data: RuleData,
  ctx: CheckContext,
): Cause | null {
  if (data.ptp.status !== 'ok') return null;
  const pairs = ptpPairsOnClaim(claim, data.ptp.value, ctx.today).filter(
    (p) => p.column2 === line || p.column1 === line,
  );
  // The denied line is normally the column-2 code; prefer that pair, then the strictest.
  pairs.sort((a, b) => Number(b.column2 === line) - Number(a.column2 === line) || a.indicator - b.indicator);
  const pair = pairs[0];
  if (!pair) return null;
  const other = pair.column2 === line ? pair.column1 : pair.column2;
  const text = `Line ${line.line} (${line.code}) and line ${other.line} (${other.code}) are an NCCI pair with modifier indicator ${pair.indicator}.`;
  if (pair.indicator === 0) {
    return {
      text,
      nextStep: 'Not payable together and no modifier changes that: write it off, do not appeal.',
    };
  }
  if (pair.bypassed) {
    return {
      text: `${text} A bypass modifier is already on the claim.`,
      nextStep:
        'If the records show a distinct service (other site, session or practitioner), appeal with them; otherwise write it off.',
    };
  }
  return {
    text,
    nextStep: `Add 59/XS (or XE/XP/XU${pair.column2.code && /^99[2-4]/.test(pair.column2.code) ? ', or 25 on the E/M' : ''}) to line ${pair.column2.line} if the service was distinct and send a corrected claim (frequency 7); otherwise write it off.`,
  };
}

export function unitsCause(line: ServiceLine, data: RuleData): Cause | null {
  if (data.mue.status !== 'ok' || !line.code) return null;
  // A table newer than the line's date of service does not say what the MUE was then.
  if (line.dosFrom && !releaseCovers(data.mue.dataset, line.dosFrom)) return null;
  const edit = data.mue.value[line.code];
  if (!edit) return null;
  const text = `The MUE for ${line.code} is ${edit.value} (MAI ${edit.mai}); line ${line.line} has ${line.units ?? 1}.`;
  if (edit.mai === 1) {
    return {
      text,
      nextStep:
        'MAI 1 is per line: send a corrected claim with the units split over lines marked 76/77/91 or anatomic modifiers, each within the MUE.',
    };
  }
  if (edit.mai === 2) {
    return {
      text,
      nextStep: 'MAI 2 is a per-day policy limit: do not appeal; write off the units above it.',
    };
  }
  return {
    text,
    nextStep: 'MAI 3 is a per-day clinical limit: appeal with records that show the extra units were needed.',
  };
}

export function timelyCause(claim: Claim): Cause | null {
  if (!isMedicare(claim.payer)) return null;
  return {
    text: 'Medicare claim past the 12-month filing limit.',
    nextStep:
      'Medicare does not accept appeals of timely filing denials (N211): write it off unless a listed exception applies.',
  };
}
