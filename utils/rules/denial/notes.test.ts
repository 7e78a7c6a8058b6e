import { describe, expect, it } from 'vitest';
import { noteContext } from '../../notes/context';
import { renderNote } from '../../notes/render';
import { defaultTemplates } from '../../notes/templates';
import { adj, claim, eligibility, snapshot } from '../testing/builder';
import { tellsToBillPatient } from '../testing/denial';
import { runSnapshot } from '../testing/run';
import { shortMeaning } from './short';

/** The note's "Next:" is the guidance table's step, so the note never says what the panel forbids. */

async function note(spec: Parameters<typeof claim>[0], more: Parameters<typeof snapshot>[1] = {}) {
  const snap = snapshot([claim(spec)], { kind: 'claim-status', ...more });
  const findings = await runSnapshot(snap);
  const ctx = noteContext(snap, findings, {
    today: '2026-11-27',
    initials: 'JD',
    describeCode: shortMeaning,
  });
  return { ctx, text: renderNote(defaultTemplates['claim-status'], ctx) };
}

describe('notes take their next step from the denial guidance', () => {
  it('a QMB patient: the note says not to bill them', async () => {
    const { ctx, text } = await note({
      lines: [['99213', { adjustments: [adj('PR-2', 15)], remarks: ['N782'] }]],
    });
    expect(ctx.nextStep).toMatch(/^Do not bill the patient/);
    // One clause for the line: the share and the remark that says it may not be collected.
    expect(text).toContain('PR-2 (coinsurance) + N782 (QMB: no coinsurance may be collected) on 99213');
    expect(tellsToBillPatient(text)).toBe(false);
  });

  it('the QMB indicator on the page’s eligibility does the same', async () => {
    const { ctx } = await note(
      { lines: [['99213', { adjustments: [adj('PR-1', 40)] }]] },
      { eligibility: eligibility({ qmb: true }) },
    );
    expect(ctx.nextStep).toMatch(/^Do not bill the patient/);
  });

  it('a Medicare CO denial: the correction route of Medicare Part B, never the patient', async () => {
    const { ctx } = await note({
      lines: [['93000', { adjustments: [adj('CO-4', 40), adj('CO-45', 12), adj('CO-253', 1)] }]],
    });
    expect(ctx.nextStep).toMatch(/^Fix the modifier .* ask the MAC for a reopening/);
    expect(tellsToBillPatient(ctx.nextStep ?? '')).toBe(false);
  });

  it('the worst step first: a bundling denial before the patient share', async () => {
    const { ctx } = await note({
      payer: 'Aetna',
      lines: ['29880', ['29877', { adjustments: [adj('CO-236', 300), adj('PR-2', 20)] }]],
    });
    // The NCCI finding explains the denial: one problem, one step (the denial's, for a processed
    // claim), the patient's share not among them.
    expect(ctx.nextStep).toMatch(/^Not payable together, .*write it off, do not appeal/);
    expect(ctx.nextStep).not.toMatch(/Remove 29877/);
    expect(ctx.nextStep).not.toMatch(/secondary/);
  });
});
