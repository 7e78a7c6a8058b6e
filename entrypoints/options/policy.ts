import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PolicyState } from '../../components/options/Managed';
import { saveFile } from '../../utils/download';
import { GECKO_ID } from '../../utils/extension-ids';
import {
  POLICY_FILE_NAMES,
  type PolicyFileKind,
  policyFile,
  policyFromSettings,
  type SettingsToExport,
} from '../../utils/policy/export';
import type { PolicyField } from '../../utils/policy/fields';
import { loadOverrides, loadPolicy, markOverridden, watchPolicy } from '../../utils/policy/managed';
import type { Overridden } from '../../utils/policy/merge';
import { NO_POLICY, type PolicyView } from '../../utils/policy/read';
import { optionsProblems } from './problems';

/** Wiring for the office policy: storage.managed, the defaults the biller took over, live updates. */
export function usePolicy(): PolicyState {
  const [policy, setPolicy] = useState<PolicyView>(NO_POLICY);
  const [overridden, setOverridden] = useState<Overridden>(new Set());
  useEffect(() => {
    const load = () => {
      void loadPolicy().then(setPolicy);
      void loadOverrides().then(setOverridden);
    };
    load();
    // An administrator can push a new policy while the page is open (storage.onChanged, area 'managed').
    return watchPolicy(load);
  }, []);
  return {
    policy,
    overridden,
    onUseOrganisation(field: PolicyField) {
      void markOverridden([field], true).catch(
        optionsProblems.whenFails('Your organisation’s default could not be put back'),
      );
    },
  };
}

/** "Export as policy": the settings shown on this page, as a file an administrator deploys. */
export function exportPolicy(kind: PolicyFileKind, settings: SettingsToExport, locked: PolicyField[]): void {
  const policy = policyFromSettings(settings, locked);
  // In Firefox runtime.id is the add-on id; the Chrome id is this installation's (the store's when
  // installed from it).
  const firefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  const ids = {
    chrome: firefox ? 'YOUR_EXTENSION_ID' : browser.runtime.id,
    gecko: firefox ? browser.runtime.id : GECKO_ID,
  };
  saveFile(POLICY_FILE_NAMES[kind], policyFile(kind, policy, ids));
}
