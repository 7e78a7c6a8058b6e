import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProofBar } from '../../components/panel/ProofBar';
import type { ClaimLensDb } from '../../utils/db';
import { portalLink } from '../../utils/denials/portal-link';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { portalLabel } from '../../utils/panel/labels';
import { captureProofPage } from '../../utils/proofs/capture';
import {
  buildProof,
  canKeepProof,
  MAX_PAGE_TEXT,
  type PageText,
  type ProofRecord,
} from '../../utils/proofs/model';
import { joinFrameTexts, readVisibleText } from '../../utils/proofs/page-text';
import {
  MAX_PICTURE_BYTES,
  type PictureOutcome,
  pictureBanner,
  pictureFromCapture,
  pictureMessage,
} from '../../utils/proofs/picture';
import { keepProof, proofsForClaim } from '../../utils/proofs/store';
import { PROOFS_CHANGED } from './history-proofs';

/** The tab's visible text (every frame ClaimLens may read), or why there is none. */
async function pageTextOf(tabId: number | null): Promise<PageText> {
  const refused = {
    text: '',
    note: "The browser did not let ClaimLens read this page's text: the proof keeps what ClaimLens read.",
  };
  if (tabId === null) return refused;
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: readVisibleText,
      args: [MAX_PAGE_TEXT],
    });
    return joinFrameTexts(
      results.map((r) => ({ frameId: r.frameId, text: r.result })),
      MAX_PAGE_TEXT,
    );
  } catch {
    return refused;
  }
}

/**
 * The picture of the frame the claim was read from (utils/proofs/capture.ts runs in it), or why there
 * is none: refused, too big, the frame gone. Never throws: the text proof is kept either way.
 */
async function pictureOf(tabId: number | null, frameId: number, banner: string): Promise<PictureOutcome> {
  if (tabId === null) return pictureFromCapture(undefined);
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: captureProofPage,
      args: [banner, MAX_PICTURE_BYTES],
    });
    return pictureFromCapture(result?.result);
  } catch (error) {
    return pictureFromCapture(error instanceof Error ? error : new Error(String(error)));
  }
}

export interface ProofState {
  /** Whether the claim picked can be kept as proof (it has a number, it is not an eligibility page). */
  available: boolean;
  kept: ProofRecord[];
  message: { kind: 'success' | 'error'; text: string } | null;
  busy: boolean;
  keep: () => void;
}

/**
 * "Keep as proof" wiring: the claim picked, the page's text read from the tab, the record validated
 * and written to IndexedDB (utils/proofs). Nothing leaves the browser.
 */
export function useProofs(
  db: ClaimLensDb,
  tabId: number | null,
  frameId: number,
  snapshot: PageSnapshot | null,
  claimIndex: number | null,
): ProofState {
  const [kept, setKept] = useState<ProofRecord[]>([]);
  const [message, setMessage] = useState<ProofState['message']>(null);
  const [busy, setBusy] = useState(false);
  const index = claimIndex ?? 0;
  const number = snapshot?.claims[index]?.claimNumber ?? null;
  const available = !!snapshot && canKeepProof(snapshot, index);
  const refresh = () =>
    number
      ? proofsForClaim(db, number)
          .then(setKept)
          .catch(() => setKept([]))
      : Promise.resolve(setKept([]));
  useEffect(() => {
    setMessage(null);
    void refresh();
  }, [number, snapshot?.url]);

  const keep = async () => {
    if (!snapshot || !available || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const now = new Date();
      const [page, picture] = await Promise.all([
        pageTextOf(tabId),
        pictureOf(tabId, frameId, pictureBanner(now, portalLink(snapshot.url))),
      ]);
      const record = buildProof(snapshot, index, snapshot.url, page, now);
      const proof = await keepProof(db, record, picture.ok ? picture.picture : undefined);
      const time = new Date(proof.keptAt).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
      const size = Math.max(1, Math.ceil(new Blob([JSON.stringify(proof)]).size / 1024));
      setMessage({
        kind: 'success',
        text: `Kept as proof of filing on ${proof.keptOn} at ${time} from ${portalLabel(proof.portal)} (${size} KB, on this computer only). ${pictureMessage(picture)} The worklist lists it under “Proofs of filing”.${page.note ? ` ${page.note}` : ''}`,
      });
      await refresh();
      window.dispatchEvent(new Event(PROOFS_CHANGED));
    } catch (error) {
      setMessage({
        kind: 'error',
        text: `The proof could not be kept (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}). Nothing was saved: try again, or take a screenshot.`,
      });
    } finally {
      setBusy(false);
    }
  };
  return { available, kept, message, busy, keep: () => void keep() };
}

interface ProofSlotProps {
  db: ClaimLensDb;
  tabId: number | null;
  /** The frame the claim was read from (its picture is kept); 0 is the top page. */
  frameId: number;
  snapshot: PageSnapshot | null;
  claimIndex: number | null;
}

/**
 * The proof bar with its own state: keeping a proof redraws this bar only, never the whole panel (a
 * claim with hundreds of lines would be drawn again three times per click).
 */
export function ProofSlot({ db, tabId, frameId, snapshot, claimIndex }: ProofSlotProps) {
  const proofs = useProofs(db, tabId, frameId, snapshot, claimIndex);
  const claim = snapshot?.claims[claimIndex ?? 0] ?? null;
  if (!proofs.available || !claim) return null;
  return (
    <ProofBar
      claim={claim}
      kept={proofs.kept.map((p) => ({ keptOn: p.keptOn, portal: portalLabel(p.portal) }))}
      message={proofs.message}
      busy={proofs.busy}
      onKeep={proofs.keep}
    />
  );
}
