import { value } from '../../utils/portals/dom';
import type { TeachTarget } from '../../utils/teach/draft';
import { locatorFor, rowScopeOf, rowsFor } from '../../utils/teach/generate';
import type { Locator, Recipe, Rows } from '../../utils/teach/recipe';

/**
 * Teach mode in one frame: while the panel asks for a field, the element under the pointer is
 * outlined (a box in a closed shadow root hung off <html>, pointer-events off), a click on the page
 * picks it instead of doing what the page would do, and the panel's Next / Previous / Use buttons step
 * through the page's text for keyboard-only teaching. Leaving (Escape here or in the panel, or saving)
 * removes the box and every listener added: the portal page is as it was. Text only, never HTML.
 */
export interface Picked {
  target: TeachTarget;
  locator?: Locator;
  rows?: Rows;
  /** What the click points at, as text (shown in the panel; stays in the browser). */
  text: string;
  frameUrl: string;
}

export interface TeachMode {
  arm(target: TeachTarget | null, draft: Recipe): void;
  /** Keyboard teaching: highlight the next (1) or previous (-1) piece of text; returns it. */
  step(by: 1 | -1): string | null;
  /** Picks the highlighted element. */
  use(): void;
  leave(): void;
  readonly active: boolean;
}

const BOX_STYLE =
  ':host{all:initial}.box{position:fixed;z-index:2147483647;pointer-events:none;border:2px solid #175cd3;' +
  'background:#175cd322;border-radius:3px;box-shadow:0 0 0 1px #fff}';
const MAX_STEPS = 5000;

export function createTeachMode(opts: { onPicked(p: Picked): void; onEscape(): void }): TeachMode {
  let target: TeachTarget | null = null;
  let draft: Recipe | null = null;
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let lit: Element | null = null;
  let stepList: Element[] | null = null;
  let at = -1;
  let session: AbortController | null = null;
  let picking: AbortController | null = null;

  const show = (el: Element | null) => {
    lit = el;
    if (!el) {
      if (box) box.style.display = 'none';
      return;
    }
    if (!host) {
      host = document.createElement('claimlens-teach');
      const root = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = BOX_STYLE;
      box = document.createElement('div');
      box.className = 'box';
      root.append(style, box);
      document.documentElement.append(host);
    }
    const r = el.getBoundingClientRect();
    Object.assign(box!.style, {
      display: '',
      left: `${r.left - 2}px`,
      top: `${r.top - 2}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };

  const pick = (el: Element) => {
    if (!target || !draft) return;
    const p: Picked = { target, text: value(el).slice(0, 200), frameUrl: location.href };
    if (target.part === 'rows') {
      p.rows = rowsFor(el, document)?.rows;
    } else if (target.part === 'line') {
      const scope = draft.rows ? rowScopeOf(el, draft.rows, document) : null;
      p.locator = scope ? (locatorFor(el, scope.row, scope) ?? undefined) : undefined;
    } else p.locator = locatorFor(el, document) ?? undefined;
    opts.onPicked(p);
  };

  // Two sets of listeners: Escape for as long as the biller teaches, the pointer only while picking.
  const on = (ac: AbortController, type: string, run: (e: Event) => void) =>
    document.addEventListener(type, run, { capture: true, signal: ac.signal });
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const listenForEscape = () => {
    if (session) return;
    session = new AbortController();
    on(session, 'keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      stop(e);
      opts.onEscape();
    });
  };
  const listenForPicks = () => {
    if (picking) return;
    picking = new AbortController();
    const isOurs = (e: Event) => e.target instanceof Element && e.target.localName === 'claimlens-teach';
    on(picking, 'mouseover', (e) => {
      if (e.target instanceof Element && !isOurs(e)) show(e.target);
    });
    // The page's own handlers (links, buttons, row selection) do not run while a part is being picked.
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup']) on(picking, type, stop);
    on(picking, 'click', (e) => {
      stop(e);
      if (e.target instanceof Element) pick(e.target);
    });
  };

  /** Stops picking: the outline and the pointer listeners go (Escape stays until leaving). */
  const unpick = () => {
    picking?.abort();
    picking = null;
    host?.remove();
    host = null;
    box = null;
    lit = null;
    stepList = null;
    at = -1;
  };

  /** Elements showing their own text, in reading order (what a biller could mean). */
  const texts = (): Element[] => {
    const out: Element[] = [];
    const walker = document.createTreeWalker(document.body ?? document.documentElement, 1);
    for (let i = 0; i < 50_000 && out.length < MAX_STEPS && walker.nextNode(); i++) {
      const el = walker.currentNode as Element;
      if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '',
      );
      const control = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
      if ((own || control) && el.getClientRects().length > 0) out.push(el);
    }
    return out;
  };

  return {
    get active() {
      return target !== null;
    },
    arm(next, d) {
      draft = d;
      target = next;
      listenForEscape();
      if (next) listenForPicks();
      else unpick();
    },
    step(by) {
      if (!target) return null;
      stepList ??= texts();
      if (stepList.length === 0) return null;
      at = (at + by + stepList.length) % stepList.length;
      const el = stepList[at]!;
      const r = el.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) el.scrollIntoView({ block: 'center' });
      show(el);
      return value(el).slice(0, 200) || null;
    },
    use() {
      if (lit) pick(lit);
    },
    leave() {
      target = null;
      draft = null;
      unpick();
      session?.abort();
      session = null;
    },
  };
}
