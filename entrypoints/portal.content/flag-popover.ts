import type { LineFlag } from '../../utils/flags/flags';
import { type OpenPanelAnswer, popoverText } from '../../utils/flags/open-panel';

/**
 * The small popover a badge opens when the browser would not open the panel from a page click
 * (Firefox): the line's finding and how to open the sidebar. A non-modal dialog in the flags' shadow
 * root; Escape, its Close button or a click elsewhere closes it and focus goes back to the badge.
 * Text only, never HTML.
 */
export const POPOVER_STYLE = `
.popover{position:absolute;z-index:2147483647;width:300px;max-width:calc(100vw - 16px);box-sizing:border-box;
background:#fff;color:#1f2933;border:1px solid #9aa5b1;border-radius:8px;box-shadow:0 4px 16px #0003;
padding:10px 12px;font:400 13px/1.45 system-ui,sans-serif;text-align:left}
.popover:focus{outline:2px solid #175cd3;outline-offset:1px}
.popover h2{all:unset;display:block;font-weight:600;margin:0 24px 4px 0}
.popover p{margin:4px 0 0}
.popover .how{color:#3e4c59}
.popover .close{position:absolute;top:6px;right:6px;border:0;background:none;font:600 16px/1 system-ui,sans-serif;
cursor:pointer;color:#3e4c59;padding:2px 6px;border-radius:4px}
.popover .close:focus-visible{outline:2px solid #175cd3}`;

export interface FlagPopover {
  show(flag: LineFlag, badge: HTMLElement, answer: OpenPanelAnswer): void;
  /** The flags were redrawn: follow the same line's new badge, or close when the line has none now. */
  rebind(badgeOfLine: (line: number) => { el: HTMLElement; flag: LineFlag } | null): void;
  /** Re-place beside its badge (after scroll or resize). */
  place(): void;
  hide(): void;
}

export function createFlagPopover(root: ShadowRoot, host: () => HTMLElement | null): FlagPopover {
  let box: HTMLElement | null = null;
  let current: { flag: LineFlag; badge: HTMLElement; answer: OpenPanelAnswer } | null = null;

  const onOutside = (event: Event) => {
    const h = host();
    if (h && event.composedPath().includes(h)) return;
    hide(false);
  };
  const hide = (refocus: boolean) => {
    if (!box) return;
    const badge = current?.badge;
    box.remove();
    box = null;
    current = null;
    removeEventListener('pointerdown', onOutside, true);
    if (refocus && badge?.isConnected) badge.focus();
  };
  const place = () => {
    if (!box || !current) return;
    const left = Number.parseFloat(current.badge.style.left) || 0;
    const top = Number.parseFloat(current.badge.style.top) || 0;
    const maxLeft = window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8;
    box.style.left = `${Math.max(window.scrollX + 8, Math.min(left, maxLeft))}px`;
    box.style.top = `${top + 24}px`;
  };
  const render = () => {
    if (!box || !current) return;
    const { title, how } = popoverText(current.flag, current.answer);
    const heading = document.createElement('h2');
    heading.id = 'claimlens-popover-title';
    heading.textContent = title;
    const finding = document.createElement('p');
    finding.textContent = current.flag.text;
    const howTo = document.createElement('p');
    howTo.className = 'how';
    howTo.textContent = how;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => hide(true));
    box.replaceChildren(heading, finding, howTo, close);
  };

  return {
    show(flag, badge, answer) {
      hide(false);
      box = document.createElement('div');
      box.className = 'popover';
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-labelledby', 'claimlens-popover-title');
      box.tabIndex = -1;
      box.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        hide(true);
      });
      current = { flag, badge, answer };
      render();
      root.append(box);
      place();
      addEventListener('pointerdown', onOutside, true);
      box.focus();
    },
    rebind(badgeOfLine) {
      if (!current) return;
      const next = badgeOfLine(current.flag.line);
      if (!next) {
        hide(false);
        return;
      }
      const focused = !!box && box.contains(root.activeElement);
      current = { ...current, flag: next.flag, badge: next.el };
      render();
      place();
      if (focused) box?.focus();
    },
    place,
    hide: () => hide(false),
  };
}
