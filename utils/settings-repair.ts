import { z } from 'zod';

/**
 * Reading a stored settings object so that one bad part never costs the rest. A value that passes its
 * schema is used as it is. One that does not is mended part by part: a field that fails takes its
 * default, an array keeps the items that pass, a record keeps the entries whose key and value pass
 * (a rule id from a newer release, say), an object is mended field by field. What was dropped is
 * named, so the caller can say so. Only for reading what was stored: edits are still validated whole,
 * so the options page keeps refusing a bad edit with its message.
 */
export interface Repaired<T> {
  value: T;
  /** Paths of what was dropped or reset to its default ("rules.future-rule", "filingLimits[3]"). */
  dropped: string[];
}

const FAIL = Symbol('fail');
const MAX_DROPPED = 50;

export function readLeniently<S extends z.ZodType>(schema: S, raw: unknown): Repaired<z.output<S>> {
  const dropped: string[] = [];
  const mended = mend(schema, raw, '', dropped);
  if (mended !== FAIL) {
    const again = schema.safeParse(mended);
    if (again.success) return { value: again.data, dropped: dropped.slice(0, MAX_DROPPED) };
  }
  const fallback = schema.safeParse(undefined);
  if (!fallback.success) throw new Error('readLeniently needs a schema with a default');
  return { value: fallback.data, dropped: ['(all)'] };
}

function mend(schema: z.ZodType, raw: unknown, path: string, dropped: string[]): unknown {
  const direct = schema.safeParse(raw);
  if (direct.success) return raw;
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable
  ) {
    if (raw === undefined || raw === null) return FAIL;
    return mend(schema.unwrap() as z.ZodType, raw, path, dropped);
  }
  if (schema instanceof z.ZodPipe) {
    // A preprocessed schema (an older stored shape read as today's): run the first step, mend the rest.
    const first = (schema.in as z.ZodType).safeParse(raw);
    return first.success ? mend(schema.out as z.ZodType, first.data, path, dropped) : FAIL;
  }
  if (schema instanceof z.ZodObject && isPlainObject(raw)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const here = path ? `${path}.${key}` : key;
      const value = mend(field, raw[key], here, dropped);
      if (value !== FAIL) out[key] = value;
      else if (field.safeParse(undefined).success) dropped.push(here);
      else return FAIL;
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(raw)) {
    const item = schema.element as z.ZodType;
    const out: unknown[] = [];
    raw.forEach((entry, i) => {
      const value = mend(item, entry, `${path}[${i}]`, dropped);
      if (value === FAIL) dropped.push(`${path}[${i}]`);
      else out.push(value);
    });
    return schema.safeParse(out).success ? out : FAIL;
  }
  if (schema instanceof z.ZodRecord && isPlainObject(raw)) {
    const keyType = schema.keyType as z.ZodType;
    const valueType = schema.valueType as z.ZodType;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(raw)) {
      const here = path ? `${path}.${key}` : key;
      const value = keyType.safeParse(key).success ? mend(valueType, entry, here, dropped) : FAIL;
      if (value === FAIL) dropped.push(here);
      else out[key] = value;
    }
    return schema.safeParse(out).success ? out : FAIL;
  }
  return FAIL;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
