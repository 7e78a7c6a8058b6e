import { browser } from 'wxt/browser';
import type { ClaimLensDb } from '../db';
import { saveFile } from '../download';
import type { ProofRecord } from './model';
import { exportDocument, pictureFileName } from './picture';
import { proofPicture } from './store';

/**
 * What the worklist and the side panel's claim history do with a proof's picture: open it in the
 * sandboxed viewer (proof.html, a new tab) or save it as an .html file the biller attaches to an
 * appeal. Both answer with a sentence when the picture is gone (deleted meanwhile).
 */
export function proofViewerPath(id: string): `/proof.html?id=${string}` {
  return `/proof.html?id=${encodeURIComponent(id)}`;
}

export async function openProofPicture(proof: ProofRecord): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(proofViewerPath(proof.id)) });
}

export async function exportProofPicture(db: ClaimLensDb, proof: ProofRecord): Promise<string> {
  const picture = await proofPicture(db, proof.id);
  if (!picture) return `The picture of claim ${proof.claimNumber}'s proof is no longer kept.`;
  saveFile(pictureFileName(proof), exportDocument(picture.html), 'text/html;charset=utf-8');
  return `Saved ${pictureFileName(proof)}: it opens in any browser as the page looked, and runs nothing.`;
}
