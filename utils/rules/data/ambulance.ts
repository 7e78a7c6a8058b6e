/**
 * Ambulance origin/destination modifiers (Medicare Claims Processing Manual, Pub. 100-04, ch. 15 §30 A):
 * two letters, the first where the trip began, the second where it ended, from this list. X (a stop at a
 * physician's office on the way to the hospital) is a destination only.
 */
export const PLACES: Readonly<Record<string, string>> = {
  D: 'a diagnostic or therapeutic site other than P or H',
  E: 'a residential, domiciliary or custodial facility',
  G: 'a hospital-based ESRD facility',
  H: 'a hospital',
  I: 'a site of transfer between ambulance modes (airport, helicopter pad)',
  J: 'a free-standing ESRD facility',
  N: 'a skilled nursing facility',
  P: "a physician's office",
  R: 'a residence',
  S: 'the scene of an accident or acute event',
  X: "an intermediate stop at a physician's office on the way to the hospital",
};

/** Ground and air ambulance transport codes: base rates and mileage (A0425–A0436), and the others that bill a trip. */
export const AMBULANCE_CODES: ReadonlySet<string> = new Set([
  'A0021',
  'A0225',
  ...Array.from({ length: 12 }, (_, i) => `A04${25 + i}`),
  'A0888',
  'A0999',
]);

export const isAmbulanceCode = (code: string | null): boolean => code !== null && AMBULANCE_CODES.has(code);

/** Two letters from the list: shaped like an origin/destination modifier (valid or not). */
export const isPlacePair = (m: string): boolean => m.length === 2 && m[0]! in PLACES && m[1]! in PLACES;

/** A valid pair: both places on the list, X only as the destination. */
export const isValidPlacePair = (m: string): boolean => isPlacePair(m) && m[0] !== 'X';

/**
 * HCPCS Level II modifiers (April 2024 file) spelled with the same letters: on a line that is not an
 * ambulance trip they mean what the modifier list says (GP physical therapy, XS separate structure…), so
 * mod-ambulance leaves them alone there. Every other pair of these letters is an ambulance modifier only.
 */
export const OTHER_MEANING: ReadonlySet<string> = new Set(
  (
    'ED EE EJ EP ER EX GD GE GG GH GJ GN GP GR GS GX HD HE HG HH HI HJ HN HP HR HS HX JD JE JG NR PD PI ' +
    'PN PS RD RE RI RR SD SE SG SH SJ SN SS XE XP XS'
  ).split(' '),
);
