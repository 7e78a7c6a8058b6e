// @vitest-environment happy-dom
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { dismissalId } from '../../utils/panel/dismissals';
import { SidePanel, type SidePanelProps } from '../SidePanel';
import { claimDetail, claimFindings, eligibilityFindingsFixture, eligibilityPage } from './test-fixtures';
import { click, mount } from './test-render';

/** Every event wired, so every control is on the page and checked. */
const wired = {
  onDismiss: vi.fn(),
  onUndoDismiss: vi.fn(),
  onCopyNote: vi.fn(),
  onReadThisSite: vi.fn(),
  onReread: vi.fn(),
  onOpenOptions: vi.fn(),
} satisfies Partial<SidePanelProps>;

async function seriousViolations(vnode: ComponentChild): Promise<string[]> {
  const container = mount(vnode);
  return violationsIn(container);
}

async function violationsIn(container: HTMLElement): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'ClaimLens';
  // happy-dom does no layout, so contrast cannot be measured here (the CSS is checked by eye).
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

const mue = claimFindings().find((f) => f.rule === 'mue')!;
const dismissal = {
  id: dismissalId('7000000001', mue),
  claimNumber: '7000000001',
  rule: 'mue',
  lines: [2],
  reason: 'False alarm',
  dismissedAt: '2026-11-27T10:00:00Z',
};

const unreadable = () => {
  const s = claimDetail();
  s.ok = false;
  s.read.problems = ['Service line table not found.'];
  s.read.fallbacks = ['read by labels'];
  return s;
};

const generic = () => {
  const s = claimDetail();
  s.read.adapter = 'generic';
  s.read.problems = ['Units column not found.'];
  s.read.unsure = ['claim number'];
  return s;
};

const list = () => {
  const s = claimDetail('7000000001');
  s.kind = 'claim-status';
  const first = s.claims[0]!;
  s.claims = [first, { ...first, claimNumber: '7000000002', serviceLines: [] }];
  return s;
};

const STATES: [string, ComponentChild][] = [
  [
    'claim status results list',
    <SidePanel key="s" snapshot={list()} findings={claimFindings()} {...wired} />,
  ],
  [
    'generic reader, partly read',
    <SidePanel key="g" snapshot={generic()} findings={claimFindings()} {...wired} />,
  ],
  ['empty', <SidePanel key="e" snapshot={null} findings={[]} ruleDataMissing {...wired} />],
  [
    'unsupported',
    <SidePanel
      key="u"
      snapshot={null}
      findings={[]}
      portalSupported={false}
      hostName="x.example.com"
      {...wired}
    />,
  ],
  ['unreadable', <SidePanel key="r" snapshot={unreadable()} findings={[]} {...wired} />],
  [
    'claim with findings, dismissed and a note',
    <SidePanel
      key="c"
      snapshot={claimDetail()}
      findings={claimFindings()}
      dismissals={[dismissal]}
      ruleDataMissing
      notePreview={'11/27/2026 Availity claim status\nnext: write off'}
      noteStatus="copied"
      historySlot={<p>No earlier notes.</p>}
      {...wired}
    />,
  ],
  [
    'eligibility',
    <SidePanel key="l" snapshot={eligibilityPage()} findings={eligibilityFindingsFixture()} {...wired} />,
  ],
  [
    'minimal props (as main.tsx passes today)',
    <SidePanel key="m" snapshot={claimDetail()} findings={claimFindings()} />,
  ],
];

describe('axe-core finds no serious or critical problems', () => {
  test('the check can fail (axe runs for real in happy-dom)', async () => {
    const broken = (
      <main>
        <button type="button" />
        <input type="text" />
        <ul>
          <div>not a list item</div>
        </ul>
      </main>
    );
    const found = await seriousViolations(broken);
    expect(found.map((v) => v.split(':')[0])).toEqual(
      expect.arrayContaining(['button-name', 'label', 'list']),
    );
  });

  test.each(STATES)('%s', async (_name, vnode) => {
    expect(await seriousViolations(vnode)).toEqual([]);
  });

  test('with the dismiss chips open, "Why?" open, a row open and the dismissed group expanded', async () => {
    const c = mount(
      <SidePanel
        snapshot={claimDetail()}
        findings={claimFindings()}
        dismissals={[dismissal]}
        notePreview="n"
        onTurnOffForPayer={vi.fn()}
        onFilingLimit={vi.fn()}
        {...wired}
      />,
    );
    const card = c.querySelector('li.item[data-finding-rule=denial]')!;
    const byText = (root: ParentNode, t: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent === t);
    click(byText(card, 'Dismiss…'));
    click(byText(card, 'Other…'));
    click(byText(card, 'Why?'));
    click(c.querySelector('.row-toggle'));
    (c.querySelector('details[data-group=dismissed]') as HTMLDetailsElement).open = true;
    expect(card.querySelector('fieldset form')).not.toBeNull();
    expect(await violationsIn(c)).toEqual([]);
  });

  test('a claims list with a row open and the chips pressed', async () => {
    const c = mount(<SidePanel snapshot={list()} findings={claimFindings()} notePreview="n" {...wired} />);
    click(c.querySelector('.claim-row-button'));
    click(c.querySelector('.chips .chip'));
    expect(await violationsIn(c)).toEqual([]);
  });
});

describe('document structure', () => {
  test('headings go down one level at a time', () => {
    const c = mount(
      <SidePanel
        snapshot={claimDetail()}
        findings={claimFindings()}
        notePreview="n"
        ruleDataMissing
        {...wired}
      />,
    );
    const levels = Array.from(c.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  test('every control is a native button, field or summary (reachable by Tab)', () => {
    const c = mount(
      <SidePanel snapshot={claimDetail()} findings={claimFindings()} dismissals={[dismissal]} {...wired} />,
    );
    expect(c.querySelectorAll('[onclick], div[role=button], span[role=button]')).toHaveLength(0);
    expect(c.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toHaveLength(0);
    for (const b of c.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });
});
