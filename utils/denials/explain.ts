import { emptyClaim, emptyLine } from '../model/empty';
import type { Adjustment, Claim, PageSnapshot, ServiceLine } from '../model/snapshot';
import { guidanceOnClaim } from '../rules/denial/denial';
import { describeRarc } from '../rules/denial/rarc';
import type { DenialRecord, RecordedAdjustment, RecordedLine } from './model';

/**
 * A recorded claim explained for the worklist's details: each denied line's codes in plain words and
 * the next step, from the same denial guidance table as the side panel (no rule data here, so the
 * general row of each code applies).
 */
export interface ExplainedCode {
  code: string;
  short: string;
  step: string | null;
}

export interface ExplainedLine {
  line: number;
  what: string;
  reasons: ExplainedCode[];
  remarks: ExplainedCode[];
}

function asClaim(r: DenialRecord): Claim {
  return {
    ...emptyClaim(),
    claimNumber: r.claimNumber,
    payer: r.payer,
    claimType: r.claimType,
    adjustments: r.claimAdjustments.map(asAdjustment),
    remarks: r.claimRemarks,
    serviceLines: r.lines.map(asLine),
  };
}

const asAdjustment = (a: RecordedAdjustment): Adjustment => ({
  group: a.group,
  reason: a.reason,
  amount: a.amount,
});

function asLine(l: RecordedLine): ServiceLine {
  return {
    ...emptyLine(l.line),
    dosFrom: l.dosFrom,
    dosTo: l.dosTo,
    code: l.code,
    modifiers: l.modifiers,
    units: l.units,
    charge: l.charge,
    paid: l.paid,
    adjustments: l.adjustments.map(asAdjustment),
    remarks: l.remarks,
  };
}

function page(r: DenialRecord, claim: Claim): PageSnapshot {
  return {
    ok: true,
    url: '',
    portal: r.portal === 'era' ? 'generic' : r.portal,
    kind: 'remittance',
    claims: [claim],
    eligibility: null,
    patient: null,
    read: { adapter: 'worklist', fallbacks: [], problems: [], unsure: [], kindConfidence: null },
  };
}

export const lineName = (l: Pick<RecordedLine, 'code' | 'modifiers'>): string =>
  `${l.code ?? 'no code'}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}`;

export function explainRecord(r: DenialRecord): { lines: ExplainedLine[]; claim: ExplainedCode[] } {
  const claim = asClaim(r);
  const snapshot = page(r, claim);
  const codes = (
    line: ServiceLine | null,
    adjustments: readonly Adjustment[],
    reasons: readonly string[] | null,
  ) =>
    adjustments
      .filter((a) => !reasons || reasons.includes(`${a.group ? `${a.group}-` : ''}${a.reason}`))
      .map((a) => {
        const g = guidanceOnClaim(snapshot, claim, line, 'carc', a.reason, a.group);
        return {
          code: `${a.group ? `${a.group}-` : ''}${a.reason}`,
          short: g?.short ?? 'a code ClaimLens has no guidance for',
          step: g?.step ?? null,
        };
      });
  const remarks = (rs: readonly string[]) =>
    rs.map((code) => ({ code, short: describeRarc(code)?.short ?? '', step: null }));
  return {
    claim: [...codes(null, claim.adjustments, null), ...remarks(claim.remarks)],
    lines: r.lines.map((l, i) => {
      const line = claim.serviceLines[i]!;
      return {
        line: l.line,
        what: lineName(l),
        reasons: codes(line, line.adjustments, l.reasons),
        remarks: remarks(l.remarks),
      };
    }),
  };
}
