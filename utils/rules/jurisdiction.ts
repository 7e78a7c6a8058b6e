import { z } from 'zod';
import type { CoverageArticle, CoverageContractor } from '../ruledata/coverage';

/**
 * The practice's Medicare jurisdiction: which coverage articles apply to its claims. A biller sets the
 * state(s) the practice bills from, or its Medicare contractor number(s) (the MAC's "contractor number",
 * e.g. 15202 for CGS J15 Part B Ohio). Until one is set, ClaimLens presets the MAC company of the portal
 * it sees the biller use (Noridian, CGS, Palmetto, NGS, Novitas): every jurisdiction of that company
 * applies until the biller narrows it.
 */
export const MAC_PORTALS = {
  noridian: { company: 'Noridian', pattern: /noridian/i },
  cgs: { company: 'CGS', pattern: /\bCGS\b/i },
  palmetto: { company: 'Palmetto GBA', pattern: /palmetto/i },
  ngs: { company: 'National Government Services', pattern: /national government services|\bNGS\b/i },
  novitas: { company: 'Novitas Solutions', pattern: /novitas/i },
} as const;
export type MacPortal = keyof typeof MAC_PORTALS;
const MAC_IDS = Object.keys(MAC_PORTALS) as [MacPortal, ...MacPortal[]];

export const Jurisdiction = z.object({
  /** USPS abbreviations ("OH"); MCD also names territories ("PR", "VI", "CNMI"). */
  states: z
    .array(z.string().regex(/^([A-Z]{2}|CNMI)$/))
    .max(80)
    .default([]),
  /** Contractor numbers as the MCD writes them ("15202"). */
  contractors: z
    .array(z.string().regex(/^[0-9A-Z]{2,10}$/))
    .max(30)
    .default([]),
  /** The MAC portal the preset came from, while neither states nor contractors are set. */
  presetFrom: z.enum(MAC_IDS).nullable().default(null),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const NO_JURISDICTION: Jurisdiction = { states: [], contractors: [], presetFrom: null };

export function jurisdictionSet(j: Jurisdiction): boolean {
  return j.states.length > 0 || j.contractors.length > 0 || j.presetFrom !== null;
}

/** "OH, KY", "contractor 15202", "Noridian (preset from its portal)". */
export function describeJurisdiction(j: Jurisdiction): string {
  const parts: string[] = [];
  if (j.states.length > 0) parts.push(j.states.join(', '));
  if (j.contractors.length > 0)
    parts.push(`contractor${j.contractors.length > 1 ? 's' : ''} ${j.contractors.join(', ')}`);
  if (parts.length === 0 && j.presetFrom)
    parts.push(`${MAC_PORTALS[j.presetFrom].company} (preset from its portal)`);
  return parts.join('; ');
}

/** The jurisdiction's states as a set, made once per settings object (a claim asks many times). */
const stateSets = new WeakMap<Jurisdiction, ReadonlySet<string>>();

/** A contractor of the practice's jurisdiction (states or numbers set win over the portal preset). */
export function contractorInJurisdiction(c: CoverageContractor, j: Jurisdiction): boolean {
  if (j.states.length > 0 || j.contractors.length > 0) {
    if (j.contractors.includes(c.number)) return true;
    let states = stateSets.get(j);
    if (!states) {
      states = new Set(j.states);
      stateSets.set(j, states);
    }
    return c.states.some((s) => states.has(s));
  }
  return j.presetFrom !== null && MAC_PORTALS[j.presetFrom].pattern.test(c.name);
}

/**
 * The contractors through which an article applies to this practice's claims. DME MAC articles apply
 * to DME supplier claims, which ClaimLens does not read: practitioner and hospital claims skip them.
 */
export function applyingContractors(article: CoverageArticle, j: Jurisdiction): CoverageContractor[] {
  // A code may be listed by a hundred articles across the country: each is judged once per settings.
  let known = applying.get(j);
  if (!known) {
    known = new WeakMap();
    applying.set(j, known);
  }
  let found = known.get(article);
  if (!found) {
    found = article.contractors.filter((c) => !c.dme && contractorInJurisdiction(c, j));
    known.set(article, found);
  }
  return found;
}
const applying = new WeakMap<Jurisdiction, WeakMap<CoverageArticle, CoverageContractor[]>>();

/** The preset for a MAC portal seen in use, or null when the biller has already set something. */
export function presetFromPortal(j: Jurisdiction, portal: string): Jurisdiction | null {
  if (jurisdictionSet(j) || !(portal in MAC_PORTALS)) return null;
  return { ...j, presetFrom: portal as MacPortal };
}

/** "oh, Ky ; WA" → ["OH", "KY", "WA"]; unknown words are returned apart so the options page can say so. */
export function parseStates(text: string): { states: string[]; invalid: string[] } {
  const words = text
    .toUpperCase()
    .split(/[\s,;/]+/)
    .filter(Boolean);
  const states = [...new Set(words.filter((w) => /^([A-Z]{2}|CNMI)$/.test(w)))];
  return { states, invalid: words.filter((w) => !/^([A-Z]{2}|CNMI)$/.test(w)) };
}
