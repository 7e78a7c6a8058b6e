/** Base64 without Buffer (not in extension pages), chunked so big backups do not overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64, or null when the text is not valid base64 (wrong length, padding or letters). */
export function fromBase64OrNull(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  try {
    return fromBase64(text);
  } catch {
    return null;
  }
}

/** Decodes base64 into a fresh ArrayBuffer-backed array (what WebCrypto wants). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
