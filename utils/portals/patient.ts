import type { Claim, Patient } from '../model/snapshot';
import * as n from './normalise';

/** Patient facts a rule needs, never the name: initials, age on the date of service, sex. */
export function patientFrom(
  name: string | null | undefined,
  dob: string | null | undefined,
  sex: string | null | undefined,
  claim?: Claim | null,
  dos?: string | null,
): Patient | null {
  const birth = n.firstDate(dob);
  const on = dos ?? claim?.serviceLines.find((l) => l.dosFrom)?.dosFrom ?? null;
  const p: Patient = { initials: n.initials(name), age: n.age(birth, on), sex: n.sex(sex) };
  return p.initials || p.age !== null || p.sex ? p : null;
}
