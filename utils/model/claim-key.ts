/**
 * A claim number as typed or shown, reduced to what identifies it: letters and digits, upper-case
 * ("7000-000 001" and "7000000001" are one claim). Notes, dismissals and the denial worklist find a
 * claim by it. Plain code, no zod.
 */
export function claimKey(claimNumber: string): string {
  return claimNumber.replace(/[^0-9a-z]/gi, '').toUpperCase();
}
