/** Text decoding shared by the parsers. CMS files are Latin-1 (the AMA notice has a ® in some years). */

const latin1 = new TextDecoder('latin1');

export function decodeLatin1(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** Lines without their CR/LF; keeps empty lines so line numbers match the file (1-based = index + 1). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The first `max` bytes as text: enough to recognise a file's kind without decoding all of it. */
export function headText(bytes: Uint8Array, max = 4096): string {
  return latin1.decode(bytes.subarray(0, Math.min(bytes.length, max)));
}
