import type { Eligibility } from '../../model/eligibility';
import type { Finding } from '../../model/finding';
import type { PageSnapshot } from '../../model/snapshot';
import { type ClaimSpec, claim, snapshot } from './builder';
import { runSnapshot } from './run';

/** Test helper: the denial findings of one claim on a claim status page (payer Medicare by default). */
export async function denialOn(
  lines: ClaimSpec['lines'],
  more: Partial<ClaimSpec> = {},
  page: { eligibility?: Eligibility; portal?: PageSnapshot['portal']; kind?: PageSnapshot['kind'] } = {},
): Promise<Finding[]> {
  const snap = snapshot([claim({ lines, ...more })], {
    kind: page.kind ?? 'claim-status',
    eligibility: page.eligibility,
  });
  if (page.portal) snap.portal = page.portal;
  return (await runSnapshot(snap)).filter((f) => f.rule === 'denial');
}

/** The one denial finding on a claim, failing loudly when there is not exactly one. */
export async function oneDenial(...args: Parameters<typeof denialOn>): Promise<Finding> {
  const found = await denialOn(...args);
  if (found.length !== 1) throw new Error(`expected one denial finding, got ${found.length}`);
  return found[0] as Finding;
}

/** "add 59", "add XS, XE…", "59/XS": a step that puts a distinct-service modifier on the line. */
export const SUGGESTS_59_OR_X = /\badd (?:59|X[EPSU])\b|\b(?:59|X[EPSU])\/X[EPSU]\b|\bX[EPSU], X[EPSU]\b/i;

/**
 * Whether a text tells the biller to bill the patient: "bill the patient", "collect it from the
 * patient", "the patient owes" — unless negated in the same clause ("do not bill the patient",
 * "the patient may not be billed").
 */
export function tellsToBillPatient(text: string): boolean {
  const asks =
    /\bbill(?:ing)? (?:it |this |them )?(?:to )?the patient\b|\bcollect(?:ed)? (?:it |this )?from the patient\b|\bthe patient (?:owes|can be billed|may be billed|is billed)\b/gi;
  for (const m of text.matchAll(asks)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!/\b(?:not|never|cannot)\b[^.;:—]*$/i.test(before)) return true;
  }
  return false;
}
