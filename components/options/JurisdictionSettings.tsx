import { useEffect, useId, useState } from 'preact/hooks';
import type { CoverageContractor } from '../../utils/ruledata/coverage';
import {
  describeJurisdiction,
  type Jurisdiction,
  jurisdictionSet,
  MAC_PORTALS,
  NO_JURISDICTION,
  parseStates,
} from '../../utils/rules/jurisdiction';

export interface JurisdictionSettingsProps {
  jurisdiction: Jurisdiction;
  /** Contractors of the imported coverage articles (non-DME), or null when none are imported. */
  contractors: CoverageContractor[] | null;
  onChange(next: Jurisdiction): void;
}

/**
 * "Medicare jurisdiction": the state(s) or the Medicare contractor whose coverage articles apply to the
 * practice's claims. Until one is set, the medical-necessity check says it could not check.
 */
export function JurisdictionSettings({ jurisdiction, contractors, onChange }: JurisdictionSettingsProps) {
  const id = useId();
  const [states, setStates] = useState(jurisdiction.states.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setStates(jurisdiction.states.join(', ')), [jurisdiction.states.join()]);

  const saveStates = () => {
    const parsed = parseStates(states);
    if (parsed.invalid.length > 0) {
      setProblem(`Not a state abbreviation: ${parsed.invalid.join(', ')}. Use two letters, e.g. OH, KY.`);
      return;
    }
    if (parsed.states.join() === jurisdiction.states.join()) return setProblem(null);
    const known = contractors ? new Set(contractors.flatMap((c) => c.states)) : null;
    const unknown = known ? parsed.states.filter((s) => !known.has(s)) : [];
    setProblem(
      unknown.length > 0 ? `No contractor in the imported articles serves ${unknown.join(', ')}.` : null,
    );
    onChange({ ...jurisdiction, states: parsed.states, presetFrom: null });
  };
  const choices = [...(contractors ?? [])].sort(
    (a, b) => a.name.localeCompare(b.name) || a.number.localeCompare(b.number),
  );
  const set = jurisdictionSet(jurisdiction);

  return (
    <section aria-labelledby={`${id}-h`} id="jurisdiction" class="jurisdiction-settings">
      <h2 id={`${id}-h`}>Medicare jurisdiction</h2>
      <p>
        Coverage articles apply by Medicare contractor (MAC). Give the state(s) your practice bills Medicare
        from, or its contractor: the medical-necessity check uses the articles of that contractor only.
      </p>
      <p role="status" data-testid="jurisdiction-status" class={set ? '' : 'notice'}>
        {set
          ? `Articles in use: ${describeJurisdiction(jurisdiction)}.`
          : 'Not set yet: the medical-necessity check says “could not check” until it is.'}
        {jurisdiction.presetFrom &&
          ` ClaimLens saw you use the ${MAC_PORTALS[jurisdiction.presetFrom].company} portal; set your state or contractor to keep only your jurisdiction’s articles.`}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveStates();
        }}
      >
        <label for={`${id}-states`}>State(s)</label>{' '}
        <input
          id={`${id}-states`}
          data-testid="jurisdiction-states"
          value={states}
          placeholder="e.g. OH, KY"
          maxLength={200}
          onInput={(e) => setStates(e.currentTarget.value)}
          onBlur={saveStates}
        />{' '}
        <button type="submit">Save states</button>
      </form>
      <p>
        <label for={`${id}-contractor`}>Contractor</label>{' '}
        <select
          id={`${id}-contractor`}
          data-testid="jurisdiction-contractor"
          value={jurisdiction.contractors[0] ?? ''}
          disabled={!contractors}
          onChange={(e) => {
            const n = e.currentTarget.value;
            onChange({ ...jurisdiction, contractors: n ? [n] : [], presetFrom: null });
          }}
        >
          <option value="">Any contractor serving the states above</option>
          {choices.map((c) => (
            <option key={c.number} value={c.number}>
              {c.name} — {c.number}
              {c.states.length > 0 ? ` (${c.states.join(', ')})` : ''}
            </option>
          ))}
        </select>
      </p>
      {!contractors && (
        <p class="muted">Import the MCD coverage articles (Rule data) to pick a contractor from the list.</p>
      )}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {set && (
        <button type="button" onClick={() => onChange(NO_JURISDICTION)}>
          Clear jurisdiction
        </button>
      )}
    </section>
  );
}
