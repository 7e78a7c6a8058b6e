import { z } from 'zod';
import type { ProofRecord } from './model';

/**
 * The picture of a proof: the self-contained copy of the page (utils/proofs/capture.ts) kept beside
 * the text record, in its own table (`proofPages`) so the proof lists stay light. It is portal
 * markup, so it is only ever shown inside a sandboxed frame with no scripts and no network
 * (entrypoints/proof/), or saved as a file on the biller's request.
 */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

export const ProofPicture = z.object({
  /** The proof's id (`ProofRecord.id`): one picture per proof. */
  id: z.string().min(1).max(120),
  /** UTF-8 bytes are at least one per character, so the byte bound holds the characters too. */
  html: z.string().min(1).max(MAX_PICTURE_BYTES),
  bytes: z.number().int().min(1).max(MAX_PICTURE_BYTES),
  /** Style sheets from other origins the page used that could not be read (the copy looks plainer). */
  sheetsLeftOut: z.number().int().min(0).max(10_000),
  /** Styles dropped to stay under the size limit. */
  stylesDropped: z.boolean(),
});
export type ProofPicture = z.infer<typeof ProofPicture>;

/** What `captureProofPage` answers, validated: it crosses from the portal page. */
const CaptureAnswer = z.union([
  z.object({
    ok: z.literal(true),
    html: z.string().min(1).max(MAX_PICTURE_BYTES),
    bytes: z.number().int().min(1).max(MAX_PICTURE_BYTES),
    sheetsLeftOut: z.number().int().min(0).max(10_000),
    stylesDropped: z.boolean(),
  }),
  z.object({ ok: z.literal(false), message: z.string().max(300) }),
]);

/** Why there is no picture, in the biller's words; or the picture to keep. */
export type PictureOutcome = { ok: true; picture: Omit<ProofPicture, 'id'> } | { ok: false; reason: string };

/**
 * The page's answer to the capture, or why there is none. `answer` is whatever the browser returned
 * from the page (undefined when the frame went away, an error when the browser refused).
 */
export function pictureFromCapture(answer: unknown): PictureOutcome {
  if (answer instanceof Error)
    return {
      ok: false,
      reason: `the browser did not let ClaimLens copy this page (${answer.message.slice(0, 120)})`,
    };
  if (answer === undefined || answer === null)
    return { ok: false, reason: 'the page went away or did not answer before it could be copied' };
  const parsed = CaptureAnswer.safeParse(answer);
  if (!parsed.success) return { ok: false, reason: 'the copy of the page was not in the expected form' };
  const a = parsed.data;
  if (!a.ok) return { ok: false, reason: a.message.replace(/\.$/, '') };
  if (a.bytes !== new Blob([a.html]).size)
    return { ok: false, reason: 'the copy of the page was incomplete' };
  return {
    ok: true,
    picture: { html: a.html, bytes: a.bytes, sheetsLeftOut: a.sheetsLeftOut, stylesDropped: a.stylesDropped },
  };
}

/** The line written at the top of the copy: when, where from, and that it is a copy. */
export function pictureBanner(keptAt: Date, address: string | null): string {
  const when = keptAt.toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'long' });
  return `Proof of filing kept by ClaimLens on ${when}${address ? ` from ${address}` : ''}. A copy of the page as it looked; links and buttons do nothing.`;
}

export const pictureSize = (bytes: number) =>
  bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`;

/** What the side panel adds to "Kept as proof…": the picture kept (and how it differs), or why not. */
export function pictureMessage(outcome: PictureOutcome): string {
  if (!outcome.ok)
    return `The picture of the page could not be kept: ${outcome.reason}. The text proof is kept.`;
  const { bytes, stylesDropped, sheetsLeftOut } = outcome.picture;
  const plainer = stylesDropped
    ? ' (without its styles, to stay under 2 MB)'
    : sheetsLeftOut > 0
      ? ` (${sheetsLeftOut} style sheet${sheetsLeftOut === 1 ? '' : 's'} from another site could not be copied)`
      : '';
  return `A picture of the page as it looked is kept with it, ${pictureSize(bytes)}${plainer}.`;
}

export function pictureFileName(proof: Pick<ProofRecord, 'claimKey' | 'keptOn'>): string {
  return `claimlens-proof-${proof.claimKey}-${proof.keptOn}.html`;
}

/**
 * The viewer's policy (entrypoints/proof/index.html carries it as a meta tag, and a sandboxed srcdoc
 * frame inherits it): no script but the viewer's own, nothing fetched, pictures only from data:.
 */
export const VIEWER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src data:; font-src data:; frame-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'";

/**
 * The document the viewer gives its frame: the picture with `<base target="_blank">` first, so a
 * link in it opens a new window — which the sandbox (no popups) refuses — instead of navigating the
 * frame. Put right after the doctype, it is the first base element (the one browsers use) and keeps
 * the page's rendering mode.
 */
export function viewerDocument(html: string): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '';
  return `${doctype}<base target="_blank">${html.slice(doctype.length)}`;
}

/** The policy every copy carries (utils/proofs/capture.ts writes the same one into its head). */
export const COPY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/**
 * The file "Export as .html" saves: the picture with the copy's policy as the very first thing in it,
 * so the file opened in any browser loads and runs nothing even if the stored copy was altered (a
 * hand-edited backup): a policy can only be tightened by what follows it, never loosened.
 */
export function exportDocument(html: string): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '<!doctype html>';
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, '');
  return `${doctype}<meta http-equiv="Content-Security-Policy" content="${COPY_CSP}">${rest}`;
}

/** The frame's sandbox: empty means no scripts, no same origin, no forms, no popups, no navigation. */
export const VIEWER_SANDBOX = '';
