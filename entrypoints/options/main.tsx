import { render } from 'preact';
import { ChecksSettings } from '../../components/options/ChecksSettings';
import { JurisdictionSettings } from '../../components/options/JurisdictionSettings';
import { NoteTemplatesEditor } from '../../components/options/NoteTemplatesEditor';
import { PayerPacks } from '../../components/options/PayerPacks';
import { Portals } from '../../components/options/Portals';
import { PrivacySettings } from '../../components/options/PrivacySettings';
import { RuleData } from '../../components/options/RuleData';
import { TaughtPages } from '../../components/options/TaughtPages';
import { Problems } from '../../components/Problems';
import { shortMeaning } from '../../utils/rules/denial/short';
import { useChecks } from './checks';
import { useJurisdiction } from './jurisdiction';
import { useLandOnHash } from './land';
import { useNoteSettings } from './notes';
import { usePrivacy } from './privacy';
import { optionsProblems } from './problems';
import { useRuleData } from './rule-data';
import { useTaughtPages } from './taught';

function App() {
  const ruleData = useRuleData();
  const jurisdiction = useJurisdiction(ruleData.datasets);
  const notes = useNoteSettings();
  const privacy = usePrivacy();
  const { checks, packs, portals } = useChecks();
  const taught = useTaughtPages();
  useLandOnHash();
  return (
    <main class="panel options">
      <h1>ClaimLens options</h1>
      <Problems store={optionsProblems} />
      <nav aria-label="Sections">
        <a href="#rule-data">Rule data</a> · <a href="#checks">Checks</a> ·{' '}
        <a href="#payer-rules">Payer rules</a> · <a href="#portals">Portals</a> ·{' '}
        <a href="#taught-pages">Taught pages</a> · <a href="#note-templates">Note templates</a> ·{' '}
        <a href="#privacy">Privacy</a>
      </nav>
      <RuleData {...ruleData} />
      <JurisdictionSettings {...jurisdiction} />
      <ChecksSettings {...checks} />
      <PayerPacks {...packs} />
      <Portals {...portals} />
      <TaughtPages {...taught} />
      <section id="note-templates" aria-label="Note templates">
        <NoteTemplatesEditor
          settings={notes.settings}
          onChange={notes.onChange}
          describeCode={shortMeaning}
        />
      </section>
      <section id="privacy" aria-label="Privacy">
        <PrivacySettings {...privacy} />
      </section>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
