import { type LineFlag, SEVERITY_WORD as WORD } from '../../utils/flags/flags';
import type { OpenPanelAnswer } from '../../utils/flags/open-panel';
import { createFlagPopover, type FlagPopover, POPOVER_STYLE } from './flag-popover';

/**
 * Inline flags on claim-entry forms: one small badge beside each flagged service line, drawn in a
 * shadow root hung off <html> — the portal's own DOM and inputs are never changed. Plain DOM
 * (no framework) to keep the content script small; text only, never HTML. A click asks the background
 * to open the panel; where the browser will not open it from a page click (Firefox), a popover shows
 * the finding and how to open the sidebar.
 */
const STYLE = `
:host{all:initial}
.flag{position:absolute;z-index:2147483646;font:600 11px/1 system-ui,sans-serif;border-radius:9px;padding:3px 6px;
border:1px solid #0003;cursor:pointer;color:#fff;box-shadow:0 1px 2px #0004}
.flag.error{background:#b42318}.flag.warning{background:#8a4b00}.flag.info{background:#175cd3}
.flag:focus-visible{outline:2px solid #000;outline-offset:2px}
.tip{display:none;position:absolute;top:22px;left:0;width:260px;background:#1f2933;color:#fff;font:400 12px/1.4 system-ui,sans-serif;
padding:6px 8px;border-radius:6px;white-space:normal}
.flag:hover .tip,.flag:focus .tip{display:block}${POPOVER_STYLE}`;
const GLYPH = { error: '!', warning: '▲', info: 'i' } as const;

export interface FlagLayer {
  show(flags: LineFlag[], anchorOf: (flag: LineFlag) => Element | null): void;
  clear(): void;
}

export function createFlagLayer(openPanel: () => Promise<OpenPanelAnswer>): FlagLayer {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let popover: FlagPopover | null = null;
  let placed: { el: HTMLElement; anchor: Element; flag: LineFlag }[] = [];
  let frame = 0;

  const position = () => {
    frame = 0;
    for (const { el, anchor } of placed) {
      const r = anchor.getBoundingClientRect();
      el.style.display = r.width === 0 && r.height === 0 ? 'none' : '';
      el.style.left = `${r.right + window.scrollX + 4}px`;
      el.style.top = `${r.top + window.scrollY + Math.max(0, (r.height - 18) / 2)}px`;
    }
    popover?.place();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(position);
  };

  return {
    show(flags, anchorOf) {
      if (!host) {
        host = document.createElement('claimlens-flags');
        // Closed: page scripts cannot read the badges (finding texts, an organisation's pack messages)
        // or click them. Assistive technology still reads them (tests use the accessibility tree).
        root = host.attachShadow({ mode: 'closed' });
        const style = document.createElement('style');
        style.textContent = STYLE;
        root.append(style);
        popover = createFlagPopover(root, () => host);
        document.documentElement.append(host);
        addEventListener('scroll', schedule, { passive: true, capture: true });
        addEventListener('resize', schedule, { passive: true });
      }
      for (const p of placed) p.el.remove();
      placed = [];
      for (const flag of flags) {
        const anchor = anchorOf(flag);
        if (!anchor) continue;
        const el = document.createElement('button');
        el.type = 'button';
        el.className = `flag ${flag.severity}`;
        el.dataset.line = String(flag.line);
        el.dataset.severity = flag.severity;
        el.setAttribute('aria-label', `ClaimLens, line ${flag.line}: ${WORD[flag.severity]}. ${flag.text}`);
        el.textContent = GLYPH[flag.severity];
        const tip = document.createElement('span');
        tip.className = 'tip';
        tip.textContent = `Line ${flag.line}: ${flag.text} — click for details`;
        el.append(tip);
        el.addEventListener('click', () => {
          void openPanel().then((answer) => {
            if (!answer.opened && el.isConnected) popover?.show(flag, el, answer.how);
          });
        });
        root?.append(el);
        placed.push({ el, anchor, flag });
      }
      position();
      popover?.rebind((line) => placed.find((p) => p.flag.line === line) ?? null);
    },
    clear() {
      popover?.hide();
      for (const p of placed) p.el.remove();
      placed = [];
    },
  };
}
