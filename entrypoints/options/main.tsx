import { render } from 'preact';
import { ChecksSettings } from '../../components/options/ChecksSettings';
import { JurisdictionSettings } from '../../components/options/JurisdictionSettings';
import { Managed, PolicyContext } from '../../components/options/Managed';
import { NoteTemplatesEditor } from '../../components/options/NoteTemplatesEditor';
import { OfficeTaughtPages } from '../../components/options/OfficeTaughtPages';
import { OrganisationPolicy } from '../../components/options/OrganisationPolicy';
import { PayerPacks } from '../../components/options/PayerPacks';
import { Portals } from '../../components/options/Portals';
import { PrivacySettings } from '../../components/options/PrivacySettings';
import { RuleData } from '../../components/options/RuleData';
import { TaughtPages } from '../../components/options/TaughtPages';
import { Problems } from '../../components/Problems';
import { POLICY_FIELDS } from '../../utils/policy/fields';
import { shortMeaning } from '../../utils/rules/denial/short';
import { appliedRecipes } from '../../utils/teach/office';
import { useChecks } from './checks';
import { useJurisdiction } from './jurisdiction';
import { useLandOnHash } from './land';
import { useNoteSettings } from './notes';
import { exportPolicy, usePolicy } from './policy';
import { usePrivacy } from './privacy';
import { optionsProblems } from './problems';
import { useRuleData } from './rule-data';
import { useTaughtPages } from './taught';

function App() {
  const policy = usePolicy();
  const ruleData = useRuleData();
  const jurisdiction = useJurisdiction(ruleData.datasets, policy);
  const notes = useNoteSettings(policy);
  const privacy = usePrivacy(policy);
  const { checks, packs, portals } = useChecks(policy);
  const taught = useTaughtPages();
  useLandOnHash();
  const onExportPolicy = (kind: Parameters<typeof exportPolicy>[0], lockAll: boolean) =>
    exportPolicy(
      kind,
      {
        rules: { ...checks.settings, jurisdiction: jurisdiction.jurisdiction },
        notes: notes.settings,
        retention: privacy.retention,
        recipes: appliedRecipes(taught.recipes, policy.policy, policy.overridden),
      },
      lockAll ? POLICY_FIELDS : [...policy.policy.locked],
    );
  return (
    <PolicyContext.Provider value={policy}>
      <main class="panel options">
        <h1>ClaimLens options</h1>
        <Problems store={optionsProblems} />
        <nav aria-label="Sections">
          <a href="#rule-data">Rule data</a> · <a href="#checks">Checks</a> ·{' '}
          <a href="#payer-rules">Payer rules</a> · <a href="#portals">Portals</a> ·{' '}
          <a href="#taught-pages">Taught pages</a> · <a href="#note-templates">Note templates</a> ·{' '}
          <a href="#privacy">Privacy</a> · <a href="#organisation-policy">Organisation policy</a>
        </nav>
        <RuleData {...ruleData} />
        <Managed field="jurisdiction">
          <JurisdictionSettings {...jurisdiction} />
        </Managed>
        <ChecksSettings {...checks} />
        <Managed field="payerPacks">
          <PayerPacks {...packs} />
        </Managed>
        <Portals {...portals} />
        <TaughtPages {...taught} />
        <OfficeTaughtPages own={taught.recipes} lastUsed={taught.lastUsed} />
        <section id="note-templates" aria-label="Note templates">
          {/* The templates inside are managed; the biller's initials stay theirs. */}
          <NoteTemplatesEditor
            settings={notes.settings}
            onChange={notes.onChange}
            describeCode={shortMeaning}
          />
        </section>
        <section id="privacy" aria-label="Privacy">
          <PrivacySettings {...privacy} />
        </section>
        <OrganisationPolicy onExport={onExportPolicy} />
      </main>
    </PolicyContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
