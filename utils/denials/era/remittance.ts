import type { Adjustment, Claim, ServiceLine } from '../../model/snapshot';
import { date, decimal, el, fail, readSegments, type Segment } from './x12';

/**
 * An X12 835 (health care claim payment/advice, 005010X221A1) read into the same Claim shape the
 * portal readers produce, so a remittance file and a remittance page are judged by the same code.
 * Read: the payer (N1*PR), the payment date (BPR16, else DTM*405), each claim (CLP: payer claim
 * number CLP07, status CLP02, charge and payment), claim-level and line-level adjustments (CAS, any
 * number per claim or line, up to six reason/amount triplets each), service lines (SVC: code,
 * modifiers, charge, payment, units; DTM*472/150/151 dates), remarks (LQ*HE on lines, MOA/MIA on
 * the claim) and the received date (DTM*050). Never read: patient and insured names and ids (NM1),
 * the patient control number (CLP01), addresses and diagnoses.
 *
 * The envelope is checked (ISA/IEA, GS/GE, ST/SE counts and control numbers) and every element the
 * worklist uses is validated; the first problem refuses the whole file with its segment and position.
 */
export interface EraClaim {
  claim: Claim;
  /** CLP02: 1/2/3 processed, 4 denied, 22 reversal of a previous payment, 19–21 forwarded, 23, 25. */
  statusCode: string;
  reversal: boolean;
}

const CLP_STATUSES = new Set(['1', '2', '3', '4', '19', '20', '21', '22', '23', '25']);
const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);
const PROCEDURE_QUALIFIERS = new Set(['HC', 'HP', 'AD', 'ER', 'WK', 'IV']);
const STATUS_TEXT: Record<string, string> = {
  '1': 'Processed as primary',
  '2': 'Processed as secondary',
  '3': 'Processed as tertiary',
  '4': 'Denied',
  '19': 'Processed as primary, forwarded',
  '20': 'Processed as secondary, forwarded',
  '21': 'Processed as tertiary, forwarded',
  '22': 'Reversal of previous payment',
  '23': 'Not our claim, forwarded',
  '25': 'Predetermination pricing only',
};
const MAX_CLAIMS = 20_000;
const MAX_LINES = 999;
const MAX_ADJUSTMENTS = 30;

function adjustments(s: Segment): Adjustment[] {
  const group = el(s, 1);
  if (!GROUPS.has(group))
    fail(`CAS01 "${group.slice(0, 4)}" is not a claim adjustment group (CO, PR, OA, PI, CR).`, s);
  const out: Adjustment[] = [];
  for (let i = 2; i <= 17; i += 3) {
    const reason = el(s, i);
    if (!reason) {
      if (el(s, i + 1)) fail(`CAS${String(i + 1).padStart(2, '0')} has an amount without a reason code.`, s);
      continue;
    }
    if (!/^[A-Z]?\d{1,3}$/.test(reason))
      fail(`CAS${String(i).padStart(2, '0')} "${reason.slice(0, 6)}" is not a reason code.`, s);
    out.push({ group: group as Adjustment['group'], reason, amount: decimal(s, i + 1, true) });
  }
  if (out.length === 0) fail('CAS has no reason code.', s);
  return out;
}

function remark(code: string, s: Segment): string | null {
  if (!code) return null;
  if (!/^(N|M|MA)\d{1,4}$/.test(code)) return fail(`"${code.slice(0, 8)}" is not a remark code.`, s);
  return code;
}

function serviceLine(s: Segment, component: string, number: number): ServiceLine {
  const parts = el(s, 1).split(component);
  const qualifier = parts[0] ?? '';
  if (!qualifier || !parts[1]) fail('SVC01 has no procedure code.', s);
  const code = PROCEDURE_QUALIFIERS.has(qualifier) && /^[A-Z0-9]{5}$/.test(parts[1] ?? '') ? parts[1]! : null;
  const modifiers = parts.slice(2, 6).filter(Boolean);
  for (const m of modifiers)
    if (!/^[A-Z0-9]{2}$/.test(m)) fail(`SVC01 modifier "${m.slice(0, 6)}" is not two letters or digits.`, s);
  const units = decimal(s, 5, false);
  return {
    line: number,
    dosFrom: null,
    dosTo: null,
    pos: null,
    code,
    modifiers,
    units: units === null ? 1 : Math.max(0, units),
    diagnosisPointers: [],
    charge: decimal(s, 2, true),
    allowed: null,
    paid: decimal(s, 3, true),
    adjustments: [],
    remarks: [],
  };
}

