import type { PageSnapshot } from '../../utils/model/snapshot';
import { KIND_LABEL } from '../../utils/panel/labels';
import type { TeachTarget } from '../../utils/teach/draft';
import { rowsLabel, teachingGap } from '../../utils/teach/fields';
import { isTaught, nowReads, targetKey, targetLabel, teachTargets } from '../../utils/teach/now-reads';
import { type Recipe, TAUGHT_KINDS, type TaughtKind } from '../../utils/teach/recipe';

export interface TeachProps {
  draft: Recipe;
  /** The part the next click on the page is for; null: not picking. */
  armed: TeachTarget | null;
  /** Keyboard teaching: the page text now highlighted. */
  highlighted: string | null;
  /** The live reading with the draft (the tab's snapshot). */
  snapshot: PageSnapshot | null;
  message: string | null;
  onKind(kind: TaughtKind): void;
  onArm(target: TeachTarget | null): void;
  onStep(by: 1 | -1): void;
  onUse(): void;
  onSave(): void;
  onLeave(): void;
}

/** Enter on Previous, Next, Save… does what the button says; elsewhere (the pick button) it uses the highlight. */
const otherButton = (t: EventTarget | null) =>
  t instanceof HTMLButtonElement && t.getAttribute('aria-pressed') !== 'true';

/**
 * Teach mode: the biller picks, for each part the page kind needs, the element on the page that shows
 * it (a click there, or Next / Previous / Use from here with the keyboard), and sees at once what
 * ClaimLens now reads. Nothing is kept until Save; Escape or "Leave" ends it and the page is as it was.
 */
export function Teach(p: TeachProps) {
  const targets = teachTargets(p.draft);
  const gap = teachingGap(p.draft);
  const armedLabel = p.armed ? targetLabel(p.armed, p.draft.kind) : null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!p.armed) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      p.onStep(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && p.highlighted !== null && !otherButton(e.target)) {
      e.preventDefault();
      p.onUse();
    }
  };
  return (
    <section class="teach" data-testid="teach" aria-labelledby="teach-title" onKeyDown={onKeyDown}>
      <h2 id="teach-title">Teach this page</h2>
      <p class="muted">
        Press “Pick” beside a part, then click it on the page. What ClaimLens now reads shows beside it.
        Nothing is kept until you save; Escape leaves.
      </p>
      <fieldset class="teach-kind">
        <legend>This page is a</legend>
        {TAUGHT_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="teach-kind"
              value={k}
              checked={p.draft.kind === k}
              onChange={() => p.onKind(k)}
            />{' '}
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <ol class="teach-fields">
        {targets.map((t) => {
          const key = targetKey(t);
          const armed = p.armed !== null && targetKey(p.armed) === key;
          const needsRow = t.part === 'line' && p.draft.rows === null;
          const reads = nowReads(p.snapshot, t);
          return (
            <li key={key} data-part={key} class={armed ? 'is-armed' : undefined}>
              <span class="teach-label" id={`teach-${key}`}>
                {targetLabel(t, p.draft.kind)}
              </span>
              <span class="teach-reads" data-testid={`reads-${key}`}>
                {reads || (isTaught(p.draft, t) ? 'taught, reads nothing' : 'not taught')}
              </span>
              <button
                type="button"
                class="small"
                data-testid={`pick-${key}`}
                aria-pressed={armed}
                aria-describedby={`teach-${key}`}
                disabled={needsRow}
                title={needsRow ? `Pick ${rowsLabel(p.draft.kind).toLowerCase()} first` : undefined}
                onClick={() => p.onArm(armed ? null : t)}
              >
                {armed ? 'Picking…' : isTaught(p.draft, t) ? 'Pick again' : 'Pick'}
              </button>
            </li>
          );
        })}
      </ol>
      {p.armed ? (
        <fieldset class="teach-picking">
          <legend class="visually-hidden">Choosing {armedLabel}</legend>
          <p aria-live="polite" data-testid="teach-highlighted">
            {p.highlighted === null
              ? `Click the ${armedLabel?.toLowerCase()} on the page, or use Next and Previous (↓ ↑) to find it and Use (Enter).`
              : `Highlighted on the page: “${p.highlighted}”`}
          </p>
          <button type="button" class="small" data-testid="teach-previous" onClick={() => p.onStep(-1)}>
            Previous
          </button>
          <button type="button" class="small" data-testid="teach-next" onClick={() => p.onStep(1)}>
            Next
          </button>
          <button
            type="button"
            class="small primary"
            data-testid="teach-use"
            disabled={p.highlighted === null}
            onClick={p.onUse}
          >
            Use highlighted
          </button>
        </fieldset>
      ) : null}
      <p role="status" data-testid="teach-message">
        {p.message ?? ''}
      </p>
      <div class="teach-actions">
        <button
          type="button"
          class="primary"
          data-testid="teach-save"
          disabled={gap !== null}
          onClick={p.onSave}
        >
          Save for {p.draft.host}
        </button>
        <button type="button" class="quiet" data-testid="teach-leave" onClick={p.onLeave}>
          Leave without saving
        </button>
      </div>
      {gap ? <p class="muted">{gap}</p> : null}
    </section>
  );
}

/** Offered when the reading is unsure or incomplete, and (quietly) on every page ClaimLens reads. */
export function TeachOffer({
  unsure,
  changed,
  onTeach,
}: {
  unsure: boolean;
  changed: boolean;
  onTeach?: () => void;
}) {
  if (!onTeach) return null;
  if (!unsure && !changed)
    return (
      <p class="teach-offer quiet-offer">
        <button type="button" class="quiet small" data-testid="teach-start" onClick={onTeach}>
          Reading wrong? Teach this page
        </button>
      </p>
    );
  return (
    <div class="teach-offer notice" data-testid="teach-offer">
      <p>
        {changed
          ? 'This page no longer looks the way it was taught.'
          : 'ClaimLens is not sure it read this page right. Show it where each part is, once, and it reads this page that way from now on.'}
      </p>
      <button type="button" class="primary small" data-testid="teach-start" onClick={onTeach}>
        {changed ? 'Re-teach this page' : 'Teach this page'}
      </button>
    </div>
  );
}
