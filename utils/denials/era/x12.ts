/**
 * A small X12 reader: the interchange's own delimiters from its ISA header, then segments with their
 * number and character position, so a refusal can say exactly where a file is broken. (The X12
 * packages on npm need Node's stream and crypto modules or use eval, which the extension's
 * content-security policy forbids; this file is all the parsing ClaimLens needs.)
 *
 * ISA is fixed-width: 106 characters, the element separator at position 3, the repetition separator
 * in ISA11, the component separator in ISA16 (position 104) and the segment terminator right after it.
 * Line breaks after a terminator are allowed, as clearinghouses often add them.
 */
export interface Segment {
  id: string;
  /** elements[0] is the segment id; elements[n] is element n (CLP01 = elements[1]). */
  elements: string[];
  /** 1-based number of the segment in the file. */
  number: number;
  /** 0-based character offset where the segment starts. */
  offset: number;
}

export interface Delimiters {
  element: string;
  component: string;
  repetition: string | null;
  segment: string;
}

export class X12Error extends Error {
  constructor(
    message: string,
    readonly segment: number | null,
    readonly offset: number | null,
    readonly segmentId: string | null,
  ) {
    super(message);
    this.name = 'X12Error';
  }

  /** "segment 57 (CAS), character 2,345: …" */
  where(): string {
    if (this.segment === null) return '';
    const at = this.offset === null ? '' : `, character ${(this.offset + 1).toLocaleString('en-US')}`;
    return `segment ${this.segment}${this.segmentId ? ` (${this.segmentId})` : ''}${at}`;
  }
}

export const fail = (message: string, s: Segment | null): never => {
  throw new X12Error(message, s?.number ?? null, s?.offset ?? null, s?.id ?? null);
};

/** Files larger than this are refused before reading (a day's 835s are a few megabytes). */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;
export const MAX_SEGMENTS = 2_000_000;
const MAX_ELEMENTS = 99;

export function readDelimiters(text: string, start: number): Delimiters {
  if (text.slice(start, start + 3) !== 'ISA') {
    throw new X12Error('This is not an X12 file: it does not start with an ISA segment.', 1, start, null);
  }
  const element = text[start + 3] ?? '';
  const component = text[start + 104] ?? '';
  const segment = text[start + 105] ?? '';
  const isa = text.slice(start, start + 106).split(element);
  if (!element || /[A-Za-z0-9\s]/.test(element) || isa.length !== 17 || !segment || !component) {
    throw new X12Error(
      'The ISA header is damaged: it must be 106 characters with 16 elements.',
      1,
      start,
      'ISA',
    );
  }
  const repetition = isa[11] && isa[11] !== 'U' && isa[11].length === 1 ? isa[11] : null;
  return { element, component, repetition, segment };
}

/** Every segment of an X12 interchange, in order. Throws X12Error for what cannot be read. */
export function readSegments(text: string): { delimiters: Delimiters; segments: Segment[] } {
  if (text.length > MAX_FILE_CHARS)
    throw new X12Error('The file is too large for a remittance (over 50 MB).', null, null, null);
  let start = 0;
  while (start < text.length && /[\s\uFEFF]/.test(text[start] ?? '')) start++;
  const delimiters = readDelimiters(text, start);
  const segments: Segment[] = [];
  let offset = start;
  while (offset < text.length) {
    while (offset < text.length && /[\r\n]/.test(text[offset] ?? '')) offset++;
    if (offset >= text.length) break;
    const end = text.indexOf(delimiters.segment, offset);
    const raw = end < 0 ? text.slice(offset) : text.slice(offset, end);
    const number = segments.length + 1;
    if (end < 0 && raw.trim()) {
      throw new X12Error(
        'The file ends in the middle of a segment (no segment terminator).',
        number,
        offset,
        raw.slice(0, 3),
      );
    }
    const elements = raw.split(delimiters.element);
    const id = elements[0] ?? '';
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(id)) {
      throw new X12Error(`"${id.slice(0, 10)}" is not a segment id.`, number, offset, null);
    }
    if (elements.length > MAX_ELEMENTS)
      throw new X12Error('A segment has too many elements.', number, offset, id);
    segments.push({ id, elements, number, offset });
    if (segments.length > MAX_SEGMENTS)
      throw new X12Error('The file has too many segments.', number, offset, id);
    offset = end + delimiters.segment.length;
  }
  return { delimiters, segments };
}

/** Element n of a segment ('' when absent). */
export const el = (s: Segment, n: number): string => s.elements[n] ?? '';

/** X12 decimal ("125.5", "-30", ".5"): a number, or an X12Error naming the element. */
export function decimal(s: Segment, n: number, required: boolean): number | null {
  const v = el(s, n);
  if (v === '')
    return required ? fail(`${s.id}${String(n).padStart(2, '0')} (an amount) is missing.`, s) : null;
  if (!/^-?(\d{1,12}(\.\d{0,4})?|\.\d{1,4})$/.test(v)) {
    return fail(`${s.id}${String(n).padStart(2, '0')} "${v.slice(0, 20)}" is not an amount.`, s);
  }
  return Number(v);
}

/** X12 date CCYYMMDD → ISO, or an X12Error. */
export function date(s: Segment, n: number): string {
  const v = el(s, n);
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (!m || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || Number(m[2]) > 12 || Number(m[3]) > 31) {
    return fail(`${s.id}${String(n).padStart(2, '0')} "${v.slice(0, 20)}" is not a date (CCYYMMDD).`, s);
  }
  return iso;
}
