/**
 * The placeholders a note template may use. This list is the one source for the renderer, the
 * template validator, the options editor and docs/notes.md (a test keeps the doc in step).
 */
export const PLACEHOLDERS = [
  { name: 'date', description: "Today's date, MM/DD/YYYY." },
  { name: 'portal', description: 'The portal the page is on (Availity, UnitedHealthcare…).' },
  { name: 'payer', description: 'The payer named on the page.' },
  { name: 'claimNumber', description: "The payer's claim number." },
  {
    name: 'dos',
    description: 'Date(s) of service, MM/DD/YYYY; a range (first-last) when the lines span several days.',
  },
  {
    name: 'status',
    description:
      "The claim status as a known phrase found in the page's words (denied, paid, partially paid, pending…), else the 277 category meaning; never the page's own text.",
  },
  { name: 'billed', description: 'Total billed, $1,234.56 (sum of the lines when no total is shown).' },
  { name: 'allowed', description: 'Total allowed.' },
  { name: 'paid', description: 'Total paid.' },
  {
    name: 'patientResponsibility',
    description: 'Patient responsibility (the total shown, else the sum of PR adjustments).',
  },
  {
    name: 'codes',
    description: 'Procedure codes on the claim with their modifiers and units: 20610-XS, J1030 x2.',
  },
  {
    name: 'denials',
    description:
      'The codes that reduced or denied payment, one clause per problem line, with their short meaning: CO-97 (bundled into another service) + M15 on 20610. Routine adjustments (CO-45 write-off, PR-1/2/3 patient share) are left out.',
  },
  {
    name: 'nextStep',
    description:
      'What to do next: one step per problem, worst first, as the side panel shows it (dismissed findings left out).',
  },
  { name: 'ref', description: 'A reference when the page shows one: check or EFT number.' },
  {
    name: 'actionTaken',
    description:
      'What you did on this touch, as typed in the panel\'s "Action taken" box (called the payer, sent records…).',
  },
  { name: 'initials', description: 'Your initials, from the note settings.' },
  { name: 'coverage', description: 'Eligibility: active / inactive / unknown, with the plan name.' },
  {
    name: 'deductibleRemaining',
    description: 'Eligibility: deductible remaining (in-network, individual first).',
  },
  {
    name: 'oopRemaining',
    description: 'Eligibility: out-of-pocket remaining (in-network, individual first).',
  },
  { name: 'copay', description: 'Eligibility: copay(s) with the service they apply to.' },
  { name: 'coinsurance', description: 'Eligibility: coinsurance percentage(s) with the service.' },
  {
    name: 'patientShare',
    description:
      "Eligibility: the patient's estimated share for the visit charge (copay, else deductible then coinsurance, capped at the out-of-pocket remaining).",
  },
] as const satisfies readonly { name: string; description: string }[];

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

/** Formatted values for one note; null = not shown on the page (rendered "n/a" or dropped). */
export type NoteContext = Record<PlaceholderName, string | null>;

const NAMES: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => p.name));

export function isPlaceholder(name: string): name is PlaceholderName {
  return NAMES.has(name);
}

/** A context with every value missing: the base for noteContext and for tests. */
export function emptyContext(): NoteContext {
  return Object.fromEntries(PLACEHOLDERS.map((p) => [p.name, null])) as NoteContext;
}
