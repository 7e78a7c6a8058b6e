import { useId } from 'preact/hooks';
import type { RuleSettings } from '../../../utils/rules/settings';
import { Field, Part, type PartProps, toNumber } from './common';

/**
 * The denial worklist's deadlines and the `history` check's threshold: the appeal window of payers
 * other than Medicare (Medicare's redetermination days are under Timely filing), how many denials of
 * the same code and modifiers make a warning, and how far back they count.
 */
export function DenialSettings({ settings, commit }: PartProps) {
  const id = useId();
  const box = (key: string, label: string, value: number, next: (n: number) => RuleSettings) => (
    <p>
      <Field
        id={`${id}-${key}`}
        type="number"
        size={6}
        label={label}
        visibleLabel
        value={String(value)}
        commit={(text) => commit(next(toNumber(text) as number), label)}
      />
    </p>
  );
  return (
    <Part title="Denial worklist and history" id={`${id}-h`}>
      <p class="muted">
        The worklist counts appeal deadlines from the payer’s decision. The history warning on claim-entry
        forms comes from the denials recorded on this computer: the same payer, code and modifiers, denied for
        the same reason, at least this many times within the look-back window.
      </p>
      {box('appealDays', 'Appeal window for payers other than Medicare (days)', settings.appealDays, (n) => ({
        ...settings,
        appealDays: n,
      }))}
      {box('minDenials', 'Warn after this many denials', settings.history.minDenials, (n) => ({
        ...settings,
        history: { ...settings.history, minDenials: n },
      }))}
      {box('windowDays', 'Look back this many days', settings.history.windowDays, (n) => ({
        ...settings,
        history: { ...settings.history, windowDays: n },
      }))}
    </Part>
  );
}
