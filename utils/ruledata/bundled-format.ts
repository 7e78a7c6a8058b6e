import { gunzipSync } from 'fflate';

/**
 * Formats of the data shipped in public/data/ (public-domain tables only; no CPT-bearing table ships).
 *
 * - icd10cm-fy2026.txt.gz — gzip of the FY2026 billable ICD-10-CM codes, sorted, one per line,
 *   front-coded: each line is one digit (characters shared with the previous code) followed by the rest
 *   of the code ("A000", "3 1" → "A001"). Descriptions are not shipped: the checks need only whether a
 *   code is billable. ~75k codes → ~90 KB.
 * - hcpcs-modifiers-2024.json — `{ version, rows: [code, added, effective, terminated][] }`, the HCPCS
 *   Level II modifiers (dates YYYY-MM-DD or "").
 * - pos-2026-02.json — `{ version, rows: [code, facility 1|0, name][] }`, CMS place-of-service codes.
 */
export const BUNDLED_ASSETS = {
  icd10cm: 'data/icd10cm-fy2026.txt.gz',
  hcpcsModifiers: 'data/hcpcs-modifiers-2024.json',
  pos: 'data/pos-2026-02.json',
} as const;

export function frontCode(sortedCodes: string[]): string {
  let previous = '';
  return sortedCodes
    .map((code) => {
      let shared = 0;
      while (shared < 9 && shared < code.length && code[shared] === previous[shared]) shared++;
      previous = code;
      return `${shared}${code.slice(shared)}`;
    })
    .join('\n');
}

export function frontDecode(text: string): string[] {
  let previous = '';
  const codes: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    previous = previous.slice(0, Number(line[0])) + line.slice(1);
    codes.push(previous);
  }
  return codes;
}

export function gunzipText(bytes: Uint8Array): string {
  return new TextDecoder().decode(gunzipSync(bytes));
}
