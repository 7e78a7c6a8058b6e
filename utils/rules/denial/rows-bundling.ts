import { SRC } from './sources';
import type { GuidanceRow } from './types';

/**
 * Bundling (NCCI PTP), units (MUE) and frequency limits, duplicates. The PTP and MUE facts come
 * from the imported CMS tables (cause.ts); without them the general row of the code applies.
 */
const BUNDLED = ['97', '236', 'M15', 'N20', 'M80'] as const;
const UNITS = ['151', 'N362'] as const;

const bundlingRows = (code: string): GuidanceRow[] => [
  {
    code,
    groups: '*',
    when: ['ptp-0'],
    step: 'Not payable together, and no modifier changes that (NCCI modifier indicator 0): write it off, do not appeal. The patient may not be billed.',
    route: 'write-off',
    appeal: 'no',
    level: 'error',
    source: SRC.ncciPtp,
  },
  {
    code,
    groups: '*',
    when: ['ptp-bypassed'],
    step: 'A modifier that opens this edit is already on the claim: if the records show a distinct service (other site, session or practitioner), {appeal} with them; otherwise write it off.',
    route: 'dispute',
    appeal: 'maybe',
    level: 'error',
    source: SRC.ncciPtp,
  },
  {
    code,
    groups: '*',
    when: ['ptp-1-em'],
    step: 'If the visit was significant and separately identifiable, add 25 to the E/M on line {modLine} (57 if it was the decision for surgery), then {fix-records}. 59 and X modifiers never go on an E/M. Otherwise write it off.',
    route: 'fix-records',
    appeal: 'maybe',
    level: 'error',
    source: SRC.ncciModifiers,
  },
  {
    code,
    groups: '*',
    when: ['ptp-1'],
    step: 'If the service was distinct and documented (other site, session or practitioner), add XS, XE, XP or XU (or 59, or an anatomic modifier such as RT/LT, F1, T2) to line {modLine}, then {fix-records}. Otherwise write it off.',
    route: 'fix-records',
    appeal: 'maybe',
    level: 'error',
    source: SRC.ncciModifiers,
  },
  {
    code,
    groups: '*',
    when: ['em'],
    step: 'On an E/M only 25 (or 57, the decision for surgery) can show a separate visit; 59 and X modifiers never go on an E/M. If the NCCI pair for the day has indicator 1 and the visit was separately identifiable, add 25, then {fix-records}; otherwise write it off.',
    route: 'fix-records',
    appeal: 'maybe',
    level: 'error',
    source: SRC.ncciModifiers,
  },
  {
    code,
    groups: '*',
    step: 'Check the NCCI pair for the day: with indicator 1 and a distinct, documented service, add XS/XE/XP/XU or 59 (or an anatomic modifier), then {fix-records}; with indicator 0, write it off and do not appeal.',
    route: 'fix-records',
    appeal: 'maybe',
    level: 'error',
    source: SRC.ncciPtp,
  },
];

const unitsRows = (code: string): GuidanceRow[] => [
  {
    code,
    groups: '*',
    when: ['mai-1'],
    step: 'MAI 1 caps units per line. If more were truly given (other sessions or sites), bill them on separate lines marked 76/77/91 or anatomic modifiers, each within the MUE: {fix-records}. Otherwise write off the extra units.',
    route: 'fix-records',
    appeal: 'maybe',
    level: 'error',
    source: SRC.mue,
  },
  {
    code,
    groups: '*',
    when: ['mai-2'],
    step: 'MAI 2 is a per-day policy limit: write off the units above it; do not appeal.',
    route: 'write-off',
    appeal: 'no',
    level: 'error',
    source: SRC.mue,
  },
  {
    code,
    groups: '*',
    when: ['mai-3'],
    step: 'MAI 3 is a per-day clinical limit: if the records show the extra units were needed, {appeal} with them; otherwise write them off.',
    route: 'dispute',
    appeal: 'yes',
    level: 'error',
    source: SRC.mue,
  },
];

const FREQUENCY_STEP =
  'Check the service history (another provider may have billed it). If the earlier service was different or the limit does not apply, {appeal} with the records; otherwise write it off. Without a valid ABN (GA) signed beforehand the patient may not be billed.';

