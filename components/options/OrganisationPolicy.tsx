import { useContext, useId, useState } from 'preact/hooks';
import type { PolicyFileKind } from '../../utils/policy/export';
import { POLICY_FIELD_LABELS, POLICY_FIELDS, type PolicyField } from '../../utils/policy/fields';
import { fieldSource } from '../../utils/policy/merge';
import { PolicyContext } from './Managed';

const KIND_LABELS: Record<PolicyFileKind, string> = {
  chrome: 'Chrome / Edge policy file (Linux managed folder, 3rdparty form)',
  firefox: 'Firefox policies.json',
  values: 'Settings only (Google Admin console, Windows registry, MDM)',
};

/**
 * "Organisation policy": what the office's policy sets or locks, each part of it that was ignored and
 * why, and "Export as policy" so an administrator can deploy this browser's settings to the office.
 */
export function OrganisationPolicy({ onExport }: { onExport(kind: PolicyFileKind, lockAll: boolean): void }) {
  const { policy, overridden } = useContext(PolicyContext);
  const id = useId();
  const [kind, setKind] = useState<PolicyFileKind>('chrome');
  const [lockAll, setLockAll] = useState(false);
  const managed = POLICY_FIELDS.filter((f) => policy.values[f] !== undefined);
  const describe = (f: PolicyField) =>
    ({
      locked: 'set by your organisation (locked)',
      organisation: 'your organisation’s default',
      'own-over-organisation': 'your organisation’s default, changed by you',
      own: '',
    })[fieldSource(policy, overridden, f)];

  return (
    <section id="organisation-policy" aria-labelledby={`${id}-h`} class="organisation-policy">
      <h2 id={`${id}-h`}>Organisation policy</h2>
      {managed.length === 0 ? (
        <p class="muted" data-testid="policy-none">
          No policy from your organisation applies to this browser.
        </p>
      ) : (
        <ul data-testid="policy-fields">
          {managed.map((f) => (
            <li key={f} data-field={f}>
              {POLICY_FIELD_LABELS[f]}: {describe(f)}
            </li>
          ))}
        </ul>
      )}
      {policy.problems.length > 0 ? (
        <div class="policy-problems" role="alert" data-testid="policy-problems">
          <p>
            Parts of your organisation’s policy could not be used and were ignored (your own settings for
            those stay in use). Tell your administrator:
          </p>
          <ul>
            {policy.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>Export as policy</h3>
      <p class="muted">
        Writes the settings on this page as a policy file an administrator can deploy to every browser of the
        office (see “For administrators” in the README).
      </p>
      <p>
        <label for={`${id}-kind`}>Format</label>{' '}
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as PolicyFileKind)}
        >
          {(Object.keys(KIND_LABELS) as PolicyFileKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>{' '}
        <input
          id={`${id}-lock`}
          type="checkbox"
          checked={lockAll}
          onChange={(e) => setLockAll(e.currentTarget.checked)}
        />{' '}
        <label for={`${id}-lock`}>Lock every setting (billers cannot change them)</label>{' '}
        <button type="button" data-testid="export-policy" onClick={() => onExport(kind, lockAll)}>
          Export as policy
        </button>
      </p>
    </section>
  );
}
