import { z } from 'zod';
import { ManagedPolicy, POLICY_FIELD_LABELS, type PolicyField } from './fields';

/**
 * The managed-storage schema Chrome and Edge check a policy against (manifest `storage.managed_schema`),
 * made from the same zod schema ClaimLens reads the policy with, so the two cannot drift. Chrome knows
 * a small part of JSON Schema (type, properties, additionalProperties, patternProperties, items, enum,
 * minimum, maximum, title, description) and refuses to load an extension whose schema holds anything
 * else, so this writes only those. Finer checks (text lengths, code patterns, list sizes) stay with
 * ClaimLens, which reports them on the options page field by field.
 *
 * Chrome drops a policy field that fails this schema before ClaimLens sees it (chrome://policy shows
 * why), and drops properties the schema does not name.
 */
export type ChromeSchema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  patternProperties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
};

type Json = Record<string, unknown>;

/**
 * Alternatives that are all objects (a taught page's locators: by label, by column…): Chrome has no
 * "one of", so one object names every branch's properties and a property's fixed values are merged
 * into one list. ClaimLens's own reading then holds each branch to its shape.
 */
function mergedObjects(branches: Json[], path: string): ChromeSchema {
  const props: Record<string, ChromeSchema> = {};
  for (const branch of branches) {
    for (const [k, v] of Object.entries(object(branch, path).properties ?? {})) {
      const had = props[k];
      if (had?.enum && v.enum) had.enum = [...new Set([...had.enum, ...v.enum])];
      else if (!had) props[k] = v;
    }
  }
  return { type: 'object', properties: props };
}

function convert(s: Json, path: string): ChromeSchema {
  const union = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (Array.isArray(union) && union.length > 0 && union.every((b) => b.type === 'object'))
    return mergedObjects(union, path);
  if (Array.isArray(union)) {
    const branches = union.filter((b) => b.type !== 'null');
    // A recipe is an object or its JSON text: Chrome has no "any JSON" type, so it gets the text.
    const chosen = branches.length === 1 ? branches[0] : branches.find((b) => b.type === 'string');
    if (!chosen) throw new Error(`${path}: no Chrome schema for this union`);
    return convert(chosen, path);
  }
  switch (s.type) {
    case 'object':
      return object(s, path);
    case 'array':
      return { type: 'array', items: convert((s.items ?? {}) as Json, `${path}[]`) };
    case 'string':
      if (typeof s.const === 'string') return { type: 'string', enum: [s.const] };
      return Array.isArray(s.enum) ? { type: 'string', enum: s.enum as string[] } : { type: 'string' };
    case 'integer':
    case 'number': {
      const out: ChromeSchema = { type: s.type };
      if (typeof s.minimum === 'number') out.minimum = s.minimum;
      if (typeof s.exclusiveMinimum === 'number' && s.type === 'integer')
        out.minimum = s.exclusiveMinimum + 1;
      if (typeof s.maximum === 'number') out.maximum = s.maximum;
      return out;
    }
    case 'boolean':
      return { type: 'boolean' };
    default:
      throw new Error(`${path}: no Chrome schema for ${JSON.stringify(s).slice(0, 80)}`);
  }
}

function object(s: Json, path: string): ChromeSchema {
  const out: ChromeSchema = { type: 'object' };
  const props = (s.properties ?? {}) as Record<string, Json>;
  if (Object.keys(props).length > 0) {
    out.properties = Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, convert(v, path ? `${path}.${k}` : k)]),
    );
  }
  const extra = s.additionalProperties;
  if (extra && typeof extra === 'object') {
    const names = (s.propertyNames ?? {}) as Json;
    const value = convert(extra as Json, `${path}.*`);
    if (Array.isArray(names.enum)) {
      // A record keyed by a fixed list (rule ids, page kinds): each key is named.
      out.properties = Object.fromEntries((names.enum as string[]).map((k) => [k, value]));
    } else if (typeof names.pattern === 'string') {
      out.patternProperties = { [names.pattern]: value };
    } else {
      out.additionalProperties = value;
    }
  }
  return out;
}

export function managedStorageSchema(): ChromeSchema {
  const json = z.toJSONSchema(ManagedPolicy, { io: 'input', unrepresentable: 'throw' }) as Json;
  const schema = convert(json, '');
  for (const [field, sub] of Object.entries(schema.properties ?? {})) {
    sub.title = POLICY_FIELD_LABELS[field as PolicyField] ?? 'Settings the biller may not change';
  }
  return {
    ...schema,
    title: 'ClaimLens',
    description: 'Settings an office sets for every biller (README: "For administrators").',
  };
}
