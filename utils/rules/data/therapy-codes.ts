/**
 * The outpatient therapy code list mod-therapy uses: CMS's annual therapy code list (Medicare Claims
 * Processing Manual, Pub. 100-04, ch. 5 §20; the list is updated each year with the physician fee
 * schedule), code numbers only.
 *
 * - ALWAYS: "always therapy" codes. Medicare pays them only as therapy under a plan of care, whoever
 *   furnishes them, so every line needs exactly one discipline modifier (GP, GO or GN). The physical
 *   medicine and rehabilitation codes, the therapy evaluations, the speech-language treatment and
 *   evaluation codes; 97014 is not here (Medicare does not pay it: G0283 instead).
 * - SOMETIMES: "sometimes therapy" codes (wound care, canalith repositioning, dry needling, muscle
 *   testing, remote therapeutic monitoring, casting/strapping, swallowing studies…). They take a
 *   discipline modifier when a therapist furnishes them under a plan of care and none otherwise, which
 *   the claim does not show, so a missing modifier is not reported; a present one is not a misfit.
 * - EVALUATIONS: codes that belong to one discipline and must carry its modifier (a GO on a PT
 *   evaluation is an error).
 *
 * Why a built-in list and not the fee schedule's PC/TC indicator 7: indicator 7 marks codes a therapist
 * in private practice may bill, which includes audiology tests (not therapy) and misses 97129/97130
 * and 96105; the CMS list is the one claims processing applies. A code missing here at worst misses a
 * finding (never a false error); a payer pack can require modifiers on other codes.
 */

const range = (from: number, to: number, step = 1): string[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => String(from + i * step));

export const THERAPY_LIST_VINTAGE = 'CMS therapy code list, CY2024–CY2025 (ClaimLens 2026-11)';

export const ALWAYS_THERAPY: ReadonlySet<string> = new Set([
  // Physical medicine modalities (97010 is bundled but still a therapy line), supervised and constant attendance.
  '97010',
  '97012',
  '97016',
  '97018',
  '97022',
  '97024',
  '97026',
  '97028',
  ...range(97032, 97036),
  '97039',
  // Therapeutic procedures, group therapy, evaluations and re-evaluations.
  '97110',
  '97112',
  '97113',
  '97116',
  '97124',
  '97129',
  '97130',
  '97139',
  '97140',
  '97150',
  ...range(97161, 97168),
  '97530',
  '97533',
  '97535',
  '97537',
  '97542',
  '97545',
  '97546',
  '97750',
  '97755',
  '97760',
  '97761',
  '97763',
  '97799',
  // Speech-language pathology: treatment, evaluations, speech-generating devices, swallowing treatment.
  '92507',
  '92508',
  '92521',
  '92522',
  '92523',
  '92524',
  '92526',
  '92597',
  '92607',
  '92608',
  '92609',
  '96105',
  '96125',
  // HCPCS: unattended electrical stimulation, whirlpool, manual therapy on the lymphatic system.
  'G0281',
  'G0283',
  'G0329',
]);

export const SOMETIMES_THERAPY: ReadonlySet<string> = new Set([
  '20560',
  '20561',
  ...range(29105, 29131),
  ...range(29200, 29280),
  ...range(29505, 29590),
  '64550',
  '90901',
  '90912',
  '90913',
  '92520',
  '92605',
  '92606',
  '92610',
  '92611',
  '92612',
  '92614',
  '92616',
  '92618',
  '95851',
  '95852',
  '95992',
  ...range(96000, 96004),
  '97550',
  '97551',
  '97552',
  '97597',
  '97598',
  '97602',
  ...range(97605, 97608),
  '97610',
  ...range(98975, 98981),
]);

export type Discipline = 'GP' | 'GO' | 'GN';
export const DISCIPLINES: readonly Discipline[] = ['GP', 'GO', 'GN'];

export const DISCIPLINE_NAME: Record<Discipline, string> = {
  GP: 'physical therapy',
  GO: 'occupational therapy',
  GN: 'speech-language pathology',
};

/** Evaluations that belong to one discipline (PT 97161–97164, OT 97165–97168, SLP 92521–92524). */
export const EVALUATION_DISCIPLINE: Readonly<Record<string, Discipline>> = Object.fromEntries([
  ...range(97161, 97164).map((c) => [c, 'GP']),
  ...range(97165, 97168).map((c) => [c, 'GO']),
  ...range(92521, 92524).map((c) => [c, 'GN']),
]);

/** Assistants' modifiers and the discipline each goes with: CQ (PT assistant) with GP, CO (OT assistant) with GO. */
export const ASSISTANT_DISCIPLINE: Readonly<Record<string, Discipline>> = { CQ: 'GP', CO: 'GO' };

export type TherapyFamily = 'always' | 'sometimes' | null;

export function therapyFamily(code: string | null): TherapyFamily {
  if (!code) return null;
  if (ALWAYS_THERAPY.has(code)) return 'always';
  return SOMETIMES_THERAPY.has(code) ? 'sometimes' : null;
}
