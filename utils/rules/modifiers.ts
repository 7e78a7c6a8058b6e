/**
 * Modifier groups as the NCCI Policy Manual names them (chapter 1, "Modifiers and Modifier
 * Indicators"). Kept in one place so ptp, mue, mod-59 and duplicate agree on what a modifier means.
 */

/** Anatomic modifiers: eyelids, fingers, toes, sides, coronary arteries. */
export const ANATOMIC = new Set([
  'E1',
  'E2',
  'E3',
  'E4',
  'FA',
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'TA',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'LT',
  'RT',
  'LC',
  'LD',
  'RC',
  'LM',
  'RI',
]);

/** Global surgery modifiers that NCCI accepts as a bypass. */
export const GLOBAL_SURGERY = new Set(['24', '25', '57', '58', '78', '79']);

/** 59 and its more specific X{EPSU} subsets. */
export const DISTINCT = new Set(['59', 'XE', 'XS', 'XP', 'XU']);
export const X_MODIFIERS = new Set(['XE', 'XS', 'XP', 'XU']);

/** Repeat procedure / repeat lab: a second line of the same code that is a real second service. */
export const REPEAT = new Set(['76', '77', '91']);

/** Everything NCCI lets bypass an indicator-1 PTP edit. */
export const NCCI_ASSOCIATED = new Set([...ANATOMIC, ...GLOBAL_SURGERY, '91', ...DISTINCT]);

/** Telehealth modifiers: 95 synchronous video, 93 audio-only, FQ audio-only (RHC/FQHC), GT (CAH II). */
export const TELEHEALTH = new Set(['95', '93', 'FQ', 'GT']);

/**
 * CPT (Level I) modifiers, including the Category II performance-measure modifiers 1P/2P/3P/8P.
 * Codes only, no descriptors (AMA text). Level II modifiers come from the HCPCS file.
 */
export const CPT_MODIFIERS = new Set(
  (
    '22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 90 91 ' +
    '92 93 95 96 97 99 1P 2P 3P 8P'
  ).split(' '),
);

/** The anatomic sites named on a line (a line with RT and F5 names two). */
export function sitesOf(modifiers: readonly string[]): string[] {
  return modifiers.filter((m) => ANATOMIC.has(m));
}
