import { useId, useState } from 'preact/hooks';
import { RULE_IDS, type RuleId } from '../../utils/model/finding';
import type { RuleSettings, RuleSwitch } from '../../utils/rules/settings';
import {
  type ChecksSettingsProps,
  checkSettings,
  isNoisy,
  LEVEL_LABELS,
  LEVELS,
  type Level,
  Part,
  type SortKey,
} from './checks/common';
import { DenialSettings } from './checks/DenialSettings';
import { FilingLimits } from './checks/FilingLimits';
import { KxThresholds } from './checks/KxThresholds';
import { PayerOverrides } from './checks/PayerOverrides';
import { Managed } from './Managed';
import { RULE_LABELS } from './rule-labels';

export {
  type ChecksSettingsProps,
  checkSettings,
  describeIssue,
  isNoisy,
  NOISY_MIN_FIRED,
  type RuleStats,
} from './checks/common';

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
        <Managed field="rules">
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
        </Managed>
      </Part>

      <Managed field="payerRules">
        <PayerOverrides settings={settings} commit={commit} />
      </Managed>
      <FilingLimits settings={settings} commit={commit} />
      <DenialSettings settings={settings} commit={commit} />
      <Managed field="kxThresholds">
        <KxThresholds settings={settings} commit={commit} />
      </Managed>
    </section>
  );
}
