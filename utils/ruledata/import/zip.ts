import { inflateSync } from 'fflate';
import { ImportError } from './types';

/**
 * A minimal zip reader: the central directory is read here and each member is inflated by the
 * platform's native DecompressionStream('deflate-raw') (browsers, workers, node ≥ 20.12), falling back
 * to fflate. Why: the four PTP parts are 8 MB of zip and 190 MB of text; native inflate is several
 * times faster than fflate's JavaScript one, and this is most of an import's unzip time.
 */
export interface ZipMember {
  name: string;
  bytes: Uint8Array;
}

const EOCD = 0x06054b50;
/**
 * Bounds on what a zip may make us inflate (a zip bomb declares small members that inflate to GBs):
 * the largest CMS file, a PTP part, is ~50 MB of text; the MCD covered-diagnosis table ~70 MB.
 */
export const MAX_MEMBER_BYTES = 600 * 1_048_576;
export const MAX_ZIP_BYTES = 1_536 * 1_048_576;
export const MAX_MEMBERS = 500;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Members by base name (CMS zips are flat), or by full path (`paths`: an .xlsx's parts). */
export async function readZip(
  zip: Uint8Array,
  zipName: string,
  options: { paths?: boolean } = {},
): Promise<ZipMember[]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const damaged = (why: string) =>
    new ImportError(
      `${zipName} could not be unzipped (${why}): the download is probably truncated or damaged. Download it again from cms.gov.`,
    );
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged('no zip directory at the end');
  const count = view.getUint16(eocd + 10, true);
  if (count > MAX_MEMBERS) throw damaged(`${count} files in one zip is more than any CMS download holds`);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  const members: ZipMember[] = [];
  const latin1 = new TextDecoder('latin1');
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL)
      throw damaged('bad zip directory entry');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = latin1.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (name.endsWith('/') || name.startsWith('__MACOSX')) continue;
    total += size;
    if (size > MAX_MEMBER_BYTES || total > MAX_ZIP_BYTES)
      throw damaged(`${name} would unpack to more than any CMS file (${Math.round(size / 1_048_576)} MB)`);
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL)
      throw damaged(`bad local header of ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > zip.length) throw damaged(`${name} is cut short`);
    const data = zip.subarray(start, start + compressed);
    let bytes: Uint8Array;
    if (method === 0) bytes = data;
    else if (method === 8)
      bytes = await inflate(data, size).catch((e: unknown) => Promise.reject(damaged(reason(e))));
    else throw damaged(`${name} uses compression method ${method}`);
    if (bytes.length !== size) throw damaged(`${name} inflates to ${bytes.length} bytes, not ${size}`);
    members.push({ name: options.paths ? name : (name.split('/').pop() ?? name), bytes });
  }
  return members;
}

async function inflate(data: Uint8Array, size: number): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'function') {
    let stream: DecompressionStream | undefined;
    try {
      stream = new DecompressionStream('deflate-raw');
    } catch {
      stream = undefined; // older engines: no deflate-raw
    }
    if (stream) {
      const out = await new Response(
        new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream),
      ).arrayBuffer();
      return new Uint8Array(out);
    }
  }
  return inflateSync(data, { out: new Uint8Array(size) });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
