import { useId, useState } from 'preact/hooks';
import { formatPayerNames, parsePayerNames } from '../../../utils/rules/payer-names';
import type { FilingLimit, RuleSettings } from '../../../utils/rules/settings';

import { Managed } from '../Managed';
import { Field, Part, type PartProps, toNumber, UnconvertedPattern } from './common';

export function FilingLimits({ settings, commit }: PartProps) {
  const id = useId();
  const [draft, setDraft] = useState({ name: '', payerNames: '', days: '' });
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
    <Managed field={key}>
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
    </Managed>
  );

  return (
    <Part title="Timely filing" id={`${id}-h`}>
      <p class="muted">
        Days from the date of service (or from the primary’s EOB for secondary claims). A row applies when the
        payer name contains one of its names (any case; commas between names, “not” before a name to leave it
        out) and the first such row wins; commercial limits are common contract defaults: check your
        contracts.
      </p>
      <Managed field="filingLimits">
        <table class="options-table filing-limits">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Payer name contains</th>
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
              const who = l.name || formatPayerNames(l.payer);
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
                      label={`Payer name contains, for ${who}`}
                      size={18}
                      value={formatPayerNames(l.payer)}
                      commit={(text) => {
                        const typed = parsePayerNames(text);
                        if (!typed.ok) return `Payer name contains: ${typed.problem}`;
                        return setLimit(index, { payer: typed.names }, 'Payer name contains:');
                      }}
                    />
                    <UnconvertedPattern pattern={l.payer.unconvertedPattern} />
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
            const typed = parsePayerNames(draft.payerNames);
            if (!typed.ok) {
              setProblem(`Payer name contains: ${typed.problem}`);
              return;
            }
            const limit = {
              name: draft.name.trim(),
              payer: typed.names,
              days: toNumber(draft.days),
              outOfNetworkDays: null,
              note: '',
            };
            const p = commit(
              { ...settings, filingLimits: [...settings.filingLimits, limit] } as RuleSettings,
              'Days',
            );
            setProblem(p);
            if (!p) setDraft({ name: '', payerNames: '', days: '' });
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
          <label for={`${id}-new-pattern`}>Payer name contains</label>{' '}
          <input
            id={`${id}-new-pattern`}
            type="text"
            size={18}
            autoComplete="off"
            spellcheck={false}
            placeholder="e.g. aetna, meritain"
            value={draft.payerNames}
            aria-describedby={problem ? `${id}-new-problem` : undefined}
            onInput={(e) => setDraft({ ...draft, payerNames: e.currentTarget.value })}
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
      </Managed>
      {number('unknownPayerFilingDays', 'Days for payers not listed above')}
      {number('filingWarningDays', 'Warn when this many days or fewer are left')}
      {number('redeterminationDays', 'Medicare redetermination days')}
    </Part>
  );
}
