import type { Claim, ServiceLine } from '../../model/snapshot';
import type { RuleData } from '../../ruledata/types';
import { ptpPairsOnClaim } from '../checks/ptp';
import { type CheckContext, isEmService } from '../context';
import { releaseCovers } from '../in-force';
import type { Fact } from './types';

/**
 * Where the rules can see why a line was denied, the finding names the cause: the PTP pair behind a
 * CO-97/236, the MUE indicator behind a CO-151/N362, Medicare behind a CO-29. The facts pick the
 * guidance row; the text is added to the finding's message.
 */
export interface Cause {
  text: string;
  facts: Fact[];
  /** The line that takes the bundling modifier (column 2 of the pair). */
  modLine?: number;
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
  if (pair.indicator === 0) return { text, facts: ['ptp-0'] };
  if (pair.bypassed)
    return { text: `${text} A bypass modifier is already on the claim.`, facts: ['ptp-bypassed'] };
  // The modifier goes on the column-2 code; on an E/M service (eye visits too) that is 25 (or 57), never 59/X.
  return {
    text,
    facts: [isEmService(pair.column2.code) ? 'ptp-1-em' : 'ptp-1'],
    modLine: pair.column2.line,
  };
}

export function unitsCause(line: ServiceLine, data: RuleData): Cause | null {
  if (data.mue.status !== 'ok' || !line.code) return null;
  // A table newer than the line's date of service does not say what the MUE was then.
  if (line.dosFrom && !releaseCovers(data.mue.dataset, line.dosFrom)) return null;
  const edit = data.mue.value[line.code];
  if (!edit) return null;
  return {
    text: `The MUE for ${line.code} is ${edit.value} (MAI ${edit.mai}); line ${line.line} has ${line.units ?? 1}.`,
    facts: [edit.mai === 1 ? 'mai-1' : edit.mai === 2 ? 'mai-2' : 'mai-3'],
  };
}

export function timelyCause(medicare: boolean): Cause | null {
  return medicare ? { text: 'Medicare claim past the 12-month filing limit.', facts: [] } : null;
}
