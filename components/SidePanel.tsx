import type { Finding } from '../utils/model/finding';
import type { PageSnapshot } from '../utils/model/snapshot';
import { FindingList } from './FindingList';
import { ServiceLines } from './ServiceLines';

export interface SidePanelProps {
  /** null: no portal page read in this tab yet. */
  snapshot: PageSnapshot | null;
  findings: Finding[];
}

const KIND_LABEL: Record<PageSnapshot['kind'], string> = {
  'claim-status': 'Claim status',
  'claim-detail': 'Claim detail',
  'claim-entry': 'Claim entry',
  eligibility: 'Eligibility',
  remittance: 'Remittance',
  unknown: 'Page not recognised',
};

/** The side panel: what was read from the page and what the rules found. Text only, never HTML. */
export function SidePanel({ snapshot, findings }: SidePanelProps) {
  if (!snapshot) {
    return (
      <main class="panel" data-state="empty">
        <h1>ClaimLens</h1>
        <p>Open a claim status, remittance, eligibility or claim entry page in a supported portal.</p>
      </main>
    );
  }
  return (
    <main class="panel" data-state={snapshot.ok ? 'read' : 'unreadable'} data-kind={snapshot.kind}>
      <header>
        <h1>
          <span data-testid="portal">{snapshot.portal}</span> ·{' '}
          <span data-testid="kind">{KIND_LABEL[snapshot.kind]}</span>
        </h1>
      </header>
      {snapshot.read.problems.length > 0 && (
        <section aria-label="Reading problems" class="problems">
          <h2>Could not read all of this page</h2>
          <ul>
            {snapshot.read.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {snapshot.claims.map((claim, i) => (
        <section key={claim.claimNumber ?? i} class="claim" data-claim-number={claim.claimNumber ?? ''}>
          <h2>
            Claim <span data-testid="claim-number">{claim.claimNumber ?? 'number not shown'}</span>
            {claim.status?.text ? <span class="status"> — {claim.status.text}</span> : null}
          </h2>
          <ServiceLines lines={claim.serviceLines} />
        </section>
      ))}
      <FindingList findings={findings} />
    </main>
  );
}
