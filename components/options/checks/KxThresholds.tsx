import { useId, useState } from 'preact/hooks';

import { Field, Part, type PartProps, toNumber } from './common';

export function KxThresholds({ settings, commit }: PartProps) {
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
