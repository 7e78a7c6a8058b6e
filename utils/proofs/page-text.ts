import type { PageText } from './model';

/**
 * The page's visible text, as the browser lays it out (what the biller sees, not the markup), cut
 * just past `max` so the caller can tell it was cut. Runs INSIDE the portal page through
 * `scripting.executeScript`, so it is one function with no imports.
 */
export function readVisibleText(max: number): string {
  const body = document.body;
  if (!body) return '';
  // biome-ignore lint/performance/useDomNodeTextContent: what the biller sees (laid out, hidden parts left out) is the proof, not the markup's text.
  const text = body.innerText || body.textContent || '';
  return text.length > max ? text.slice(0, max + 1) : text;
}

export interface FrameText {
  frameId: number;
  text: unknown;
}

/**
 * The texts of the tab's frames as one: the top page first, then each frame (portals put the claim
 * in an iframe), separated by a line that says so. Blank frames are left out; a frame that answered
 * with something that is not text is ignored.
 */
export function joinFrameTexts(frames: readonly FrameText[], max: number): PageText {
  const texts = [...frames]
    .sort((a, b) => a.frameId - b.frameId)
    .map((f) => (typeof f.text === 'string' ? f.text.replace(/\n{3,}/g, '\n\n').trim() : ''))
    .filter((t) => t !== '');
  if (texts.length === 0)
    return { text: '', note: 'The page showed no text ClaimLens could read: the proof keeps what it read.' };
  const text = texts.join('\n\n——— frame ———\n\n');
  return text.length > max
    ? {
        text: text.slice(0, max),
        note: `The page's text was cut at ${max.toLocaleString('en-US')} characters.`,
      }
    : { text, note: null };
}
