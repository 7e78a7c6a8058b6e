import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { z } from 'zod';
import { RULE_IDS, type RuleId } from '../../utils/model/finding';
import { type FilingLimit, RuleSettings, type RuleSwitch } from '../../utils/rules/settings';
import type { DisplaySettings } from '../../utils/settings';
import { RULE_LABELS } from './rule-labels';

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

const LEVELS = ['error', 'warning', 'info'] as const;
type Level = (typeof LEVELS)[number];
const LEVEL_LABELS: Record<Level, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** A rule is flagged as noisy once it has fired this often and more than half of it was dismissed. */
export const NOISY_MIN_FIRED = 5;
export function isNoisy(s: { fired: number; dismissed: number } | undefined): boolean {
  return !!s && s.fired >= NOISY_MIN_FIRED && s.dismissed * 2 > s.fired;
}

type Issue = z.core.$ZodIssue;

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

type Checked = { ok: true; settings: RuleSettings } | { ok: false; problem: string };

/** Validate a whole new settings object; the problem is named after the field being edited. */
export function checkSettings(next: unknown, label: string): Checked {
  const parsed = RuleSettings.safeParse(next);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: issue ? `${label} ${describeIssue(issue)}` : `${label} is not valid` };
}

/** Text typed into a number box → number; empty → null (nullable fields) or NaN (refused). */
function toNumber(text: string, nullable = false): number | null {
  const t = text.trim();
  if (t === '') return nullable ? null : Number.NaN;
  return Number(t);
}

