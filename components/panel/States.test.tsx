// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { SidePanel } from '../SidePanel';
import { claimDetail, eligibilityFindingsFixture, eligibilityPage, f } from './test-fixtures';
import { click, mount, texts } from './test-render';

describe('empty and error states say what to do', () => {
  test('no portal page in this tab: lists the portals that work', () => {
    const c = mount(<SidePanel snapshot={null} findings={[]} />);
    expect(c.querySelector('main')?.getAttribute('data-state')).toBe('empty');
    expect(c.querySelector('h2')?.textContent).toBe('No portal page in this tab');
    expect(texts(c, '.portal-names li')).toContain('Availity');
    expect(c.querySelector('button')).toBeNull();
  });

  test('no page read yet: says why when known and offers to read again', () => {
    const onReread = vi.fn();
    const c = mount(
      <SidePanel
        snapshot={null}
        findings={[]}
        emptyReason="Only secure (https) portal pages can be read."
        onReread={onReread}
      />,
    );
    expect(c.querySelector('[data-testid=empty-reason]')?.textContent).toBe(
      'Only secure (https) portal pages can be read.',
    );
    click(c.querySelector('[data-testid=reread]'));
    expect(onReread).toHaveBeenCalledOnce();
  });

  test('a site ClaimLens does not know: "Read this site" asks to add the host', () => {
    const onReadThisSite = vi.fn();
    const c = mount(
      <SidePanel
        snapshot={null}
        findings={[]}
        portalSupported={false}
        hostName="portal.example-payer.com"
        onReadThisSite={onReadThisSite}
      />,
    );
    expect(c.querySelector('main')?.getAttribute('data-state')).toBe('unsupported');
    expect(c.querySelector('[data-testid=host-name]')?.textContent).toBe('portal.example-payer.com');
    click(c.querySelector('[data-testid=read-this-site]'));
    expect(onReadThisSite).toHaveBeenCalledOnce();
  });

  test('a page the reader could not read: its problems, its fallbacks and a way to read again', () => {
    const snap = claimDetail();
    snap.ok = false;
    snap.read.problems = ['No claim number found (#claimNumber missing).'];
    snap.read.fallbacks = ['ids missing: read by labels'];
    const onReread = vi.fn();
    const c = mount(<SidePanel snapshot={snap} findings={[]} onReread={onReread} />);
    expect(c.querySelector('main')?.getAttribute('data-state')).toBe('unreadable');
    const box = c.querySelector('[data-testid=unreadable]')!;
    expect(box.querySelector('h2')?.textContent).toBe('Could not read this page');
    expect(box.textContent).toContain('No claim number found (#claimNumber missing).');
    expect(box.textContent).toContain('ids missing: read by labels');
    click(c.querySelector('[data-testid=reread]'));
    expect(onReread).toHaveBeenCalledOnce();
  });

  test('no rule data: a notice with a button to the options page rule data section', () => {
    const onOpenOptions = vi.fn();
    const c = mount(
      <SidePanel snapshot={claimDetail()} findings={[]} ruleDataMissing onOpenOptions={onOpenOptions} />,
    );
    const notice = c.querySelector('[data-testid=rule-data-missing]')!;
    expect(notice.querySelector('h2')?.textContent).toBe('No CMS rule data imported yet');
    // It names what is missing (the built-in data is there): the first-run checklist in one line.
    expect(notice.textContent).toContain(
      'Missing: NCCI PTP edits, NCCI MUE, NCCI add-on code edits, PFS relative value file, HCPCS Level II.',
    );
    click(c.querySelector('[data-testid=import-rule-data]'));
    expect(onOpenOptions).toHaveBeenCalledWith('rule-data');
  });

  test('the Settings button asks for the options page at the Checks section', () => {
    const onOpenOptions = vi.fn();
    const c = mount(<SidePanel snapshot={claimDetail()} findings={[]} onOpenOptions={onOpenOptions} />);
    click(c.querySelector('[data-testid=open-settings]'));
    expect(onOpenOptions).toHaveBeenCalledWith('checks');
  });

  test('a portal page that is not a claim or eligibility page says so', () => {
    const snap = claimDetail();
    snap.kind = 'unknown';
    snap.claims = [];
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    expect(texts(c, '[data-testid=kind]')).toEqual(['Page not recognised']);
    expect(c.querySelector('[data-testid=page-not-recognised]')).not.toBeNull();
  });
});

