// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { claimDetail, claimFindings, f, PTP_DATASET } from './panel/test-fixtures';
import { attrs, click, input, mount, texts } from './panel/test-render';
import { SidePanel } from './SidePanel';

const today = '2026-11-27';

function claimPanel(extra: Partial<Parameters<typeof SidePanel>[0]> = {}) {
  return mount(
    <SidePanel
      snapshot={claimDetail()}
      findings={claimFindings()}
      datasets={[PTP_DATASET]}
      today={today}
      {...extra}
    />,
  );
}

const cardOf = (c: ParentNode, rule: string) => c.querySelector(`li.item[data-finding-rule=${rule}]`)!;

describe('a read claim page', () => {
  test('keeps the hooks the end-to-end tests read', () => {
    const c = claimPanel();
    const main = c.querySelector('main');
    expect(main?.getAttribute('data-state')).toBe('read');
    expect(main?.getAttribute('data-kind')).toBe('claim-detail');
    expect(texts(c, '[data-testid=portal]')).toEqual(['Availity']);
    expect(texts(c, '[data-testid=kind]')).toEqual(['Claim detail']);
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['7000000001']);
    expect(texts(c, '[data-testid=line-code]')).toEqual(['20611', '20610']);
    expect(texts(c, '[data-testid=line-modifiers]')).toEqual(['RT', 'RT']);
    // Every finding shown keeps its rule, level and lines, merged or not.
    expect(attrs(c, '[data-finding-rule=ptp]', 'data-lines')).toEqual(['1,2']);
    expect(attrs(c, '[data-finding-rule=ptp]', 'data-finding-severity')).toEqual(['error']);
  });

  test('the claim line names the patient by initials, the dates of service, the payer and the clock', () => {
    const c = claimPanel();
    expect(texts(c, '[data-testid=patient-initials]')).toEqual(['JD']);
    expect(texts(c, '[data-testid=claim-dates]')).toEqual(['10/14/2026']);
    expect(texts(c, '[data-testid=claim-payer]')).toEqual(['Medicare Part B']);
    expect(texts(c, '[data-testid=days-left]')).toEqual(['45 days left']);
    expect(texts(c, '[data-testid=claim-status]')).toEqual(['Denied · F2 · Finalized: denial']);
    // Counts are of what the biller sees: the CO-97 and its NCCI pair are one item.
    expect(texts(c, '[data-testid=counts]')).toEqual(['2 errors · 3 warnings · 1 info · 1 could not check']);
    expect(c.querySelector('[data-testid=vintages]')?.textContent).toContain(
      'NCCI PTP practitioner v32.3, effective 2026-10-01',
    );
  });

  test('a summary line at the top gives the deciding facts, worst first, linked to their items', () => {
    const c = claimPanel();
    const facts = Array.from(c.querySelectorAll('[data-testid=summary] li'));
    expect(facts.map((li) => `${li.getAttribute('data-level')}: ${li.textContent}`)).toEqual([
      'error: Error: To work: CO-97 (line 2)',
      'error: Error: 1 error and 2 warnings on the claim',
    ]);
    const target = facts[0]!.querySelector('a')!.getAttribute('href')!.slice(1);
    expect(c.querySelector(`[id="${target}"]`)?.getAttribute('data-finding-rule')).toBe('denial');
  });

  test('a denial code, its explanation and the NCCI pair are one card with one next step', () => {
    const c = claimPanel();
    const card = cardOf(c, 'denial');
    expect(card.classList.contains('card')).toBe(true);
    expect(card.getAttribute('data-item-severity')).toBe('error');
    expect(card.querySelector('.item-title')?.textContent).toBe(
      'CO-97: 20610 was bundled into another service on the same day',
    );
    expect(card.querySelector('.item-detail')?.textContent).toContain('bundled into 20611');
    expect(card.querySelector('.item-action')?.textContent).toBe(
      'Next: Check the PTP pair: indicator 0 means write it off; do not appeal.',
    );
    // The pair is inside it, not repeated as a card of its own.
    expect(card.querySelector('[data-finding-rule=ptp]')).not.toBeNull();
    expect(c.querySelectorAll('li.item[data-finding-rule=ptp]')).toHaveLength(0);
  });

  test('errors and warnings are cards, worst first; info is a one-line row that opens in place', () => {
    const c = claimPanel();
    expect(attrs(c, 'ul.cards > li', 'data-item-severity')).toEqual([
      'error',
      'error',
      'warning',
      'warning',
      'warning',
    ]);
    const row = c.querySelector('ul.rows > li.item')!;
    expect(row.getAttribute('data-finding-rule')).toBe('code-valid');
    const toggle = row.querySelector('.row-toggle')!;
    expect(toggle.textContent).toContain('Line 1 · 20611 RT · Line 1 code is valid but rarely billed.');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((row.querySelector('.row-body') as HTMLElement).hidden).toBe(true);
    click(toggle);
    expect((row.querySelector('.row-body') as HTMLElement).hidden).toBe(false);
  });

  test('each card says its level by icon shape and word; rule, source and vintage are behind "Why?"', () => {
    const c = claimPanel();
    const card = cardOf(c, 'mod-59');
    expect(card.querySelector('.sev-tag')?.textContent).toBe('Error');
    expect(card.querySelector('.sev-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(card.querySelector('.sev-icon path.shape')?.getAttribute('d')).toContain('M5 1h6l4 4'); // octagon
    expect(cardOf(c, 'mue').querySelector('.sev-icon path.shape')?.getAttribute('d')).toBe(
      'M8 1l7.5 13.5H.5z',
    );
    expect((card.querySelector('.why-panel') as HTMLElement).hidden).toBe(true);
    const why = Array.from(card.querySelectorAll('button')).find((b) => b.textContent === 'Why?')!;
    click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect((card.querySelector('.why-panel') as HTMLElement).hidden).toBe(false);
    expect(card.querySelector(`[id="${why.getAttribute('aria-controls')}"]`)).toBe(
      card.querySelector('.why-panel'),
    );
    expect(card.querySelector('.why-panel .source')?.textContent).toBe(
      'mod-59 · ClaimLens modifier rules 2026-11',
    );
    const merged = cardOf(c, 'denial');
    click(Array.from(merged.querySelectorAll('button')).find((b) => b.textContent === 'Why?'));
    expect(merged.querySelector('.why-panel [data-finding-rule=ptp] .source')?.textContent).toBe(
      'ptp · NCCI PTP practitioner v32.3, effective 2026-10-01',
    );
  });

  test('"Turn off for this payer" and "Change the filing limit for this payer" sit on the finding', () => {
    const onTurnOffForPayer = vi.fn();
    const onFilingLimit = vi.fn();
    const c = claimPanel({ onTurnOffForPayer, onFilingLimit, filingLimitDays: () => 365 });
    const mue = cardOf(c, 'mue');
    click(Array.from(mue.querySelectorAll('button')).find((b) => b.textContent === 'Why?'));
    const off = mue.querySelector('[data-testid=turn-off-for-payer]')!;
    expect(off.textContent).toBe('Turn off “Units over MUE” for Medicare Part B');
    click(off);
    expect(onTurnOffForPayer).toHaveBeenCalledWith('mue', 'Medicare Part B');

    const clock = cardOf(c, 'timely-filing');
    click(Array.from(clock.querySelectorAll('button')).find((b) => b.textContent === 'Why?'));
    click(clock.querySelector('[data-testid=change-filing-limit]'));
    const box = clock.querySelector('.filing-limit-form input') as HTMLInputElement;
    expect(box.value).toBe('365');
    expect(document.activeElement).toBe(box);
    input(box, '0');
    click(clock.querySelector('.filing-limit-form button[type=submit]'));
    expect(onFilingLimit).not.toHaveBeenCalled();
    expect(clock.querySelector('.filing-limit-form [role=alert]')?.textContent).toContain('whole number');
    input(box, '400');
    click(clock.querySelector('.filing-limit-form button[type=submit]'));
    expect(onFilingLimit).toHaveBeenCalledWith('Medicare Part B', 400);
  });

  test('could-not-check is one line that opens to the reasons; with no rule data it says so once', () => {
    const c = claimPanel();
    const line = c.querySelector('details[data-group=could-not-check]')!;
    expect(line.querySelector('summary')?.textContent).toBe('Could not check: Could not check add-on codes');
    expect(line.textContent).toContain('Why: No NCCI add-on table for 2026-10-14.');
    const missing = claimPanel({ ruleDataMissing: true });
    expect(missing.querySelector('details[data-group=could-not-check] summary')?.textContent).toContain(
      '1 check could not run without the CMS rule data',
    );
    // The header does not list rule data next to "No rule data imported".
    expect(missing.querySelector('[data-testid=vintages] summary')?.textContent).toBe(
      'Rule data: built-in code lists only',
    );
  });

  test('a claim without findings says so', () => {
    const c = mount(<SidePanel snapshot={claimDetail()} findings={[]} />);
    expect(c.querySelector('.all-clear')?.textContent).toBe('No findings on this claim.');
    expect(texts(c, '[data-testid=counts]')).toEqual(['No findings']);
    expect(texts(c, '[data-testid=summary] li')).toEqual(['OK: Nothing found to work on this claim']);
  });

  test('the 277 status alone is an item of its own', () => {
    const snap = claimDetail();
    snap.kind = 'claim-status';
    const status = f({
      rule: 'denial',
      severity: 'warning',
      message: 'Claim status F2: finalized: denied.',
      action: 'Read the CARC/RARC.',
    });
    snap.claims[0]!.serviceLines[1]!.adjustments = [];
    const c = mount(<SidePanel snapshot={snap} findings={[status]} />);
    expect(texts(c, 'ul.cards .item-title')).toEqual(['Claim status F2: finalized: denied']);
  });

  test('controls whose events are not wired are not shown', () => {
    const c = claimPanel();
    const labels = texts(c, 'button');
    expect(labels.filter((l) => l !== 'Why?' && !l.startsWith('Line') && !l.includes('code'))).toEqual([]);
    expect(c.querySelector('[data-testid=copy-note]')).toBeNull();
  });

  test('page text stays text: markup in a claim number or message is shown literally', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const findings = [...claimFindings(), { ...claimFindings()[3]!, message: `<b>${evil}</b>` }];
    const c = mount(<SidePanel snapshot={claimDetail(evil)} findings={findings} />);
    expect(texts(c, '[data-testid=claim-number]')).toEqual([evil]);
    expect(c.querySelector('img')).toBeNull();
    expect(c.querySelector('b')).toBeNull();
    expect(c.textContent).toContain(`<b>${evil}</b>`);
  });

  test('markup in read problems, the host name and the note stays text too', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const snap = claimDetail();
    snap.ok = false;
    snap.read.problems = [evil];
    let c = mount(<SidePanel snapshot={snap} findings={[]} notePreview={evil} onCopyNote={() => {}} />);
    expect(c.querySelector('[data-testid=unreadable] li')?.textContent).toBe(evil);
    expect((c.querySelector('[data-testid=note-preview]') as HTMLTextAreaElement).value).toBe(evil);
    expect(c.querySelector('img')).toBeNull();
    c = mount(<SidePanel snapshot={null} findings={[]} portalSupported={false} hostName={evil} />);
    expect(c.querySelector('[data-testid=host-name]')?.textContent).toBe(evil);
    expect(c.querySelector('img')).toBeNull();
  });
});

