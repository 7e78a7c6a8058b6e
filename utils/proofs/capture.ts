/**
 * A self-contained copy of the page in front of the biller, as HTML that opens later as it looked and
 * loads and runs nothing: the picture kept with a proof of filing (utils/proofs/picture.ts). The side
 * panel runs it in the claim's frame when the biller clicks "Keep as proof of filing"; the copy is
 * shown only in a sandboxed frame with no scripts under a policy that fetches nothing
 * (entrypoints/proof/), or saved as a file on request.
 *
 * It must run inside the portal page (the styles and form values live there), so it is one function
 * with no imports: `scripting.executeScript({ func: captureProofPage })` serialises it as it is.
 *
 * - scripts, frames, event-handler attributes are removed; every address that would load or go
 *   somewhere (href, src, action, background…) is removed unless it is a `#` anchor or a `data:`
 *   picture, so nothing in the copy fetches or navigates, even clicked;
 * - linked style sheets are inlined from the page's CSSOM (a sheet from another origin cannot be read:
 *   it is left out and counted);
 * - what was typed or chosen in form fields is written into the copy (never a password);
 * - pictures and `url(...)` / `image-set(...)` in styles are kept only when already `data:`;
 * - a Content-Security-Policy meta tag forbids every load but inline styles and data: images;
 * - the copy is bounded: over `maxBytes` (2 MB by default) the styles are dropped first, then the
 *   capture refuses with the size, so a proof never fails silently or fills the disk.
 */
export interface ProofCapture {
  ok: true;
  html: string;
  bytes: number;
  /** Style sheets from other origins that could not be read (the copy looks plainer). */
  sheetsLeftOut: number;
  /** Styles dropped to stay under the size limit. */
  stylesDropped: boolean;
}

export type ProofCaptureResult = ProofCapture | { ok: false; message: string };

export function captureProofPage(banner: string, maxBytes = 2 * 1024 * 1024): ProofCaptureResult {
  const doc = document;
  const css: string[] = [];
  let sheetsLeftOut = 0;
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      css.push(Array.from(sheet.cssRules, (r) => r.cssText).join('\n'));
    } catch {
      sheetsLeftOut++;
    }
  }
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  // Form state lives in properties, not attributes: carry it over field by field (same order).
  const live = doc.documentElement.querySelectorAll('input, textarea, select');
  const cloned = copy.querySelectorAll('input, textarea, select');
  live.forEach((field, i) => {
    const target = cloned[i];
    if (!target) return;
    if (field instanceof HTMLInputElement) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (field.checked) target.setAttribute('checked', '');
        else target.removeAttribute('checked');
      } else if (field.type !== 'password' && field.type !== 'file')
        target.setAttribute('value', field.value);
    } else if (field instanceof HTMLTextAreaElement) target.textContent = field.value;
    else if (field instanceof HTMLSelectElement) {
      Array.from(target.querySelectorAll('option')).forEach((o, j) => {
        if (field.options[j]?.selected) o.setAttribute('selected', '');
        else o.removeAttribute('selected');
      });
    }
  });
  for (const el of Array.from(
    copy.querySelectorAll('script, noscript, iframe, frame, object, embed, link, base, meta, style'),
  ))
    el.remove();
  const staysHere = (value: string) => /^\s*(?:data:image\/|#)/i.test(value);
  const noUrls = (text: string) =>
    text
      .replace(/url\(\s*(['"]?)(?!data:)[^)]*\1\s*\)/gi, 'none')
      .replace(/(?:-webkit-)?image-set\((?:[^()]|\([^()]*\))*\)/gi, 'none');
  const ADDRESSES =
    /^(?:href|xlink:href|src|poster|background|action|formaction|data|codebase|manifest|lowsrc|dynsrc)$/;
  for (const el of Array.from(copy.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || /^(?:srcset|imagesrcset|ping)$/.test(name)) el.removeAttribute(attr.name);
      else if (ADDRESSES.test(name) && !staysHere(attr.value)) el.removeAttribute(attr.name);
      // A style attribute is the page's own text: past 20,000 characters it goes (bounds the scan).
      else if (name === 'style' && attr.value.length > 20_000) el.removeAttribute(attr.name);
      else if (name === 'style') el.setAttribute('style', noUrls(attr.value));
    }
  }
  const head = copy.querySelector('head') ?? copy.insertBefore(doc.createElement('head'), copy.firstChild);
  const body = copy.querySelector('body') ?? copy.appendChild(doc.createElement('body'));
  const meta = (attrs: Record<string, string>) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    return m;
  };
  head.prepend(
    meta({ charset: 'utf-8' }),
    meta({
      'http-equiv': 'Content-Security-Policy',
      content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:",
    }),
  );
  const note = doc.createElement('div');
  note.setAttribute('role', 'note');
  note.setAttribute(
    'style',
    'all:initial;display:block;font:14px/1.4 sans-serif;background:#fffaeb;color:#1f2933;border-bottom:2px solid #8a4b00;padding:6px 10px',
  );
  note.textContent = banner;
  body.prepend(note);

  const serialise = (withStyles: boolean) => {
    head.querySelector('style[data-proof]')?.remove();
    if (withStyles) {
      const style = doc.createElement('style');
      style.setAttribute('data-proof', '');
      style.textContent = noUrls(css.join('\n'));
      head.appendChild(style);
    }
    const html = `<!doctype html>\n${copy.outerHTML}`;
    return { html, bytes: new Blob([html]).size };
  };
  let out = serialise(true);
  let stylesDropped = false;
  if (out.bytes > maxBytes) {
    out = serialise(false);
    stylesDropped = true;
  }
  const size = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
  if (out.bytes > maxBytes)
    return {
      ok: false,
      message: `This page is too large to keep as proof (${size(out.bytes)} without its styles; the limit is ${size(maxBytes)}).`,
    };
  return { ok: true, html: out.html, bytes: out.bytes, sheetsLeftOut, stylesDropped };
}
