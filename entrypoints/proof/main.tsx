import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { getDb } from '../../utils/db';
import { saveFile } from '../../utils/download';
import { loggedOnce } from '../../utils/log';
import { portalLabel } from '../../utils/panel/labels';
import { proofFileName, proofText } from '../../utils/proofs/export';
import type { ProofRecord } from '../../utils/proofs/model';
import {
  exportDocument,
  type ProofPicture,
  pictureFileName,
  pictureSize,
  VIEWER_SANDBOX,
  viewerDocument,
} from '../../utils/proofs/picture';
import { proofPicture } from '../../utils/proofs/store';

/**
 * A proof of filing "as it looked": the picture of the portal page kept with it, shown in a frame
 * sandboxed with no permissions at all (no scripts, no same origin, no forms, no popups, no
 * navigation of this page) from `srcdoc`, so it inherits this page's policy (index.html) that loads
 * nothing. The frame is made before its content is given, so the sandbox is in force from the start.
 */
const ProofId = z.string().min(1).max(120);

function Picture({ html }: { html: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', VIEWER_SANDBOX);
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('title', 'The portal page as it looked');
    frame.setAttribute('data-testid', 'proof-picture');
    frame.srcdoc = viewerDocument(html);
    box.current?.replaceChildren(frame);
  }, [html]);
  return <div ref={box} class="picture-box" style="display:contents" />;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'missing'; message: string }
  | { state: 'ready'; proof: ProofRecord; picture: ProofPicture | null };

function App() {
  const db = getDb();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [status, setStatus] = useState('');
  useEffect(() => {
    const id = ProofId.safeParse(new URLSearchParams(location.search).get('id'));
    if (!id.success) {
      setLoaded({ state: 'missing', message: 'No proof was named: open one from the worklist.' });
      return;
    }
    Promise.all([db.proofs.get(id.data), proofPicture(db, id.data)]).then(
      ([proof, picture]) =>
        setLoaded(
          proof
            ? { state: 'ready', proof, picture }
            : { state: 'missing', message: 'This proof is no longer kept (deleted, or past its retention).' },
        ),
      (error: unknown) => {
        loggedOnce('proof viewer: reading the proof')(error);
        setLoaded({ state: 'missing', message: 'ClaimLens could not read this proof from its database.' });
      },
    );
  }, []);

  if (loaded.state === 'loading') return <p class="muted">Opening the proof…</p>;
  if (loaded.state === 'missing') return <p role="alert">{loaded.message}</p>;
  const { proof, picture } = loaded;
  return (
    <main class="proof-viewer" data-ready="">
      <header>
        <h1>
          Proof of filing — claim {proof.claimNumber}, kept on {proof.keptOn} from {portalLabel(proof.portal)}
        </h1>
        <div class="actions">
          {picture ? (
            <button
              type="button"
              class="primary small"
              onClick={() => {
                saveFile(pictureFileName(proof), exportDocument(picture.html), 'text/html;charset=utf-8');
                setStatus(`Saved ${pictureFileName(proof)}.`);
              }}
            >
              Export as .html
            </button>
          ) : null}
          <button
            type="button"
            class="quiet small"
            onClick={() => {
              saveFile(proofFileName(proof), proofText(proof), 'text/plain;charset=utf-8');
              setStatus(`Saved ${proofFileName(proof)}.`);
            }}
          >
            Export as text
          </button>
          <span class="muted">
            {picture
              ? `A copy of the page (${pictureSize(picture.bytes)}): links and buttons in it do nothing.${picture.stylesDropped ? ' Its styles were left out to stay under 2 MB.' : ''}`
              : 'No picture of the page was kept with this proof (kept before pictures, or the page could not be copied): here is its text.'}
          </span>
          <span role="status">{status}</span>
        </div>
      </header>
      {picture ? <Picture html={picture.html} /> : <pre data-testid="proof-text">{proofText(proof)}</pre>}
    </main>
  );
}

render(<App />, document.getElementById('app')!);