describe('the note footer', () => {
  const note = '11/27/2026 Availity claim detail: claim 7000000001. Next: write off CO-97';

  test('shows the note (editable), the shortcut on Copy, calls back and announces the result', () => {
    const onCopyNote = vi.fn();
    const onNoteEdit = vi.fn();
    const props = {
      snapshot: claimDetail(),
      findings: [],
      notePreview: note,
      onCopyNote,
      onNoteEdit,
      shortcut: 'Alt+Shift+N',
    };
    let c = mount(<SidePanel {...props} noteStatus="idle" />);
    const box = c.querySelector('[data-testid=note-preview]') as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.value).toBe(note);
    expect(box.readOnly).toBe(false);
    expect(c.querySelector('section.note-bar label')?.textContent).toContain('you can edit it');
    expect(texts(c, '[data-testid=note-about]')).toEqual(['claim 7000000001']);
    const copy = c.querySelector('[data-testid=copy-note]') as HTMLButtonElement;
    expect(copy.textContent).toBe('Copy noteAlt+Shift+N');
    expect(copy.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+N');
    click(copy);
    expect(onCopyNote).toHaveBeenCalledOnce();
    input(box, `${note} (checked)`);
    expect(onNoteEdit).toHaveBeenLastCalledWith(`${note} (checked)`);
    const status = () => c.querySelector('[data-testid=note-status]');
    expect(status()?.getAttribute('aria-live')).toBe('polite');
    expect(status()?.textContent).toBe('');
    c = mount(<SidePanel {...props} noteStatus="copied" />);
    expect(status()?.textContent).toContain('Note copied');
    c = mount(<SidePanel {...props} noteStatus="failed" />);
    expect(status()?.textContent).toContain('copy it by hand');
  });

  test('an edited note shows the edit and offers to undo it; "Action taken" calls back as typed', () => {
    const onNoteEdit = vi.fn();
    const onActionTaken = vi.fn();
    const c = mount(
      <SidePanel
        snapshot={claimDetail()}
        findings={[]}
        notePreview={note}
        noteDraft="my own words"
        actionTaken="called"
        onNoteEdit={onNoteEdit}
        onActionTaken={onActionTaken}
        onCopyNote={() => {}}
      />,
    );
    expect((c.querySelector('[data-testid=note-preview]') as HTMLTextAreaElement).value).toBe('my own words');
    click(Array.from(c.querySelectorAll('.note-bar button')).find((b) => b.textContent === 'Undo my edits'));
    expect(onNoteEdit).toHaveBeenCalledWith(null);
    const action = c.querySelector('[data-testid=action-taken]') as HTMLInputElement;
    expect(action.value).toBe('called');
    expect(c.querySelector(`label[for="${action.id}"]`)?.textContent).toBe('Action taken');
    input(action, 'called payer');
    expect(onActionTaken).toHaveBeenCalledWith('called payer');
  });

  test('the footer is the last thing in the panel; the note history sits above it, collapsed', () => {
    const c = mount(
      <SidePanel
        snapshot={claimDetail()}
        findings={[]}
        notePreview="n"
        historySlot={<p id="history">History</p>}
      />,
    );
    expect(
      c.querySelector('main')?.lastElementChild?.previousElementSibling?.matches('section.note-bar'),
    ).toBe(true);
    const history = c.querySelector('details[data-testid=note-history]') as HTMLDetailsElement;
    expect(history.open).toBe(false);
    expect(history.querySelector('#history')).not.toBeNull();
  });
});

