import { z } from 'zod';

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
/** Money as a number of dollars (page text like "$1,250.00" or "-$5" is normalised by the readers). */
export const Money = z.number().finite();
/** Procedure code (CPT/HCPCS), upper-case, no spaces. */
export const ProcedureCode = z.string().regex(/^[A-Z0-9]{5}$/, 'procedure code must be 5 letters/digits');
/** Two-character modifier. */
export const Modifier = z.string().regex(/^[A-Z0-9]{2}$/, 'modifier must be 2 letters/digits');
/** ICD-10-CM code without the dot, upper-case. */
export const DiagnosisCode = z
  .string()
  .regex(/^[A-Z][0-9A-Z]{2,6}$/, 'diagnosis code must be 3–7 characters');
/** Diagnosis letter as on the CMS-1500 (box 21 A–L). */
export const DiagnosisLetter = z.string().regex(/^[A-L]$/);
/** Claim adjustment group code. */
export const GroupCode = z.enum(['CO', 'PR', 'OA', 'PI', 'CR']);
/** Claim adjustment reason code (CARC): digits or a letter + digits (e.g. 97, 16, B7, P1). */
export const Carc = z.string().regex(/^[A-Z]?\d{1,3}$/);
/** Remittance advice remark code (RARC): N130, MA130, M51… */
export const Rarc = z.string().regex(/^(N|M|MA)\d{1,4}$/);