function newClaim(s: Segment, payer: string | null, paidOn: string | null): EraClaim {
  const statusCode = el(s, 2);
  if (!CLP_STATUSES.has(statusCode)) fail(`CLP02 "${statusCode.slice(0, 4)}" is not a claim status code.`, s);
  const claimNumber = el(s, 7).trim();
  if (!claimNumber) fail('CLP07 (the payer claim control number) is missing.', s);
  if (claimNumber.length > 50) fail('CLP07 is longer than 50 characters.', s);
  const paid = decimal(s, 4, true);
  const filing = el(s, 6);
  return {
    statusCode,
    reversal: statusCode === '22',
    claim: {
      claimNumber,
      payer,
      claimType: filing === 'MA' ? 'institutional' : filing === 'MB' ? 'professional' : null,
      status: {
        category: statusCode === '4' ? 'F2' : (paid ?? 0) > 0 ? 'F1' : null,
        code: null,
        text: STATUS_TEXT[statusCode] ?? null,
      },
      receivedDate: null,
      finalizedDate: null,
      checkNumber: null,
      checkDate: paidOn,
      primaryEobDate: null,
      serviceDates: null,
      billed: decimal(s, 3, true),
      allowed: null,
      paid,
      patientResponsibility: decimal(s, 5, false),
      priorAuthorization: null,
      // An 835 carries no diagnoses, pointers or authorization: not read, never "none".
      unread: ['diagnoses', 'diagnosisPointers', 'priorAuthorization'],
      diagnoses: [],
      serviceLines: [],
      adjustments: [],
      remarks: [],
    },
  };
}

interface Envelope {
  isa: Segment | null;
  gs: Segment | null;
  st: Segment | null;
  groups: number;
  sets: number;
}

