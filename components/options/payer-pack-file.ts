import { formatPayerNames } from '../../utils/rules/payer-names';
import { type PayerPack, parsePayerPack } from '../../utils/rules/payer-pack';

/** Most packs the settings keep (RuleSettings.payerPacks). */
export const MAX_PACKS = 100;

export type ReadPackResult =
  | { ok: true; packs: PayerPack[]; text: string }
  | { ok: false; text: string; problems: string[] };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a pack holds, in a line: "2 required-modifier rules, 1 prior-auth rule, filing limit 180 days, 1 check changed". */
export function packSummary(pack: PayerPack): string {
  const parts = [
    plural(pack.requiredModifiers.length, 'required-modifier rule'),
    plural(pack.priorAuthorization.length, 'prior-auth rule'),
  ];
  if (pack.filingLimitDays !== null) parts.push(`filing limit ${pack.filingLimitDays} days`);
  parts.push(`${plural(Object.keys(pack.rules).length, 'check')} changed`);
  if (pack.recipes.length > 0) parts.push(plural(pack.recipes.length, 'taught page'));
  return parts.join(', ');
}

/**
 * A pack file's text → the new list of packs. A pack with the same name as one already imported
 * replaces it (in place) and the text says so; otherwise it is added at the end.
 */
export function readPackFile(text: string, existing: readonly PayerPack[]): ReadPackResult {
  if (text.trim() === '')
    return { ok: false, text: 'The file is empty.', problems: ['the file has no text'] };
  const parsed = parsePayerPack(text);
  if (!parsed.ok) {
    return {
      ok: false,
      text: `This is not a ClaimLens payer pack: ${plural(parsed.problems.length, 'problem')} to fix.`,
      problems: parsed.problems,
    };
  }
  const pack = parsed.pack;
  const what = `“${pack.name}” ${pack.version} (payers whose name contains “${formatPayerNames(pack.payer)}”): ${packSummary(pack)}.`;
  const index = existing.findIndex((p) => p.name === pack.name);
  if (index >= 0) {
    const old = existing[index] as PayerPack;
    const packs = existing.map((p, i) => (i === index ? pack : p));
    return {
      ok: true,
      packs,
      text: `Replaced the pack “${pack.name}” ${old.version} with ${what}`,
    };
  }
  if (existing.length >= MAX_PACKS) {
    return {
      ok: false,
      text: `Not imported: ClaimLens keeps at most ${MAX_PACKS} packs.`,
      problems: ['remove a pack you no longer use, then import again'],
    };
  }
  return { ok: true, packs: [...existing, pack], text: `Imported ${what}` };
}
