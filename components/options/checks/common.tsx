import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { RuleSettings, type RuleSwitch } from '../../../utils/rules/settings';
import type { DisplaySettings } from '../../../utils/settings';

export type RuleStats = Record<string, { fired: number; dismissed: number }>;

export interface ChecksSettingsProps {
  settings: RuleSettings;
  display: DisplaySettings;
  /** Per rule id: how often its findings were shown and how often the biller dismissed one. */
  stats: RuleStats;
  /** Called only with settings that pass `RuleSettings`; the caller saves them. */
  onChange(settings: RuleSettings): void;
  onDisplayChange(display: DisplaySettings): void;
}

export const LEVELS = ['error', 'warning', 'info'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** A rule is flagged as noisy once it has fired this often and more than half of it was dismissed. */
export const NOISY_MIN_FIRED = 5;
export function isNoisy(s: { fired: number; dismissed: number } | undefined): boolean {
  return !!s && s.fired >= NOISY_MIN_FIRED && s.dismissed * 2 > s.fired;
}

export type Issue = z.core.$ZodIssue;

/** A zod problem in the biller's words ("must be more than 0"). */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'too_small': {
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum}`;
      return issue.inclusive ? `must be ${issue.minimum} or more` : `must be more than ${issue.minimum}`;
    }
    case 'too_big': {
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `at most ${issue.maximum} entries`;
      return issue.inclusive ? `must be ${issue.maximum} or less` : `must be less than ${issue.maximum}`;
    }
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'number') return 'must be a number';
      return issue.message;
    case 'invalid_key':
      return 'the year must be four digits, e.g. 2027';
    default:
      return issue.message;
  }
}

export type Checked = { ok: true; settings: RuleSettings } | { ok: false; problem: string };

/** Validate a whole new settings object; the problem is named after the field being edited. */
export function checkSettings(next: unknown, label: string): Checked {
  const parsed = RuleSettings.safeParse(next);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: issue ? `${label} ${describeIssue(issue)}` : `${label} is not valid` };
}

/** Text typed into a number box → number; empty → null (nullable fields) or NaN (refused). */
export function toNumber(text: string, nullable = false): number | null {
  const t = text.trim();
  if (t === '') return nullable ? null : Number.NaN;
  return Number(t);
}

export interface FieldProps {
  id: string;
  label: string;
  /** Show the label as text next to the box (otherwise it is the box's accessible name only). */
  visibleLabel?: boolean;
  value: string;
  type?: 'text' | 'number';
  size?: number;
  /** Try the typed text: null when saved, else the problem to show. */
  commit(text: string): string | null;
}

/** A box that keeps what was typed while it is refused, and says why next to it. */
export function Field({ id, label, visibleLabel, value, type = 'text', size, commit }: FieldProps) {
  // A refused entry stays in the box with its problem until the saved value changes under it.
  const [refused, setRefused] = useState<{ text: string; problem: string; base: string } | null>(null);
  const draft = refused && refused.base === value ? refused : null;
  const problem = draft?.problem ?? null;
  return (
    <span class="field">
      {visibleLabel ? (
        <>
          <label for={id}>{label}</label>{' '}
        </>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode={type === 'number' ? 'decimal' : 'text'}
        size={size}
        autoComplete="off"
        spellcheck={false}
        aria-label={visibleLabel ? undefined : label}
        value={draft?.text ?? value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onInput={(e) => {
          const text = e.currentTarget.value;
          const p = commit(text);
          setRefused(p ? { text, problem: p, base: value } : null);
        }}
      />
      {problem ? (
        <span id={`${id}-problem`} class="field-problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}

export function Part({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="checks-part">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export type SortKey = 'order' | 'dismissed' | 'fired';

/** The options page's "Checks": switches and levels per rule and per payer, filing limits, KX, inline flags. */

export type PartProps = { settings: RuleSettings; commit(next: RuleSettings, label: string): string | null };

export type PayerChoice = 'same' | 'off' | Level;

export function payerChoice(sw: RuleSwitch | undefined): PayerChoice {
  if (!sw) return 'same';
  if (!sw.enabled) return 'off';
  return sw.severity ?? 'same';
}

/**
 * A payer pattern from an older ClaimLens that could not be turned into names: said plainly, so the
 * biller types the names (until then the entry applies to no payer).
 */
export function UnconvertedPattern({
  pattern,
  fix = 'type the payer names',
}: {
  pattern: string | undefined;
  fix?: string;
}) {
  if (pattern === undefined) return null;
  return (
    <span class="field-problem" role="note">
      Was the pattern “{pattern}”, which ClaimLens no longer runs: {fix} (applies to no payer until then).
    </span>
  );
}
