import { logOnce } from '../log';
import type { Finding, RuleId } from '../model/finding';
import type { Claim, PageSnapshot } from '../model/snapshot';
import { withPortalPayer } from '../portals/portal-payer';
import type { RuleData, RuleStore } from '../ruledata/types';
import type { ClaimMemory } from './checks/history';
import { CLAIM_CHECKS } from './checks/index';
import { hospiceCheckedByLine } from './checks/mod-hospice';
import { type CheckContext, claimDates, isolated, type KeptProof, type ProofSource } from './context';
import { checkEligibility } from './eligibility/index';
import { patientShareFinding } from './eligibility/patient-share';
import { type PayerPack, packsForPayer } from './payer-pack';
import { buildRuleQuery, settingOf } from './query';
import type { RuleSettings } from './settings';
import { ruleSwitch } from './switch';

/**
 * The rule engine: for each claim on the page, ONE batched rule-data question (store.load), then
 * every check as a pure function. Claims asking the same question share one load: on a claim status
 * list of 2,000 claims without service lines that is a single read, not 2,000 transactions.
 * Eligibility on the page is checked against each claim's date of service, or on its own when the
 * page has no claim. `today` is injected for reproducible results. A claim whose page names no payer
 * is checked under the portal's own payer (Cigna's portal is Cigna: utils/portals/portal-payer.ts).
 * On claim-entry forms, `memory`
 * gives each claim its payer's past denials (the `history` check); without it that check is silent.
 * On status, detail and remittance pages, `proofs` gives a claim denied CO-29 (timely filing) the
 * proof of filing the biller kept for it, which the denial guidance names.
 */
export interface MemorySource {
  forClaim(claim: Claim, snapshot: PageSnapshot): Promise<ClaimMemory | null>;
}

export async function checkSnapshot(
  page: PageSnapshot,
  store: RuleStore,
  settings: RuleSettings,
  today: string,
  memory?: MemorySource,
  proofs?: ProofSource,
): Promise<Finding[]> {
  const snapshot = withPortalPayer(page);
  const loads = new Map<string, Promise<RuleData>>();
  const data = await Promise.all(
    snapshot.claims.map((claim) => {
      const query = buildRuleQuery(claim, today);
      const key = JSON.stringify(query);
      let load = loads.get(key);
      if (!load) {
        load = store.load(query);
        loads.set(key, load);
      }
      return load;
    }),
  );
  const memories =
    memory && snapshot.kind === 'claim-entry' && ruleEnabled('history', settings, null, [])
      ? await Promise.all(
          snapshot.claims.map((claim) =>
            memory.forClaim(claim, snapshot).catch((error: unknown): ClaimMemory => {
              logOnce('history: could not read the denial memory', error);
              return { payer: null, denials: [], unreadable: String(error).slice(0, 200) };
            }),
          ),
        )
      : [];
  const kept =
    proofs && PROOF_PAGES.has(snapshot.kind)
      ? await Promise.all(
          snapshot.claims.map((claim) =>
            deniedLate(claim)
              ? proofs.forClaim(claim).catch((error: unknown) => {
                  logOnce('denial: could not read the proofs of filing', error);
                  return null;
                })
              : Promise.resolve(null),
          ),
        )
      : [];
  const findings: Finding[] = [];
  data.forEach((ruleData, i) => {
    findings.push(
      ...checkClaim(snapshot, i, ruleData, settings, today, memories[i] ?? null, kept[i] ?? null),
    );
  });
  if (snapshot.eligibility && snapshot.claims.length === 0) {
    const e = snapshot.eligibility;
    const raw = checkEligibility({
      eligibility: e,
      dos: e.dateOfService ?? today,
      claimIndex: null,
      claimPayer: null,
      lines: [],
    });
    findings.push(...applySwitches(raw, settings, e.payer, packsForPayer(settings.payerPacks, e.payer)));
  }
  return findings;
}

const PROOF_PAGES = new Set(['claim-status', 'claim-detail', 'remittance']);

/** A claim with a CO-29 (or any group's 29: the filing limit passed) on it or one of its lines. */
function deniedLate(claim: Claim): boolean {
  const late = (adjustments: Claim['adjustments']) =>
    adjustments.some((a) => a.reason.replace(/^0+(?=.)/, '') === '29');
  return late(claim.adjustments) || claim.serviceLines.some((l) => late(l.adjustments));
}

/** All checks on one claim with its rule data already loaded: synchronous, so it can be timed alone. */
export function checkClaim(
  snapshot: PageSnapshot,
  claimIndex: number,
  data: RuleData,
  settings: RuleSettings,
  today: string,
  memory: ClaimMemory | null = null,
  proof: KeptProof | null = null,
): Finding[] {
  const claim = snapshot.claims[claimIndex];
  if (!claim) return [];
  const packs = packsForPayer(settings.payerPacks, claim.payer);
  const ctx: CheckContext = {
    claimIndex,
    today,
    settings,
    packs,
    snapshot,
    setting: settingOf(claim),
    memory,
    proof,
  };
  const raw: Finding[] = [];
  for (const [rule, check] of CLAIM_CHECKS) {
    if (!ruleEnabled(rule, settings, claim.payer, packs)) continue;
    // A bug in one check must never hide the others or break the page.
    raw.push(...isolated(rule, claimIndex, () => check(claim, data, ctx)));
  }
  if (snapshot.eligibility) {
    // With mod-hospice on, a Part B claim's hospice election is reported per line (GW/GV), not twice.
    const byLine =
      ruleEnabled('mod-hospice', settings, claim.payer, packs) && hospiceCheckedByLine(claim, ctx);
    raw.push(...eligibilityForClaim(snapshot, claim, claimIndex, today, byLine));
  }
  return applySwitches(raw, settings, claim.payer, packs);
}

function eligibilityForClaim(
  snapshot: PageSnapshot,
  claim: Claim,
  claimIndex: number,
  today: string,
  hospiceByLine: boolean,
): Finding[] {
  const e = snapshot.eligibility;
  if (!e) return [];
  const input = {
    eligibility: e,
    dos: claimDates(claim)[0] ?? e.dateOfService ?? today,
    claimIndex,
    claimPayer: claim.payer,
    lines: [],
    hospiceByLine,
  };
  const lineAllowed = claim.serviceLines.map((l) => l.allowed).filter((a): a is number => a !== null);
  const allowed = claim.allowed ?? (lineAllowed.length > 0 ? lineAllowed.reduce((a, b) => a + b, 0) : null);
  return [
    ...checkEligibility(input),
    ...isolated('elig-inactive', claimIndex, () => patientShareFinding(input, allowed)),
  ];
}

function ruleEnabled(
  rule: RuleId,
  settings: RuleSettings,
  payer: string | null,
  packs: readonly PayerPack[],
) {
  return ruleSwitch(rule, settings, payer, packs).enabled;
}

function applySwitches(
  findings: Finding[],
  settings: RuleSettings,
  payer: string | null,
  packs: readonly PayerPack[],
): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = ruleSwitch(f.rule, settings, payer, packs);
    if (!s.enabled) continue;
    // "Could not check" keeps its level: lowering a rule must not hide that it did not run.
    out.push(s.severity && f.severity !== 'could-not-check' ? { ...f, severity: s.severity } : f);
  }
  return out;
}