interface FieldProps {
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
function Field({ id, label, visibleLabel, value, type = 'text', size, commit }: FieldProps) {
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

function Part({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="checks-part">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

type SortKey = 'order' | 'dismissed' | 'fired';

/** The options page's "Checks": switches and levels per rule and per payer, filing limits, KX, inline flags. */
export function ChecksSettings({ settings, display, stats, onChange, onDisplayChange }: ChecksSettingsProps) {
  const id = useId();
  const [sort, setSort] = useState<SortKey>('order');

  /** Validate and save; returns the problem instead when refused. */
  const commit = (next: RuleSettings, label: string): string | null => {
    const checked = checkSettings(next, label);
    if (!checked.ok) return checked.problem;
    onChange(checked.settings);
    return null;
  };

  const setRule = (rule: RuleId, patch: Partial<RuleSwitch>) => {
    const rules = { ...settings.rules };
    const sw = { enabled: true, severity: null, ...rules[rule], ...patch };
    // "On, default level" is the same as no entry: stored settings stay small.
    if (sw.enabled && sw.severity === null) delete rules[rule];
    else rules[rule] = sw;
    commit({ ...settings, rules }, RULE_LABELS[rule]);
  };

  const rate = (r: RuleId) => {
    const s = stats[r];
    return s && s.fired > 0 ? s.dismissed / s.fired : 0;
  };
  const order = [...RULE_IDS];
  if (sort === 'dismissed')
    order.sort((a, b) => rate(b) - rate(a) || (stats[b]?.fired ?? 0) - (stats[a]?.fired ?? 0));
  if (sort === 'fired') order.sort((a, b) => (stats[b]?.fired ?? 0) - (stats[a]?.fired ?? 0));
  const noisy = RULE_IDS.filter((r) => isNoisy(stats[r]));

  return (
    <section aria-labelledby="checks" class="checks-settings">
      <h2 id="checks">Checks</h2>

      <p>
        <input
          id={`${id}-inline`}
          type="checkbox"
          checked={display.inlineFlags}
          onChange={(e) => onDisplayChange({ ...display, inlineFlags: e.currentTarget.checked })}
        />{' '}
        <label for={`${id}-inline`}>Show inline flags on claim-entry forms</label>
      </p>

      <Part title="Checks and their levels" id={`${id}-rules-h`}>
        <p class="muted">
          Switch a check off, or show its findings at another level. “Could not check” findings always keep
          their level.
        </p>
        {noisy.length > 0 ? (
          <p class="noisy-summary" data-testid="noisy-summary">
            Often dismissed (more than half the time): {noisy.map((r) => RULE_LABELS[r]).join(', ')}. Consider
            lowering them or switching them off for the payers where they do not help.
          </p>
        ) : null}
        <p>
          <label for={`${id}-sort`}>Sort checks by</label>{' '}
          <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
            <option value="order">Usual order</option>
            <option value="dismissed">Most often dismissed</option>
            <option value="fired">Most often shown</option>
          </select>
        </p>
        <table class="options-table rules-table">
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">On</th>
              <th scope="col">Level</th>
              <th scope="col">Shown</th>
              <th scope="col">Dismissed</th>
            </tr>
          </thead>
          <tbody>
            {order.map((r) => {
              const sw = settings.rules[r];
              const s = stats[r] ?? { fired: 0, dismissed: 0 };
              const loud = isNoisy(s);
              const label = RULE_LABELS[r];
              return (
                <tr key={r} data-rule={r} class={loud ? 'is-noisy' : undefined}>
                  <th scope="row">
                    {label} <span class="rule-id muted">{r}</span>
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${label} on`}
                      checked={sw?.enabled ?? true}
                      onChange={(e) => setRule(r, { enabled: e.currentTarget.checked })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${label} level`}
                      value={sw?.severity ?? 'default'}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setRule(r, { severity: v === 'default' ? null : (v as Level) });
                      }}
                    >
                      <option value="default">Default</option>
                      {LEVELS.map((l) => (
                        <option key={l} value={l}>
                          {LEVEL_LABELS[l]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-count="fired">{s.fired}</td>
                  <td data-count="dismissed">
                    {s.dismissed}
                    {loud ? (
                      <span class="noisy-flag">
                        {' '}
                        often dismissed ({Math.round((s.dismissed / s.fired) * 100)}%)
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Part>

      <PayerOverrides settings={settings} commit={commit} />
      <FilingLimits settings={settings} commit={commit} />
      <KxThresholds settings={settings} commit={commit} />
    </section>
  );
}

type PartProps = { settings: RuleSettings; commit(next: RuleSettings, label: string): string | null };

type PayerChoice = 'same' | 'off' | Level;

function payerChoice(sw: RuleSwitch | undefined): PayerChoice {
  if (!sw) return 'same';
  if (!sw.enabled) return 'off';
  return sw.severity ?? 'same';
}

function PayerOverrides({ settings, commit }: PartProps) {
  const id = useId();
  const [pattern, setPattern] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const setPayers = (payerRules: RuleSettings['payerRules'], label: string) =>
    commit({ ...settings, payerRules }, label);

  const setChoice = (index: number, rule: RuleId, choice: PayerChoice) => {
    const payerRules = settings.payerRules.map((p, i) => {
      if (i !== index) return p;
      const rules = { ...p.rules };
      if (choice === 'same') delete rules[rule];
      else if (choice === 'off') rules[rule] = { enabled: false, severity: null };
      else rules[rule] = { enabled: true, severity: choice };
      return { ...p, rules };
    });
    setPayers(payerRules, RULE_LABELS[rule]);
  };

  return (
    <Part title="Per payer" id={`${id}-h`}>
      <p class="muted">
        For claims whose payer name matches a pattern (text or a regular expression, any case): switch checks
        off or change their level for that payer only.
      </p>
      {settings.payerRules.length === 0 ? <p>No per-payer overrides yet.</p> : null}
      {settings.payerRules.map((p, index) => {
        const base = `${id}-p${index}`;
        const changed = Object.keys(p.rules).length;
        return (
          <fieldset key={index} class="payer-overrides" data-payer={index}>
            <legend>Payers matching “{p.payerPattern}”</legend>
            <Field
              id={`${base}-pattern`}
              label="Payer name pattern"
              visibleLabel
              value={p.payerPattern}
              commit={(text) =>
                setPayers(
                  settings.payerRules.map((q, i) => (i === index ? { ...q, payerPattern: text } : q)),
                  'The payer name pattern',
                )
              }
            />{' '}
            <button
              type="button"
              onClick={() =>
                setPayers(
                  settings.payerRules.filter((_, i) => i !== index),
                  'Per-payer overrides',
                )
              }
            >
              Remove overrides for “{p.payerPattern}”
            </button>
            <details>
              <summary>
                Checks for this payer ({changed === 0 ? 'none changed' : `${changed} changed`})
              </summary>
              <table class="options-table">
                <thead>
                  <tr>
                    <th scope="col">Check</th>
                    <th scope="col">For this payer</th>
                  </tr>
                </thead>
                <tbody>
                  {RULE_IDS.map((r) => (
                    <tr key={r} data-rule={r}>
                      <th scope="row">{RULE_LABELS[r]}</th>
                      <td>
                        <select
                          aria-label={`${RULE_LABELS[r]} for payers matching ${p.payerPattern}`}
                          value={payerChoice(p.rules[r])}
                          onChange={(e) => setChoice(index, r, e.currentTarget.value as PayerChoice)}
                        >
                          <option value="same">Same as above</option>
                          <option value="off">Off</option>
                          {LEVELS.map((l) => (
                            <option key={l} value={l}>
                              {LEVEL_LABELS[l]}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </fieldset>
        );
      })}
      <form
        class="add-row"
        onSubmit={(e) => {
          e.preventDefault();
          const p = setPayers(
            [...settings.payerRules, { payerPattern: pattern.trim(), rules: {} }],
            'The payer name pattern',
          );
          setProblem(p);
          if (!p) setPattern('');
        }}
      >
        <label for={`${id}-new`}>Payer name pattern</label>{' '}
        <input
          id={`${id}-new`}
          type="text"
          autoComplete="off"
          spellcheck={false}
          placeholder="e.g. aetna"
          value={pattern}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-new-problem` : undefined}
          onInput={(e) => setPattern(e.currentTarget.value)}
        />{' '}
        <button type="submit">Add payer overrides</button>
        {problem ? (
          <span id={`${id}-new-problem`} class="field-problem" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
    </Part>
  );
}

function FilingLimits({ settings, commit }: PartProps) {
  const id = useId();
  const [draft, setDraft] = useState({ name: '', payerPattern: '', days: '' });
  const [problem, setProblem] = useState<string | null>(null);

  const setLimit = (index: number, patch: Partial<FilingLimit>, label: string) =>
    commit(
      {
        ...settings,
        filingLimits: settings.filingLimits.map((l, i) => (i === index ? { ...l, ...patch } : l)),
      },
      label,
    );

  const number = (
    key: 'unknownPayerFilingDays' | 'filingWarningDays' | 'redeterminationDays',
    label: string,
  ) => (
    <p>
      <Field
        id={`${id}-${key}`}
        type="number"
        size={6}
        label={label}
        visibleLabel
        value={String(settings[key])}
        commit={(text) => commit({ ...settings, [key]: toNumber(text) }, label)}
      />
    </p>
  );

  return (
    <Part title="Timely filing" id={`${id}-h`}>
      <p class="muted">
        Days from the date of service (or from the primary’s EOB for secondary claims). The first matching row
        applies; commercial limits are common contract defaults: check your contracts.
      </p>
      <table class="options-table filing-limits">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Payer pattern</th>
            <th scope="col">Days</th>
            <th scope="col">Out-of-network days</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {settings.filingLimits.map((l, index) => {
            const base = `${id}-l${index}`;
            const who = l.name || l.payerPattern;
            return (
              <tr key={index} data-limit={index}>
                <td>
                  <Field
                    id={`${base}-name`}
                    label={`Name of limit ${index + 1}`}
                    size={14}
                    value={l.name}
                    commit={(text) => setLimit(index, { name: text }, 'The name')}
                  />
                </td>
                <td>
                  <Field
                    id={`${base}-pattern`}
                    label={`Payer pattern for ${who}`}
                    size={18}
                    value={l.payerPattern}
                    commit={(text) => setLimit(index, { payerPattern: text }, 'The payer pattern')}
                  />
                </td>
                <td>
                  <Field
                    id={`${base}-days`}
                    type="number"
                    size={5}
                    label={`Days for ${who}`}
                    value={String(l.days)}
                    commit={(text) => setLimit(index, { days: toNumber(text) as number }, 'Days')}
                  />
                </td>
                <td>
                  <Field
                    id={`${base}-oon`}
                    type="number"
                    size={5}
                    label={`Out-of-network days for ${who} (empty: same)`}
                    value={l.outOfNetworkDays === null ? '' : String(l.outOfNetworkDays)}
                    commit={(text) =>
                      setLimit(index, { outOfNetworkDays: toNumber(text, true) }, 'Out-of-network days')
                    }
                  />
                </td>
                <td>
                  <Field
                    id={`${base}-note`}
                    label={`Note for ${who}`}
                    size={24}
                    value={l.note}
                    commit={(text) => setLimit(index, { note: text }, 'The note')}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      commit(
                        { ...settings, filingLimits: settings.filingLimits.filter((_, i) => i !== index) },
                        'Filing limits',
                      )
                    }
                  >
                    Remove <span class="visually-hidden">the limit for {who}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        class="add-row"
        aria-label="Add a filing limit"
        onSubmit={(e) => {
          e.preventDefault();
          const limit = {
            name: draft.name.trim(),
            payerPattern: draft.payerPattern.trim(),
            days: toNumber(draft.days),
            outOfNetworkDays: null,
            note: '',
          };
          const label = limit.payerPattern === '' ? 'The payer pattern' : 'Days';
          const p = commit(
            { ...settings, filingLimits: [...settings.filingLimits, limit] } as RuleSettings,
            label,
          );
          setProblem(p);
          if (!p) setDraft({ name: '', payerPattern: '', days: '' });
        }}
      >
        <label for={`${id}-new-name`}>Name</label>{' '}
        <input
          id={`${id}-new-name`}
          type="text"
          size={14}
          autoComplete="off"
          value={draft.name}
          onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />{' '}
        <label for={`${id}-new-pattern`}>Payer pattern</label>{' '}
        <input
          id={`${id}-new-pattern`}
          type="text"
          size={18}
          autoComplete="off"
          spellcheck={false}
          value={draft.payerPattern}
          aria-describedby={problem ? `${id}-new-problem` : undefined}
          onInput={(e) => setDraft({ ...draft, payerPattern: e.currentTarget.value })}
        />{' '}
        <label for={`${id}-new-days`}>Days</label>{' '}
        <input
          id={`${id}-new-days`}
          type="number"
          inputMode="numeric"
          size={5}
          value={draft.days}
          aria-describedby={problem ? `${id}-new-problem` : undefined}
          onInput={(e) => setDraft({ ...draft, days: e.currentTarget.value })}
        />{' '}
        <button type="submit">Add filing limit</button>
        {problem ? (
          <span id={`${id}-new-problem`} class="field-problem" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
      {number('unknownPayerFilingDays', 'Days for payers not listed above')}
      {number('filingWarningDays', 'Warn when this many days or fewer are left')}
      {number('redeterminationDays', 'Medicare redetermination days')}
    </Part>
  );
}

function KxThresholds({ settings, commit }: PartProps) {
  const id = useId();
  const [year, setYear] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const years = Object.keys(settings.kxThresholds).sort();

  return (
    <Part title="Therapy threshold (KX) by year" id={`${id}-h`}>
      <p class="muted">
        Medicare therapy lines past the year’s amount need KX. Correct a year’s amount here.
      </p>
      <table class="options-table kx-table">
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Threshold ($)</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y} data-year={y}>
              <th scope="row">{y}</th>
              <td>
                <Field
                  id={`${id}-${y}`}
                  type="number"
                  size={7}
                  label={`KX threshold for ${y}`}
                  value={String(settings.kxThresholds[y])}
                  commit={(text) =>
                    commit(
                      {
                        ...settings,
                        kxThresholds: { ...settings.kxThresholds, [y]: toNumber(text) as number },
                      },
                      `The ${y} threshold`,
                    )
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => {
                    const kxThresholds = { ...settings.kxThresholds };
                    delete kxThresholds[y];
                    commit({ ...settings, kxThresholds }, 'KX thresholds');
                  }}
                >
                  Remove <span class="visually-hidden">{y}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="add-row"
        aria-label="Add a KX threshold year"
        onSubmit={(e) => {
          e.preventDefault();
          const y = year.trim();
          if (y in settings.kxThresholds) {
            setProblem(`${y} is already listed: change its amount above.`);
            return;
          }
          const p = commit(
            { ...settings, kxThresholds: { ...settings.kxThresholds, [y]: toNumber(amount) as number } },
            /^\d{4}$/.test(y) ? `The ${y} threshold` : 'KX threshold:',
          );
          setProblem(p);
          if (!p) {
            setYear('');
            setAmount('');
          }
        }}
      >
        <label for={`${id}-new-year`}>Year</label>{' '}
        <input
          id={`${id}-new-year`}
          type="text"
          inputMode="numeric"
          size={5}
          maxLength={4}
          autoComplete="off"
          value={year}
          aria-describedby={problem ? `${id}-new-problem` : undefined}
          onInput={(e) => setYear(e.currentTarget.value)}
        />{' '}
        <label for={`${id}-new-amount`}>Threshold ($)</label>{' '}
        <input
          id={`${id}-new-amount`}
          type="number"
          inputMode="decimal"
          size={7}
          value={amount}
          aria-describedby={problem ? `${id}-new-problem` : undefined}
          onInput={(e) => setAmount(e.currentTarget.value)}
        />{' '}
        <button type="submit">Add year</button>
        {problem ? (
          <span id={`${id}-new-problem`} class="field-problem" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
    </Part>
  );
}
