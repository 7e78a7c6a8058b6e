/**
 * Stands in for `wxt/utils/content-script-context` in the content-script build (wxt.config.ts).
 * WXT's entrypoint wrapper constructs a context before `main` runs; the real one posts a window
 * message carrying the extension id to the page, dispatches a document event named after it, and
 * invalidates the script when the page dispatches that event itself — so a page could detect
 * ClaimLens and switch it off. This one does nothing at all; the script's lifetime is kept by
 * utils/content-lifecycle.ts (it ends only when the extension is unloaded or updated).
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
