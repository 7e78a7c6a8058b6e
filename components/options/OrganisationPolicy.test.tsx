// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PolicyField } from '../../utils/policy/fields';
import { readPolicy } from '../../utils/policy/read';
import { DEFAULT_RULE_SETTINGS } from '../../utils/rules/settings';
import { ChecksSettings } from './ChecksSettings';
import { PolicyContext, type PolicyState } from './Managed';
import { OrganisationPolicy } from './OrganisationPolicy';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const policy = readPolicy({
  filingLimits: [{ name: 'Office', payer: { nameContains: ['office'] }, days: 45 }],
  filingWarningDays: 10,
  kxThresholds: { '2026': 2480 },
  payerRules: [{ payer: { nameContains: [] }, rules: {} }],
  locked: ['filingLimits'],
});

function mount(state: Partial<PolicyState>, onChange = vi.fn()) {
  const value: PolicyState = { policy, overridden: new Set(), onUseOrganisation: vi.fn(), ...state };
  const settings = {
    ...DEFAULT_RULE_SETTINGS,
    filingLimits: policy.values.filingLimits ?? [],
    filingWarningDays: 10,
  };
  act(() =>
    render(
      <PolicyContext.Provider value={value}>
        <ChecksSettings
          settings={settings}
          display={{ inlineFlags: true }}
          stats={{}}
          onChange={onChange}
          onDisplayChange={vi.fn()}
        />
        <OrganisationPolicy onExport={vi.fn()} />
      </PolicyContext.Provider>,
      root,
    ),
  );
  return value;
}

const managed = (field: string) =>
  root.querySelector<HTMLFieldSetElement>(`fieldset[data-managed="${field}"]`);

test('a locked setting is read-only and says it is set by the organisation', () => {
  mount({});
  const limits = managed('filingLimits')!;
  expect(limits.disabled).toBe(true);
  expect(limits.querySelector('legend')?.textContent).toContain('Set by your organisation');
  expect(limits.querySelector('input')?.value).toBe('Office');
  // Settings the policy does not name stay plain.
  expect(managed('unknownPayerFilingDays')).toBeNull();
  expect(managed('rules')).toBeNull();
});

test('an unlocked office value is a default the biller may change, and can be given back', () => {
  const overridden = new Set<PolicyField>(['kxThresholds']);
  const state = mount({ overridden });
  expect(managed('filingWarningDays')?.disabled).toBe(false);
  expect(managed('filingWarningDays')?.textContent).toContain('Your organisation’s default');
  const kx = managed('kxThresholds')!;
  expect(kx.getAttribute('data-source')).toBe('own-over-organisation');
  act(() => {
    kx.querySelector('legend button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  expect(state.onUseOrganisation).toHaveBeenCalledWith('kxThresholds');
});

test('the ignored parts of the policy are listed by path, with what applies', () => {
  mount({});
  const problems = root.querySelector('[data-testid="policy-problems"]')?.textContent ?? '';
  expect(problems).toMatch(/payerRules\[0\]\.payer\.nameContains: .*ignored/);
  const fields = [...root.querySelectorAll('[data-testid="policy-fields"] li')].map((li) => li.textContent);
  expect(fields).toContain('Timely filing limits: set by your organisation (locked)');
  expect(fields).toContain('KX therapy thresholds: your organisation’s default');
});

test('no policy: the section says so and nothing is wrapped', () => {
  mount({ policy: readPolicy(undefined) });
  expect(root.querySelector('[data-testid="policy-none"]')).not.toBeNull();
  expect(root.querySelectorAll('fieldset.managed')).toHaveLength(0);
});
