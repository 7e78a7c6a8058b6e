/**
 * JSON with every object's keys sorted: two values with the same content give the same text whatever
 * their key order (settings edited on a page, recipes read back from storage or a pack file).
 * Keys holding `undefined` are left out, as JSON leaves them out.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Deep equality of JSON-like values, whatever the key order. */
export const sameJson = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
