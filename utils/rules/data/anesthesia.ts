/**
 * Anesthesia pricing modifiers (Medicare Claims Processing Manual, Pub. 100-04, ch. 12 §50 for
 * anesthesiologists and §140.3.3 for CRNAs and anesthesia assistants). Medicare prices an anesthesia
 * line (00100–01999) from the modifier that says who furnished it and how: one of these on every line,
 * and one only — any two on one line describe two different ways the same case was furnished.
 */
export const PRICING_MODIFIERS: Readonly<Record<string, string>> = {
  AA: 'personally performed by the anesthesiologist',
  AD: 'medically supervised, more than four concurrent cases',
  QK: 'medical direction of two to four concurrent cases',
  QY: 'medical direction of one CRNA',
  QX: 'CRNA or anesthesia assistant with medical direction',
  QZ: 'CRNA without medical direction',
};

/** CPT anesthesia codes. */
export function isAnesthesiaCode(code: string | null): boolean {
  return code !== null && /^\d{5}$/.test(code) && code >= '00100' && code <= '01999';
}

/**
 * Procedures a CRNA may bill with QX or QZ besides anesthesia (airway, arterial and central lines,
 * blood patch), as the MACs list them; other pricing modifiers on them are still misplaced.
 */
export const CRNA_PROCEDURES: ReadonlySet<string> = new Set([
  '31500',
  '36410',
  '36555',
  '36556',
  '36557',
  '36558',
  '36560',
  '36561',
  '36563',
  '36565',
  '36566',
  '36568',
  '36569',
  '36600',
  '36620',
  '62273',
]);
