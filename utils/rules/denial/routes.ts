import type { PayerFamily } from '../payer-family';
import { SRC } from './sources';
import type { Route, RowRoute } from './types';

/**
 * The correction and appeal routes by payer family (utils/rules/README.md):
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

const phrase = (text: string, route: Route, ...sources: string[]): Phrase => ({ text, route, sources });

const NEW_CLAIM = phrase(
  'submit a new claim (an unprocessable claim cannot be reopened or appealed)',
  'new-claim',
  SRC.unprocessable,
);

/** Correcting a processed claim, by family (Medicare Part B has two: clerical, and with the records). */
const CORRECTION: Record<Exclude<PayerFamily, 'medicare'>, Phrase> = {
  'medicare-advantage': phrase(
    'send the plan a corrected claim (frequency code 7 with its claim number)',
    'corrected-claim',
    SRC.maPlan,
  ),
  medicaid: phrase(
    'send a replacement claim (frequency code 7 with the original claim number; some states want a void and a new claim)',
    'corrected-claim',
    SRC.medicaid,
  ),
  commercial: phrase(
    "send a corrected claim (frequency code 7 with the payer's claim number)",
    'corrected-claim',
    SRC.frequency7,
  ),
  unknown: phrase(
    "send a corrected claim (frequency code 7 with the payer's claim number) — for Medicare Part B ask the MAC for a reopening instead",
    'corrected-claim',
    SRC.frequency7,
    SRC.reopening,
  ),
};
const MEDICARE_REOPENING = phrase(
  'ask the MAC for a reopening (clerical error, within a year; Part B takes no frequency-7 claims, and a reopening cannot add a line)',
  'reopening',
  SRC.reopening,
);
const MEDICARE_WITH_RECORDS = phrase(
  'request a redetermination with the records within 120 days (a clerical reopening cannot add lines, and most MACs take 25, 57 or 59/X only with the records)',
  'redetermination',
  SRC.redetermination,
);
const MEDICARE_INSTITUTIONAL = phrase(
  'send the MAC an adjustment claim (type of bill xx7)',
  'corrected-claim',
  SRC.reopening,
);

const APPEAL: Record<PayerFamily, Phrase> = {
  medicare: phrase('request a redetermination within 120 days', 'redetermination', SRC.redetermination),
  'medicare-advantage': phrase(
    'ask the plan for a reconsideration within its deadline',
    'appeal',
    SRC.maPlan,
  ),
  medicaid: phrase('appeal through the state Medicaid process', 'appeal', SRC.medicaid),
  commercial: phrase('appeal to the payer within its deadline', 'appeal', SRC.payerAppeal),
  unknown: phrase(
    "appeal within the payer's deadline (Medicare: a redetermination within 120 days)",
    'appeal',
    SRC.payerAppeal,
    SRC.redetermination,
  ),
};

function correction({ family, institutional, unprocessable }: RouteContext, withRecords: boolean): Phrase {
  if (unprocessable) return NEW_CLAIM;
  if (family !== 'medicare') return CORRECTION[family];
  if (institutional) return MEDICARE_INSTITUTIONAL;
  return withRecords ? MEDICARE_WITH_RECORDS : MEDICARE_REOPENING;
}

const appeal = ({ family }: RouteContext): Phrase => APPEAL[family];

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
