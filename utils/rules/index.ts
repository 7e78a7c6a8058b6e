/**
 * The rule engine's public API, for the background, the side panel and the notes.
 * Everything else in utils/rules is internal to the checks.
 */
export { type AppealAdvice, type DenialGuide, describeCarc, describeGroup, KNOWN_CARCS } from './denial/carc';
export { type CategoryGuide, describeCategory, KNOWN_CATEGORIES } from './denial/category';
export { guidanceOnClaim } from './denial/denial';
export { describeRarc, KNOWN_RARCS } from './denial/rarc';
export { GUIDANCE_TABLE, type Guidance, guidanceFor, type Situation } from './denial/table';
export { DENIAL_CAUSES, type DenialCause, type GuidanceRow, type Route } from './denial/types';
export { expectedPatientShare, type PatientShare } from './eligibility/patient-share';
export { checkClaim, checkSnapshot } from './engine';
export { type PayerFamily, payerFamily } from './payer-family';
export { codeInList, PayerPack, type PayerPackResult, packsForPayer, parsePayerPack } from './payer-pack';
export { buildRuleQuery } from './query';
export {
  DEFAULT_FILING_LIMITS,
  DEFAULT_KX_THRESHOLDS,
  DEFAULT_RULE_SETTINGS,
  FilingLimit,
  RuleSettings,
  type RuleSettingsInput,
  RuleSwitch,
} from './settings';
export { ruleSwitch } from './switch';
