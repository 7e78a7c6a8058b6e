import type { z } from 'zod';
import { POLICY_FIELD_SCHEMAS, POLICY_FIELDS, type PolicyField, type PolicyValues } from './fields';

/**
 * The policy an administrator pushed (storage.managed), read field by field: a field that does not pass
 * is reported and ignored, the others apply. Nothing here touches what the biller stored.
 */
export interface PolicyView {
  values: Partial<PolicyValues>;
  /** Fields the biller may not change: only fields the policy gives a valid value for. */
  locked: ReadonlySet<PolicyField>;
  /** One line per ignored part, naming the field ("filingLimits[1].days: …"). */
  problems: string[];
}

export const NO_POLICY: PolicyView = { values: {}, locked: new Set(), problems: [] };

const MAX_PROBLEMS_PER_FIELD = 5;
const KNOWN = new Set<string>([...POLICY_FIELDS, 'locked']);

function describe(field: string, error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_PROBLEMS_PER_FIELD).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `${field}${path}: ${issue.message}`;
  });
  if (error.issues.length > MAX_PROBLEMS_PER_FIELD)
    lines.push(`${field}: and ${error.issues.length - MAX_PROBLEMS_PER_FIELD} more problems`);
  return lines;
}

export function readPolicy(raw: unknown): PolicyView {
  if (raw === undefined || raw === null) return NO_POLICY;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ...NO_POLICY, problems: ['The policy is not a set of named settings: it was ignored.'] };
  }
  const source = raw as Record<string, unknown>;
  const values: Partial<Record<PolicyField, unknown>> = {};
  const problems: string[] = [];
  for (const field of POLICY_FIELDS) {
    if (!(field in source)) continue;
    const parsed = POLICY_FIELD_SCHEMAS[field].safeParse(source[field]);
    if (parsed.success) values[field] = parsed.data;
    else problems.push(...describe(field, parsed.error).map((p) => `${p} — this field was ignored`));
  }
  for (const key of Object.keys(source).slice(0, 50)) {
    if (!KNOWN.has(key)) problems.push(`${key.slice(0, 60)}: not a ClaimLens policy field — ignored`);
  }
  return {
    values: values as Partial<PolicyValues>,
    locked: readLocked(source.locked, values, problems),
    problems,
  };
}

function readLocked(
  raw: unknown,
  values: Partial<Record<PolicyField, unknown>>,
  problems: string[],
): Set<PolicyField> {
  const locked = new Set<PolicyField>();
  if (raw === undefined) return locked;
  if (!Array.isArray(raw)) {
    problems.push('locked: a list of field names is expected — nothing is locked');
    return locked;
  }
  for (const name of raw.slice(0, 50)) {
    if (typeof name !== 'string' || !(POLICY_FIELDS as string[]).includes(name)) {
      problems.push(`locked: ${JSON.stringify(name).slice(0, 60)} is not a ClaimLens policy field — ignored`);
    } else if (!(name in values)) {
      // Locking a field without a usable value would hide the biller's own value behind nothing.
      problems.push(`locked: ${name} has no valid value in the policy, so the biller's own value stays`);
    } else {
      locked.add(name as PolicyField);
    }
  }
  return locked;
}
