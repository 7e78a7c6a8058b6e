import { gunzipSync } from 'fflate';
import { ImportError, type InputFile } from './types';
import { xlsxToCsv } from './xlsx';
import { readZip } from './zip';

/** A file to parse: a picked file itself, or a member of a picked zip / gzip. */
export interface Entry {
  /** Member name ("ccipra-v301r0-f1.TXT") or the file name when it was not an archive. */
  name: string;
  /** The picked file's name: where the user will look ("…-f1.zip"). */
  container: string;
  bytes: Uint8Array;
}

const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isEmptyZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x05;
const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** A zip inside a zip is unpacked too (the MCD download: current_article.zip → current_article_csv.zip). */
const MAX_NESTING = 2;

/** Unpacks zips (CMS ships every table zipped, some zips in zips) and gzips; other files pass through. */
export async function openInput(file: InputFile): Promise<Entry[]> {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new ImportError(`${name} is empty.`);
  if (isZip(bytes) && /\.xlsx$/i.test(name)) return [await spreadsheet(name, name, bytes)];
  if (isZip(bytes) || isEmptyZip(bytes)) {
    const entries = await unzipNested(bytes, name, name, 0);
    if (entries.length === 0) throw new ImportError(`${name} is an empty zip.`);
    return entries;
  }
  if (isGzip(bytes)) {
    try {
      return [{ name: name.replace(/\.gz$/i, ''), container: name, bytes: gunzipSync(bytes) }];
    } catch (error) {
      throw new ImportError(
        `${name} could not be decompressed (${reason(error)}): the file is truncated or damaged.`,
      );
    }
  }
  return [{ name, container: name, bytes }];
}

async function unzipNested(bytes: Uint8Array, zipName: string, container: string, depth: number) {
  const entries: Entry[] = [];
  for (const m of await readZip(bytes, zipName)) {
    // A spreadsheet is a zip too, but it is one file to read, not a folder to open.
    if (isZip(m.bytes) && /\.zip$/i.test(m.name) && depth < MAX_NESTING) {
      entries.push(...(await unzipNested(m.bytes, `${zipName} (${m.name})`, container, depth + 1)));
    } else if (isZip(m.bytes) && /\.xlsx$/i.test(m.name)) {
      entries.push(await spreadsheet(m.name, container, m.bytes));
    } else entries.push({ name: m.name, container, bytes: m.bytes });
  }
  return entries;
}

/** A spreadsheet is read as the CSV of its first sheet (CMS's add-on code edits); keeps its name. */
async function spreadsheet(name: string, container: string, bytes: Uint8Array): Promise<Entry> {
  const csv = await xlsxToCsv(bytes, container === name ? name : `${container} (${name})`);
  return { name, container, bytes: latin1Bytes(csv) };
}

/** Latin-1 bytes (what the parsers decode); characters beyond it become "?". */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 256 ? c : 0x3f;
  }
  return out;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
