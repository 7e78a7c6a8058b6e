import { z } from 'zod';
import { IsoDate } from '../model/codes';
import { formatDate, scrubFreeText } from './format';
import type { NoteContext } from './placeholders';

/**
 * What a biller logs for a touch of a claim beside the note itself: the payer's call reference
 * number, the rep's name, the next step (the findings' action, edited) and the date to follow up.
 * Typed by the biller in the side panel; validated here before it reaches a note or the database.
 */
export const MAX_CALL_REF = 40;
export const MAX_REP_NAME = 60;
export const MAX_NEXT_STEP = 300;

export const FollowUpFields = z.object({
  /** Letters, digits and the separators reference numbers use. */
  callRef: z
    .string()
    .trim()
    .max(MAX_CALL_REF)
    .regex(/^[0-9A-Za-z #./_-]*$/, 'A call reference holds letters, digits, spaces and # . / _ - only.'),
  repName: z.string().trim().max(MAX_REP_NAME),
  /** The biller's next step; empty = the one ClaimLens suggests from the findings. */
  nextStep: z.string().trim().max(MAX_NEXT_STEP),
  followUp: IsoDate.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`))).nullable(),
});
export type FollowUpFields = z.infer<typeof FollowUpFields>;

export const EMPTY_FOLLOW_UP: FollowUpFields = { callRef: '', repName: '', nextStep: '', followUp: null };

/** The quick picks beside the follow-up date. */
export const FOLLOW_UP_PICKS = [7, 14, 30] as const;

/** today + days, as a calendar date (ISO). */
export function followUpIn(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Checks what was typed; a field that fails keeps its text on screen and gets the message, and
 * nothing is copied or stored until it is fixed.
 */
export function checkFollowUp(
  input: FollowUpFields,
): { ok: true; value: FollowUpFields } | { ok: false; field: keyof FollowUpFields; message: string } {
  const parsed = FollowUpFields.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = (issue.path[0] ?? 'callRef') as keyof FollowUpFields;
  const message =
    field === 'followUp'
      ? 'The follow-up date is not a date.'
      : issue.code === 'too_big'
        ? `Too long: at most ${issue.maximum} characters.`
        : issue.message;
  return { ok: false, field, message };
}

/**
 * The note's values with the biller's fields: `{callRef}`, `{rep}`, `{followUp}`, and `{nextStep}`
 * replaced by the biller's edited step when there is one. Page-style scrubbing applies to the
 * free text (a member id typed into the step is dropped like one on a page).
 */
export function withFollowUp(context: NoteContext, fields: FollowUpFields): NoteContext {
  return {
    ...context,
    callRef: fields.callRef.trim() || null,
    rep: scrubFreeText(fields.repName, MAX_REP_NAME),
    followUp: fields.followUp ? formatDate(fields.followUp) : null,
    nextStep: scrubFreeText(fields.nextStep, MAX_NEXT_STEP) ?? context.nextStep,
  };
}

export type FollowUpState = 'due-today' | 'overdue' | 'later';

export function followUpState(date: string, today: string): FollowUpState {
  if (date === today) return 'due-today';
  return date < today ? 'overdue' : 'later';
}
