import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PolicyField } from '../../utils/policy/fields';
import { fieldSource, type Overridden } from '../../utils/policy/merge';
import { NO_POLICY, type PolicyView } from '../../utils/policy/read';

/** The office policy as the options page shows it: which settings the organisation set or locked. */
export interface PolicyState {
  policy: PolicyView;
  overridden: Overridden;
  /** Gives a setting the biller changed back to the organisation's default. */
  onUseOrganisation(field: PolicyField): void;
}

export const PolicyContext = createContext<PolicyState>({
  policy: NO_POLICY,
  overridden: new Set(),
  onUseOrganisation: () => undefined,
});

export const LOCKED_TEXT = 'Set by your organisation';

/**
 * A setting the organisation's policy touches. Locked: read-only (a disabled fieldset disables every
 * control inside) with "Set by your organisation". Unlocked: says it is the organisation's default,
 * or that the biller's own value is in use and offers the default back. Untouched: just the setting.
 */
export function Managed({ field, children }: { field: PolicyField; children: ComponentChildren }) {
  const { policy, overridden, onUseOrganisation } = useContext(PolicyContext);
  const source = fieldSource(policy, overridden, field);
  if (source === 'own') return <>{children}</>;
  return (
    <fieldset class="managed" disabled={source === 'locked'} data-managed={field} data-source={source}>
      <legend class="managed-note">
        {source === 'locked' ? (
          <>
            <span aria-hidden="true">🔒 </span>
            {LOCKED_TEXT}
          </>
        ) : source === 'organisation' ? (
          'Your organisation’s default — you may change it'
        ) : (
          <>
            Your own value (your organisation set another default){' '}
            <button type="button" onClick={() => onUseOrganisation(field)}>
              Use your organisation’s default
            </button>
          </>
        )}
      </legend>
      {children}
    </fieldset>
  );
}