/** Reads every claim of an 835 file, or throws X12Error at the first problem. */
export function readRemittance(text: string): EraClaim[] {
  const { delimiters, segments } = readSegments(text);
  const env: Envelope = { isa: null, gs: null, st: null, groups: 0, sets: 0 };
  const claims: EraClaim[] = [];
  let payer: string | null = null;
  let paidOn: string | null = null;
  let current: EraClaim | null = null;
  let line: ServiceLine | null = null;
  let sawTransaction = false;
  let statement: { from: string | null; to: string | null } = { from: null, to: null };

  const closeClaim = () => {
    if (current && statement.from) {
      for (const l of current.claim.serviceLines) {
        l.dosFrom ??= statement.from;
        l.dosTo ??= statement.to ?? statement.from;
      }
      if (current.claim.serviceLines.length === 0)
        current.claim.serviceDates = { from: statement.from, to: statement.to ?? statement.from };
    }
    current = null;
    line = null;
    statement = { from: null, to: null };
  };

  for (const s of segments) {
    const inSet = env.st !== null;
    switch (s.id) {
      case 'ISA':
        if (env.isa) fail('ISA inside an interchange: the previous one has no IEA.', s);
        env.isa = s;
        env.groups = 0;
        continue;
      case 'IEA':
        if (!env.isa || env.gs) fail('IEA without a matching ISA, or with a GS still open.', s);
        if (el(s, 1) !== String(env.groups))
          fail(`IEA01 says ${el(s, 1)} functional groups; the file has ${env.groups}.`, s);
        if (el(s, 2) !== el(env.isa!, 13)) fail('IEA02 does not match the ISA13 control number.', s);
        env.isa = null;
        continue;
      case 'GS':
        if (!env.isa || env.gs) fail('GS outside an interchange, or inside another GS.', s);
        env.gs = s;
        env.sets = 0;
        env.groups++;
        continue;
      case 'GE':
        if (!env.gs || env.st) fail('GE without a matching GS, or with an ST still open.', s);
        if (el(s, 1) !== String(env.sets))
          fail(`GE01 says ${el(s, 1)} transaction sets; the group has ${env.sets}.`, s);
        if (el(s, 2) !== el(env.gs!, 6)) fail('GE02 does not match the GS06 control number.', s);
        env.gs = null;
        continue;
      case 'ST':
        if (!env.gs || env.st) fail('ST outside a functional group, or inside another ST.', s);
        if (el(s, 1) !== '835')
          fail(`This is an X12 ${el(s, 1).slice(0, 4) || '?'} transaction, not an 835 remittance.`, s);
        env.st = s;
        env.sets++;
        sawTransaction = true;
        payer = null;
        paidOn = null;
        continue;
      case 'SE': {
        if (!env.st) fail('SE without a matching ST.', s);
        const count = s.number - env.st!.number + 1;
        if (el(s, 1) !== String(count))
          fail(`SE01 says ${el(s, 1)} segments; the transaction has ${count}.`, s);
        if (el(s, 2) !== el(env.st!, 2)) fail('SE02 does not match the ST02 control number.', s);
        closeClaim();
        env.st = null;
        continue;
      }
    }
    if (!inSet) fail(`${s.id} outside a transaction set (ST … SE).`, s);
    switch (s.id) {
      case 'BPR':
        if (el(s, 16)) paidOn = date(s, 16);
        break;
      case 'DTM':
        if (!current) {
          if (el(s, 1) === '405' && !paidOn) paidOn = date(s, 2);
        } else if (line) {
          if (el(s, 1) === '472' || el(s, 1) === '150') line.dosFrom = date(s, 2);
          if (el(s, 1) === '472' || el(s, 1) === '151') line.dosTo = date(s, 2);
        } else if (el(s, 1) === '050') current.claim.receivedDate = date(s, 2);
        else if (el(s, 1) === '232') statement.from = date(s, 2);
        else if (el(s, 1) === '233') statement.to = date(s, 2);
        break;
      case 'N1':
        if (el(s, 1) === 'PR') payer = el(s, 2).trim().slice(0, 200) || null;
        break;
      case 'CLP':
        closeClaim();
        if (claims.length >= MAX_CLAIMS)
          fail(`More than ${MAX_CLAIMS.toLocaleString('en-US')} claims in one file.`, s);
        current = newClaim(s, payer, paidOn);
        claims.push(current);
        break;
      case 'SVC':
        if (!current) fail('SVC before any CLP.', s);
        if (current!.claim.serviceLines.length >= MAX_LINES)
          fail('More than 999 service lines on one claim.', s);
        line = serviceLine(s, delimiters.component, current!.claim.serviceLines.length + 1);
        current!.claim.serviceLines.push(line);
        break;
      case 'CAS': {
        if (!current) fail('CAS before any CLP.', s);
        const target = line ?? current!.claim;
        if (target.adjustments.length >= MAX_ADJUSTMENTS)
          fail('Too many adjustments on one claim or line.', s);
        target.adjustments.push(...adjustments(s));
        break;
      }
      case 'LQ':
        if (line && el(s, 1) === 'HE') {
          const code = remark(el(s, 2), s);
          if (code && line.remarks.length < MAX_ADJUSTMENTS) line.remarks.push(code);
        }
        break;
      case 'MOA':
      case 'MIA':
        if (current && !line) {
          const positions = s.id === 'MOA' ? [3, 4, 5, 6, 7] : [5, 20, 21, 22, 23];
          for (const p of positions) {
            const code = remark(el(s, p), s);
            if (code && current.claim.remarks.length < MAX_ADJUSTMENTS) current.claim.remarks.push(code);
          }
        }
        break;
      case 'AMT':
        if (line && el(s, 1) === 'B6') line.allowed = decimal(s, 2, true);
        break;
      case 'PLB':
        closeClaim();
        break;
    }
  }
  if (env.st) fail('The file ends inside a transaction set (no SE).', env.st);
  if (env.gs) fail('The file ends inside a functional group (no GE).', env.gs);
  if (env.isa) fail('The file ends inside the interchange (no IEA).', env.isa);
  if (!sawTransaction) fail('The file has no 835 transaction set.', null);
  return claims;
}
