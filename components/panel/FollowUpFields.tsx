import { useEffect, useId, useState } from 'preact/hooks';
import {
  type FollowUpFields as Fields,
  FOLLOW_UP_PICKS,
  followUpIn,
  MAX_CALL_REF,
  MAX_NEXT_STEP,
  MAX_REP_NAME,
} from '../../utils/notes/follow-up';

/**
 * The call log of a touch, in the note footer as a disclosure (closed until used, so the footer stays
 * small; open while anything is filled in or a field is refused): call reference number, rep name, next step (the
 * findings' suggestion until the biller edits it) and a follow-up date with +7 / +14 / +30 day picks.
 * They go into the copied note through {callRef}, {rep}, {nextStep} and {followUp}, and into the
 * note history; a follow-up date puts the claim on the worklist on that day.
 */
export interface FollowUpFieldsProps {
  value: Fields;
  /** What ClaimLens suggests as the next step (the findings' actions), shown until edited. */
  suggestedStep: string | null;
  today: string;
  /** A field the last check refused, with why (the text typed stays). */
  problem: { field: keyof Fields; message: string } | null;
  onChange: (next: Fields) => void;
}

export function FollowUpFields({ value, suggestedStep, today, problem, onChange }: FollowUpFieldsProps) {
  const id = useId();
  const filled = !!(value.callRef || value.repName || value.nextStep || value.followUp);
  const [open, setOpen] = useState(filled || problem !== null);
  // A refused field is never hidden behind a closed disclosure.
  useEffect(() => {
    if (problem) setOpen(true);
  }, [problem]);
  const set = (patch: Partial<Fields>) => onChange({ ...value, ...patch });
  const errorFor = (field: keyof Fields) =>
    problem?.field === field ? (
      <p class="field-error" id={`${id}-${field}-error`} role="alert">
        {problem.message}
      </p>
    ) : null;
  const described = (field: keyof Fields) => (problem?.field === field ? `${id}-${field}-error` : undefined);
  return (
    <details
      class="follow-up-box"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary data-testid="follow-up-toggle">
        Call log and follow-up
        {value.followUp ? <span class="muted"> · follow up {value.followUp}</span> : null}
      </summary>
      <fieldset class="follow-up" data-testid="follow-up">
        <legend class="visually-hidden">Call log and follow-up (optional)</legend>
        <div class="follow-up-row">
          <label for={`${id}-ref`}>Call reference</label>
          <input
            id={`${id}-ref`}
            data-testid="call-ref"
            maxLength={MAX_CALL_REF}
            value={value.callRef}
            aria-invalid={problem?.field === 'callRef'}
            aria-describedby={described('callRef')}
            onInput={(e) => set({ callRef: e.currentTarget.value })}
          />
          {errorFor('callRef')}
        </div>
        <div class="follow-up-row">
          <label for={`${id}-rep`}>Rep name</label>
          <input
            id={`${id}-rep`}
            data-testid="rep-name"
            maxLength={MAX_REP_NAME}
            value={value.repName}
            aria-invalid={problem?.field === 'repName'}
            aria-describedby={described('repName')}
            onInput={(e) => set({ repName: e.currentTarget.value })}
          />
          {errorFor('repName')}
        </div>
        <div class="follow-up-row">
          <label for={`${id}-step`}>Next step</label>
          <textarea
            id={`${id}-step`}
            data-testid="next-step"
            rows={2}
            maxLength={MAX_NEXT_STEP}
            value={value.nextStep || suggestedStep || ''}
            aria-invalid={problem?.field === 'nextStep'}
            aria-describedby={described('nextStep')}
            onInput={(e) => set({ nextStep: e.currentTarget.value })}
          />
          {errorFor('nextStep')}
        </div>
        <div class="follow-up-row">
          <label for={`${id}-date`}>Follow up on</label>
          <input
            id={`${id}-date`}
            type="date"
            data-testid="follow-up-date"
            min={today}
            value={value.followUp ?? ''}
            aria-invalid={problem?.field === 'followUp'}
            aria-describedby={described('followUp')}
            onInput={(e) => set({ followUp: e.currentTarget.value || null })}
          />
          <span class="quick-picks">
            {FOLLOW_UP_PICKS.map((days) => (
              <button
                key={days}
                type="button"
                class="quiet small"
                data-testid={`follow-up-${days}`}
                onClick={() => set({ followUp: followUpIn(today, days) })}
              >
                +{days} days
              </button>
            ))}
            {value.followUp ? (
              <button type="button" class="quiet small" onClick={() => set({ followUp: null })}>
                No follow-up
              </button>
            ) : null}
          </span>
          {errorFor('followUp')}
        </div>
      </fieldset>
    </details>
  );
}
