import { useId, useState } from 'preact/hooks';
import { RULE_IDS, type RuleId } from '../../../utils/model/finding';
import { formatPayerNames, parsePayerNames } from '../../../utils/rules/payer-names';
import type { RuleSettings } from '../../../utils/rules/settings';
import { RULE_LABELS } from '../rule-labels';

import {
  Field,
  LEVEL_LABELS,
  LEVELS,
  Part,
  type PartProps,
  type PayerChoice,
  payerChoice,
  UnconvertedPattern,
} from './common';

export function PayerOverrides({ settings, commit }: PartProps) {
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
        For claims whose payer name contains one of the names you list (any case; commas between names, “not”
        before a name to leave it out, e.g. “medicare, not advantage”): switch checks off or change their
        level for that payer only.
      </p>
      {settings.payerRules.length === 0 ? <p>No per-payer overrides yet.</p> : null}
      {settings.payerRules.map((p, index) => {
        const base = `${id}-p${index}`;
        const changed = Object.keys(p.rules).length;
        const who = formatPayerNames(p.payer) || (p.payer.unconvertedPattern ?? '');
        return (
          <fieldset key={index} class="payer-overrides" data-payer={index}>
            <legend>Payers whose name contains “{who}”</legend>
            <Field
              id={`${base}-pattern`}
              label="Payer name contains"
              visibleLabel
              value={formatPayerNames(p.payer)}
              commit={(text) => {
                const typed = parsePayerNames(text);
                if (!typed.ok) return `Payer name contains: ${typed.problem}`;
                return setPayers(
                  settings.payerRules.map((q, i) => (i === index ? { ...q, payer: typed.names } : q)),
                  'Payer name contains:',
                );
              }}
            />{' '}
            <UnconvertedPattern pattern={p.payer.unconvertedPattern} />{' '}
            <button
              type="button"
              onClick={() =>
                setPayers(
                  settings.payerRules.filter((_, i) => i !== index),
                  'Per-payer overrides',
                )
              }
            >
              Remove overrides for “{who}”
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
                          aria-label={`${RULE_LABELS[r]} for payers whose name contains ${who}`}
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
          const typed = parsePayerNames(pattern);
          const p = typed.ok
            ? setPayers([...settings.payerRules, { payer: typed.names, rules: {} }], 'Payer name contains:')
            : `Payer name contains: ${typed.problem}`;
          setProblem(p);
          if (!p) setPattern('');
        }}
      >
        <label for={`${id}-new`}>Payer name contains</label>{' '}
        <input
          id={`${id}-new`}
          type="text"
          autoComplete="off"
          spellcheck={false}
          placeholder="e.g. aetna, meritain"
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