describe('a claims list', () => {
  function list(n: number, findingsOf: (i: number) => ReturnType<typeof f>[] = () => []) {
    const snap = claimDetail();
    snap.kind = 'claim-status';
    snap.claims = Array.from({ length: n }, (_, i) => ({
      ...snap.claims[0]!,
      claimNumber: `C${i + 1}`,
      serviceLines: [],
      status:
        i % 2 ? { category: 'F1', code: null, text: 'Paid' } : { category: 'F2', code: null, text: 'Denied' },
    }));
    return { snap, findings: Array.from({ length: n }, (_, i) => findingsOf(i)).flat() };
  }
  const clock = (claimIndex: number, severity: 'error' | 'warning' | 'info', days: number) =>
    f({
      rule: 'timely-filing',
      severity,
      claimIndex,
      message: days < 0 ? `ended on 2026-01-01, ${-days} days ago.` : `${days} days left: the filing limit…`,
    });

  test('compact rows grouped Errors / Warnings / Nothing to do (collapsed), attention first', () => {
    const { snap } = list(4);
    const findings = [clock(0, 'info', 80), clock(1, 'warning', 12), clock(3, 'error', -5)];
    const c = mount(<SidePanel snapshot={snap} findings={findings} />);
    expect(texts(c, '.claim-group .group-title')).toEqual([
      'Errors (1)',
      'Warnings (1)',
      'Nothing to do (2)',
    ]);
    // The collapsed group draws its rows when opened.
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['C4', 'C2']);
    const rows = c.querySelectorAll('.claim-group')[2]!.querySelector('ul') as HTMLElement;
    expect(rows.hidden).toBe(true);
    const first = c.querySelector('.claim-row')!;
    expect(first.textContent).toContain('C4');
    expect(first.textContent).toContain('Paid');
    expect(first.textContent).toContain('5 days late');
    click(c.querySelector('.group-toggle'));
    expect(rows.hidden).toBe(false);
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['C4', 'C2', 'C1', 'C3']);
    expect(texts(c, '[data-testid=summary] li')).toEqual([
      'Error: 1 claim past the filing limit',
      'Error: 2 of 4 claims need you: 1 with errors, 1 with warnings',
    ]);
  });

  test('a row opens in place and picks the claim the note is about', () => {
    const { snap } = list(3);
    const onSelectClaim = vi.fn();
    const findings = [
      clock(1, 'warning', 12),
      f({ rule: 'mue', severity: 'error', claimIndex: 2, message: 'Units over.' }),
    ];
    const c = mount(
      <SidePanel snapshot={snap} findings={findings} notePreview="n" onSelectClaim={onSelectClaim} />,
    );
    // By default the note is about the first claim needing attention.
    expect(texts(c, '[data-testid=note-about]')).toEqual(['claim C3']);
    const row = c.querySelector('.claim-row[data-claim-number=C2]')!;
    const button = row.querySelector('.claim-row-button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    click(button);
    expect(onSelectClaim).toHaveBeenCalledWith(1);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-current')).toBe('true');
    expect(row.querySelector('.claim-row-body [data-finding-rule=timely-filing]')).not.toBeNull();
    expect(texts(c, '[data-testid=note-about]')).toEqual(['claim C2']);
  });

  test('filter chips: status, has findings; a count of what is shown; clear', () => {
    const { snap } = list(6);
    const c = mount(<SidePanel snapshot={snap} findings={[clock(2, 'warning', 3)]} />);
    const chips = Array.from(c.querySelectorAll('.chips .chip'));
    expect(chips.map((b) => b.textContent)).toEqual(['Denied 3', 'Paid 3', 'Has findings 1']);
    click(chips[1]);
    expect(chips[1]!.getAttribute('aria-pressed')).toBe('true');
    // The paid claims are in "Nothing to do": the filter opens that group to show them.
    expect(c.querySelector('.group-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(c.querySelector('[data-testid=filter-count]')?.textContent).toBe('Showing 3 of 6 claims');
    expect(texts(c, '[data-testid=claim-number]')).toEqual(['C2', 'C4', 'C6']);
    click(chips[2]);
    expect(c.querySelector('[data-testid=filter-count]')?.textContent).toBe('Showing 0 of 6 claims');
    click(Array.from(c.querySelectorAll('.chips button')).find((b) => b.textContent === 'Clear filters'));
    expect(texts(c, '[data-testid=claim-number]')).toHaveLength(6);
  });

  test('a long list draws a collapsed group when opened, 100 rows at once and the rest on request', () => {
    const { snap } = list(250);
    const c = mount(<SidePanel snapshot={snap} findings={[]} />);
    // Nothing to do on any of them: one collapsed group, drawn when opened.
    expect(c.querySelectorAll('[data-claim-number]')).toHaveLength(0);
    click(c.querySelector('.group-toggle'));
    expect(c.querySelectorAll('[data-claim-number]')).toHaveLength(100);
    const more = c.querySelector('[data-testid=show-all-claims]')!;
    expect(more.textContent).toBe('Show all 250');
    click(more);
    expect(c.querySelectorAll('[data-claim-number]')).toHaveLength(250);
    expect(c.querySelector('[data-testid=show-all-claims]')).toBeNull();
  });
});
