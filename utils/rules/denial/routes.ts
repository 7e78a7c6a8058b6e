import type { PayerFamily } from '../payer-family';
import { SRC } from './sources';
import type { Route, RowRoute } from './types';

/**
 * The correction and appeal routes by payer family (RULES.md, utils/rules/README.md):
 * - original Medicare, professional (Part B): a processed claim is corrected by a reopening (clerical
 *   error, within a year; no frequency-7 claims; it cannot add a line); changes the MAC must check
 *   against the records go to a redetermination (120 days);
 * - original Medicare, institutional: an adjustment claim (type of bill xx7);
 * - Medicare Advantage, Medicaid, commercial: a corrected or replacement claim (frequency code 7) and
 *   the plan's own appeal;
 * - a claim returned unprocessable (MA130): a new claim, whatever the family.
 */
export interface RouteContext {
  family: PayerFamily;
  institutional: boolean;
  /** MA130 on the line or the claim. */
  unprocessable: boolean;
}

interface Phrase {
  text: string;
  route: Route;
  sources: string[];
}

const NEW_CLAIM: Phrase = {
  text: 'submit a new claim (an unprocessable claim cannot be reopened or appealed)',
  route: 'new-claim',
  sources: [SRC.unprocessable],
};

function correction({ family, institutional, unprocessable }: RouteContext, withRecords: boolean): Phrase {
  if (unprocessable) return NEW_CLAIM;
  switch (family) {
    case 'medicare':
      if (institutional) {
        return {
          text: 'send the MAC an adjustment claim (type of bill xx7)',
          route: 'corrected-claim',
          sources: [SRC.reopening],
        };
      }
      return withRecords
        ? {
            text: 'request a redetermination with the records within 120 days (a clerical reopening cannot add lines, and most MACs take 25, 57 or 59/X only with the records)',
            route: 'redetermination',
            sources: [SRC.redetermination],
          }
        : {
            text: 'ask the MAC for a reopening (clerical error, within a year; Part B takes no frequency-7 claims, and a reopening cannot add a line)',
            route: 'reopening',
            sources: [SRC.reopening],
          };
    case 'medicare-advantage':
      return {
        text: 'send the plan a corrected claim (frequency code 7 with its claim number)',
        route: 'corrected-claim',
        sources: [SRC.maPlan],
      };
    case 'medicaid':
      return {
        text: 'send a replacement claim (frequency code 7 with the original claim number; some states want a void and a new claim)',
        route: 'corrected-claim',
        sources: [SRC.medicaid],
      };
    case 'commercial':
      return {
        text: "send a corrected claim (frequency code 7 with the payer's claim number)",
        route: 'corrected-claim',
        sources: [SRC.frequency7],
      };
    case 'unknown':
      return {
        text: "send a corrected claim (frequency code 7 with the payer's claim number) — for Medicare Part B ask the MAC for a reopening instead",
        route: 'corrected-claim',
        sources: [SRC.frequency7, SRC.reopening],
      };
  }
}

function appeal({ family }: RouteContext): Phrase {
  switch (family) {
    case 'medicare':
      return {
        text: 'request a redetermination within 120 days',
        route: 'redetermination',
        sources: [SRC.redetermination],
      };
    case 'medicare-advantage':
      return {
        text: 'ask the plan for a reconsideration within its deadline',
        route: 'appeal',
        sources: [SRC.maPlan],
      };
    case 'medicaid':
      return {
        text: 'appeal through the state Medicaid process',
        route: 'appeal',
        sources: [SRC.medicaid],
      };
    case 'commercial':
      return {
        text: 'appeal to the payer within its deadline',
        route: 'appeal',
        sources: [SRC.payerAppeal],
      };
    case 'unknown':
      return {
        text: "appeal within the payer's deadline (Medicare: a redetermination within 120 days)",
        route: 'appeal',
        sources: [SRC.payerAppeal, SRC.redetermination],
      };
  }
}

const TOKENS = {
  '{fix}': (ctx: RouteContext) => correction(ctx, false),
  '{fix-records}': (ctx: RouteContext) => correction(ctx, true),
  '{appeal}': appeal,
} as const;

/** The concrete route of a row for this claim. */
export function resolveRoute(route: RowRoute, ctx: RouteContext): Route {
  if (route === 'fix') return correction(ctx, false).route;
  if (route === 'fix-records') return correction(ctx, true).route;
  if (route === 'dispute') return appeal(ctx).route;
  return route;
}

/**
 * A row's step with its route tokens filled in for this claim, and the sources those routes follow.
 * {modLine} is the line that takes a bundling modifier (cause.ts), else "the denied line".
 */
export function expandStep(
  step: string,
  ctx: RouteContext,
  modLine: number | null,
): { text: string; sources: string[] } {
  const sources: string[] = [];
  let text =
    modLine === null
      ? step.replace(/\bline \{modLine\}/g, 'the denied line')
      : step.replace(/\{modLine\}/g, String(modLine));
  for (const [token, phrase] of Object.entries(TOKENS)) {
    if (!text.includes(token)) continue;
    const p = phrase(ctx);
    text = text.split(token).join(p.text);
    for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
  }
  return { text, sources };
}