describe('eligibility page', () => {
  test('the Medicare Advantage warning leads; "Active" is then not shown as good news', () => {
    const c = mount(<SidePanel snapshot={eligibilityPage()} findings={eligibilityFindingsFixture()} />);
    expect(texts(c, '[data-testid=summary] li')).toEqual([
      'Error: Bill the Medicare Advantage plan, not the MAC',
    ]);
    const ma = c.querySelector('li.item[data-finding-rule=elig-ma]')!;
    expect(ma.getAttribute('data-item-severity')).toBe('error');
    const coverage = c.querySelector('[data-testid=coverage]')!;
    expect(coverage.textContent).toBe('Active — see the warnings above');
    expect(coverage.classList.contains('coverage-warned')).toBe(true);
    // The warning comes before the coverage facts.
    expect(ma.compareDocumentPosition(coverage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('coverage on the date of service, money and the expected share', () => {
    const c = mount(<SidePanel snapshot={eligibilityPage()} findings={eligibilityFindingsFixture()} />);
    const summary = c.querySelector('[data-testid=eligibility-summary]')!;
    expect(summary.textContent).toContain('on 11/27/2026');
    expect(summary.textContent).toContain('Eligible from 01/01/2020');
    expect(summary.textContent).toContain('Medicare Advantage: Humana Gold Plus');
    expect(summary.textContent).toContain('In network · Individual: $157.00 left of $257.00');
    expect(summary.textContent).toContain('Out of network · Family: $5,000.00 left of $6,000.00');
    expect(summary.textContent).toContain('Office visit: $25.00 copay · in network');
    expect(summary.textContent).toContain('Professional: 20% coinsurance · in network');
    expect(c.querySelector('ul.rows [data-finding-rule=elig-inactive]')?.textContent).toContain(
      'Expected patient share for this visit',
    );
  });

  test('inactive coverage reads as words, not only colour', () => {
    const snap = eligibilityPage();
    snap.eligibility!.coverage = 'inactive';
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    expect(c.querySelector('[data-testid=coverage]')?.textContent).toBe('Not active');
    expect(texts(c, '[data-testid=summary] li')).toEqual([
      'Error: Coverage not active on the date of service',
    ]);
  });

  test('page findings the summary does not show are still listed', () => {
    const extra = f({
      rule: 'elig-cob',
      severity: 'could-not-check',
      claimIndex: null,
      message: 'Could not check other payers.',
      reason: 'The page shows no coordination of benefits.',
    });
    const c = mount(
      <SidePanel snapshot={eligibilityPage()} findings={[...eligibilityFindingsFixture(), extra]} />,
    );
    expect(c.querySelector('[data-group=could-not-check]')?.textContent).toContain(
      'The page shows no coordination of benefits.',
    );
  });
});

describe('how the page was read', () => {
  test('a clean read says nothing about it', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={[]} />);
    expect(c.querySelector('[data-testid=read-notes]')).toBeNull();
  });

  test('a partial read lists what could not be read, open', () => {
    const snap = claimDetail();
    snap.read.problems = ['Remark codes column missing.'];
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    const notes = c.querySelector('[data-testid=read-notes]') as HTMLDetailsElement;
    expect(notes.open).toBe(true);
    expect(notes.querySelector('summary')?.textContent).toBe('Could not read all of this page');
    expect(notes.textContent).toContain('Remark codes column missing.');
  });

  test('the generic reader says so, with what it is unsure of', () => {
    const snap = claimDetail();
    snap.portal = 'generic';
    snap.read.adapter = 'generic';
    snap.read.unsure = ['claim number: taken from a label "Claim #"'];
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    expect(texts(c, '[data-testid=portal]')).toEqual(['Generic reader']);
    const notes = c.querySelector('[data-testid=read-notes]')!;
    expect(notes.querySelector('summary')?.textContent).toContain('generic reader');
    expect(notes.textContent).toContain('Not sure of:');
  });

  test('field by field: each unsure part with where it came from, how sure the kind is, what was not shown', () => {
    const snap = claimDetail();
    snap.portal = 'generic';
    snap.read.adapter = 'generic';
    snap.read.kindConfidence = 0.85;
    snap.read.unsure = ['Claim number: from “payer claim control #”', 'Page kind: remittance, 85% sure (…)'];
    snap.claims[0]!.unread = ['diagnoses', 'priorAuthorization'];
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    const notes = c.querySelector('[data-testid=read-notes]')!;
    expect(notes.querySelector('summary')?.textContent).toBe(
      'Read by the generic reader (page kind 85% sure): check against the page',
    );
    expect(texts(c, '[data-testid=unsure-fields] dt')).toEqual(['Claim number', 'Page kind']);
    expect(texts(c, '[data-testid=unsure-fields] dd')[0]).toBe('from “payer claim control #”');
    expect(c.querySelector('[data-testid=unread-parts]')?.textContent).toBe(
      'Not on this page: Diagnoses, Authorization number. Checks that need them say “could not check”.',
    );
  });
});

describe('messages from the integrator', () => {
  test('a problem and a status message show inside the panel, announced', () => {
    const c = mount(
      <SidePanel
        snapshot={null}
        findings={[]}
        problem="The background did not answer."
        statusMessage="Done."
      />,
    );
    expect(c.querySelector('main [data-testid=problem]')?.getAttribute('role')).toBe('alert');
    expect(c.querySelector('main [data-testid=status-message]')?.textContent).toBe('Done.');
  });
});
