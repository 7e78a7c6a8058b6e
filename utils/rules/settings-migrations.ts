import type { Migrations } from '../versioned';
import { withStoredPackPayer, withStoredPayer } from './payer-names';

/**
 * How stored rule settings (`settings:rules`) of an older version become today's (utils/versioned.ts;
 * each has its test in utils/settings-versions.test.ts). Fields added with a default (the appeal window,
 * the history check's threshold) need no step: a value without them reads with the defaults.
 *
 * 2 — payers are named by the words their name contains, never by a regular expression (issue 22): a
 *     filing limit's or per-payer switch's `payerPattern` becomes `payer: { nameContains,
 *     unlessNameContains }`, a stored pack's `payer.namePattern` likewise. A pattern that cannot be
 *     named exactly is kept as `unconvertedPattern`: it applies to no payer and the options page says
 *     why, and nothing else the biller set is lost over it.
 */
export const RULE_SETTINGS_MIGRATIONS: Migrations = {
  2: (old) => {
    const v = asRecord(old);
    if (!v) return old;
    const out: Record<string, unknown> = { ...v };
    if (Array.isArray(v.filingLimits)) out.filingLimits = v.filingLimits.map(withStoredPayer);
    if (Array.isArray(v.payerRules)) out.payerRules = v.payerRules.map(withStoredPayer);
    if (Array.isArray(v.payerPacks)) out.payerPacks = v.payerPacks.map(withStoredPackPayer);
    return out;
  },
};

const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