export const BUNDLING_ROWS: readonly GuidanceRow[] = [
  ...BUNDLED.flatMap(bundlingRows),
  // A frequency remark says more about the reason than the MUE row of the code does.
  ...(['M86', 'M90'] as const).flatMap((remark): GuidanceRow[] => [
    {
      code: '151',
      groups: '*',
      remarks: [remark],
      meaning:
        remark === 'M86'
          ? 'A frequency limit, not an MUE: the same or a similar service was already paid within the allowed interval.'
          : 'A frequency limit, not an MUE: the service is covered once in 12 months.',
      step: FREQUENCY_STEP,
      route: 'dispute',
      appeal: 'maybe',
      level: 'error',
      cause: 'medical-necessity',
      source: SRC.preventive,
    },
    {
      code: remark,
      groups: '*',
      step: FREQUENCY_STEP,
      route: 'dispute',
      appeal: 'maybe',
      level: 'warning',
      source: SRC.preventive,
    },
  ]),
  ...UNITS.flatMap(unitsRows),
  {
    code: '151',
    groups: '*',
    step: 'A remark says which limit: N362 is the MUE, M86/M90 a frequency limit. If the units billed were wrong, correct them, then {fix}; {appeal} with the records only if they support more.',
    route: 'fix',
    appeal: 'maybe',
    level: 'error',
    source: SRC.mue,
  },
  {
    code: 'N362',
    groups: '*',
    step: 'Check the MUE adjudication indicator for the code: MAI 1 split the units over lines with 76/77/91 or anatomic modifiers; MAI 2 write off; MAI 3 {appeal} with records that show the units were needed.',
    route: 'fix-records',
    appeal: 'maybe',
    level: 'error',
    source: SRC.mue,
  },
  {
    code: '234',
    groups: '*',
    step: 'Check whether an NCCI pair applies (then treat it as a CO-97). A code that is never paid separately (packaged) is written off; a modifier does not change that.',
    route: 'write-off',
    appeal: 'no',
    level: 'error',
    source: SRC.ncciPtp,
  },
  {
    code: '107',
    groups: '*',
    step: 'Bill the related service (e.g. the primary procedure of an add-on code) on the same claim and date, then {fix}. If it was paid on another claim, ask the payer to reprocess with that claim number.',
    route: 'fix',
    appeal: 'no',
    level: 'error',
    source: SRC.ncciAddOn,
  },
  {
    code: 'B15',
    groups: '*',
    step: 'Make sure the qualifying service (e.g. the primary of an add-on) is billed and paid first; then ask the payer to reprocess this line, or {fix}.',
    route: 'fix',
    appeal: 'no',
    level: 'error',
    source: SRC.ncciAddOn,
  },
  {
    code: '18',
    groups: '*',
    when: ['repeat'],
    step: 'The line already says it was a repeat (76/77/91) and was still denied: {appeal} with the records showing a separate service (times, results).',
    route: 'dispute',
    appeal: 'yes',
    level: 'error',
    source: SRC.ncciModifiers,
  },
  {
    code: '18',
    groups: '*',
    remarks: ['N522'],
    step: 'This payer already has the claim as a crossover from the primary: follow that claim and do not send it again.',
    route: 'check-status',
    appeal: 'no',
    level: 'warning',
    source: SRC.crossover,
  },
  {
    code: '18',
    groups: '*',
    step: 'Check the status of the first claim before sending anything again. If this was a genuine repeat service, add 76 (same practitioner), 77 (another practitioner) or 91 (repeated lab test), then {fix}.',
    route: 'check-status',
    appeal: 'no',
    level: 'error',
    source: SRC.ncciModifiers,
  },
  {
    code: 'B13',
    groups: '*',
    step: 'Check the payment history (another claim, check or provider in your group). If this was a separate service, add the repeat modifier (76/77/91), then {fix}; otherwise nothing is owed.',
    route: 'check-status',
    appeal: 'no',
    level: 'warning',
    source: SRC.practice,
  },
  {
    code: 'B20',
    groups: '*',
    step: 'Find who billed it (a global surgical package, the technical component, home health or hospice). If your part was separate, add the modifier that says so (26/TC, 24/79, 55/56), then {fix}; otherwise write it off.',
    route: 'fix',
    appeal: 'maybe',
    level: 'error',
    source: SRC.practice,
  },
];
