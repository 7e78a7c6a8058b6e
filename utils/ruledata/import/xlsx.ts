import { ImportError } from './types';
import { readZip } from './zip';

/**
 * The first worksheet of an .xlsx file as CSV text (what the CSV parsers read). CMS ships the NCCI
 * add-on code edits as a spreadsheet (AOC_V2026Q2-MCR.xlsx: an AMA notice row, then a header row).
 * An .xlsx is a zip of XML parts; this reads shared strings, inline strings and numbers of the first
 * sheet, nothing else (no formulas, no styles). Workers have no DOMParser: the XML is scanned with
 * regexes over a bounded number of rows and columns.
 */
const MAX_ROWS = 200_000;
const MAX_COLUMNS = 64;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? ''),
  );
}

/** All the text runs of a shared string or inline string: <t>…</t>, rich text included. */
const textOf = (xml: string) =>
  unescapeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function xlsxToCsv(bytes: Uint8Array, name: string): Promise<string> {
  const parts = new Map((await readZip(bytes, name, { paths: true })).map((m) => [m.name, m.bytes]));
  const text = (path: string) => {
    const b = parts.get(path);
    return b ? new TextDecoder().decode(b) : '';
  };
  const sheetPath = firstSheet(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = text(sheetPath) || text('xl/worksheets/sheet1.xml');
  if (!sheet) throw new ImportError(`${name} is a spreadsheet without a worksheet ClaimLens can read.`);
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    textOf(m[1]!),
  );
  const lines: string[] = [];
  for (const row of sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    if (lines.length >= MAX_ROWS)
      throw new ImportError(`${name} has more rows than any CMS add-on code file.`);
    const cells: string[] = [];
    for (const c of row[1]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const at = columnIndex(/\br="([A-Z]+)\d*"/.exec(attrs)?.[1] ?? '');
      const index = at >= 0 ? at : cells.length;
      if (index >= MAX_COLUMNS) continue;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const body = c[2] ?? '';
      const v = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      const value = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? textOf(body) : v;
      while (cells.length < index) cells.push('');
      cells[index] = value;
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n');
}

/** The path of the workbook's first sheet, through its relationship id. */
function firstSheet(workbook: string, rels: string): string {
  const rid = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (!rid) return '';
  const target = new RegExp(
    `<Relationship\\b[^>]*\\bId="${rid.replace(/[^\w-]/g, '')}"[^>]*\\bTarget="([^"]+)"`,
  ).exec(rels)?.[1];
  if (!target) return '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}
