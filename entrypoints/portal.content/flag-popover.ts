import { type LineFlag, SEVERITY_WORD } from '../../utils/flags/flags';

/**
 * The small popover a badge opens when the browser would not open the panel from a page click
 * (Firefox): the line's finding and how to open the sidebar (words from the background). A non-modal
 * dialog in the flags' shadow root; Escape, its Close button or a click elsewhere closes it and focus
 * goes back to the badge. Text only, never HTML.
 */
export const POPOVER_STYLE = `
.pop{position:absolute;z-index:2147483647;width:300px;max-width:calc(100vw - 16px);box-sizing:border-box;background:#fff;
color:#1f2933;border:1px solid #9aa5b1;border-radius:8px;box-shadow:0 4px 16px #0003;padding:10px 12px;
font:400 13px/1.45 system-ui,sans-serif}
.pop:focus,.pop .x:focus-visible{outline:2px solid #175cd3}
.pop b{display:block;margin-right:24px}.pop p{margin:4px 0 0}.pop .how{color:#3e4c59}
.pop .x{position:absolute;top:6px;right:6px;border:0;background:none;font:600 16px/1 system-ui,sans-serif;cursor:pointer;color:#3e4c59}`;

export interface FlagPopover {
  show(flag: LineFlag, badge: HTMLElement, how: string): void;
  /** The flags were redrawn: follow the same line's new badge, or close when the line has none now. */
  rebind(badgeOfLine: (line: number) => { el: HTMLElement; flag: LineFlag } | null): void;
  /** Re-place beside its badge (after scroll or resize). */
  place(): void;
  hide(): void;
}

export function createFlagPopover(root: ShadowRoot, host: () => HTMLElement | null): FlagPopover {
  let box: HTMLElement | null = null;
  let at: { flag: LineFlag; badge: HTMLElement; how: string } | null = null;

  const onOutside = (event: Event) => {
    const h = host();
    if (!h || !event.composedPath().includes(h)) hide(false);
  };
  const hide = (refocus: boolean) => {
    const badge = at?.badge;
    box?.remove();
    box = at = null;
    removeEventListener('pointerdown', onOutside, true);
    if (refocus && badge?.isConnected) badge.focus();
  };
  const place = () => {
    if (!box || !at) return;
    const left = Number.parseFloat(at.badge.style.left) || 0;
    const maxLeft = scrollX + document.documentElement.clientWidth - box.offsetWidth - 8;
    box.style.left = `${Math.max(scrollX + 8, Math.min(left, maxLeft))}px`;
    box.style.top = `${(Number.parseFloat(at.badge.style.top) || 0) + 24}px`;
  };
  const el = (tag: string, text: string, className = '') => {
    const e = document.createElement(tag);
    e.textContent = text;
    e.className = className;
    return e;
  };
  const render = () => {
    if (!box || !at) return;
    const title = el('b', `ClaimLens, line ${at.flag.line}: ${SEVERITY_WORD[at.flag.severity]}`);
    title.id = 'claimlens-pop-title';
    const close = el('button', '×', 'x');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => hide(true));
    box.replaceChildren(title, el('p', at.flag.text), el('p', at.how, 'how'), close);
  };

  return {
    show(flag, badge, how) {
      hide(false);
      box = el('div', '', 'pop');
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-labelledby', 'claimlens-pop-title');
      box.tabIndex = -1;
      box.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        hide(true);
      });
      at = { flag, badge, how };
      render();
      root.append(box);
      place();
      addEventListener('pointerdown', onOutside, true);
      box.focus();
    },
    rebind(badgeOfLine) {
      if (!at) return;
      const next = badgeOfLine(at.flag.line);
      if (!next) return hide(false);
      const focused = !!box?.contains(root.activeElement);
      at = { ...at, flag: next.flag, badge: next.el };
      render();
      place();
      if (focused) box?.focus();
    },
    place,
    hide: () => hide(false),
  };
}
