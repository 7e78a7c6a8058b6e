import { z } from 'zod';
import type { OpenPanelAnswer } from './flags/open-panel';
import { PageSnapshot } from './model/snapshot';
import { UserHost } from './portals/user-hosts';
import { HeaderField, LineField, Locator, Recipe, Rows } from './teach/recipe';

/** What a teach-mode click was for: a claim field, the service-line row, or a field of that row. */
export const TeachTarget = z.discriminatedUnion('part', [
  z.object({ part: z.literal('header'), field: HeaderField }),
  z.object({ part: z.literal('rows') }),
  z.object({ part: z.literal('line'), field: LineField }),
]);

/**
 * The message protocol between the extension's contexts: one zod discriminated union per direction.
 * Receivers validate with these schemas and drop (and log once) anything else; the sender's identity
 * always comes from the browser (`runtime.MessageSender`), never from the payload.
 */

/** Content script → background. The snapshot is validated here, not in the content script (size). */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/snapshot'), snapshot: PageSnapshot }),
  /** The frame has nothing to read any more (navigated away inside a single-page app). */
  z.object({ type: z.literal('page/cleared') }),
  /** The biller clicked an inline flag: open the side panel for this tab. */
  z.object({ type: z.literal('page/open-panel') }),
  /** No adapter reads this frame completely: load the generic reader into it (answered true/false). */
  z.object({ type: z.literal('page/need-reader') }),
  /** A taught recipe names this frame: load the recipe reader into it (answered true/false). */
  z.object({ type: z.literal('page/need-teach') }),
  /** Teach mode: the biller clicked (or chose with the keyboard) an element; for the side panel. */
  z.object({
    type: z.literal('page/teach-picked'),
    target: TeachTarget,
    locator: Locator.optional(),
    rows: Rows.optional(),
    text: z.string().max(200),
    frameUrl: z.string().max(4096),
  }),
  /** Teach mode: the biller pressed Escape on the page; for the side panel. */
  z.object({ type: z.literal('page/teach-escape') }),
]);

/** Side panel or options page → background. */
export const PanelToBackground = z.discriminatedUnion('type', [
  /** Ask the content scripts of a tab to read the page again now. */
  z.object({ type: z.literal('panel/reread'), tabId: z.number().int().nonnegative() }),
  /** "Read this site": the user granted this host in the panel; start reading it (and this tab). */
  z.object({
    type: z.literal('panel/add-portal'),
    host: UserHost,
    tabId: z.number().int().nonnegative().nullable(),
  }),
  /** Rule data or settings changed in the options page: check the open tabs again. */
  z.object({ type: z.literal('ruledata/changed') }),
  /** Teach mode starts: load the recipe reader and teach mode into every frame of the tab. */
  z.object({ type: z.literal('panel/teach-load'), tabId: z.number().int().nonnegative() }),
  /** "Delete all patient data": forget what was read on every tab (answers with the counts). */
  z.object({ type: z.literal('privacy/forget-page-data') }),
]);

/** Background → content script. */
export const BackgroundToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/reread') }),
  /**
   * Teach mode, from the side panel: read with this draft recipe and pick elements for `target`
   * (null: stop picking), step through the page's text, use the highlighted element, or leave.
   */
  z.object({
    type: z.literal('content/teach'),
    command: z.discriminatedUnion('op', [
      z.object({ op: z.literal('arm'), target: TeachTarget.nullable(), draft: Recipe }),
      z.object({ op: z.literal('step'), by: z.union([z.literal(1), z.literal(-1)]) }),
      z.object({ op: z.literal('use') }),
      z.object({ op: z.literal('leave') }),
    ]),
  }),
  /** Inline flags for the service lines of the claim-entry form this frame read. */
  z.object({
    type: z.literal('content/flags'),
    flags: z.array(
      z.object({
        line: z.number().int().positive(),
        code: z.string().nullable(),
        severity: z.enum(['error', 'warning', 'info']),
        text: z.string().max(1200),
      }),
    ),
  }),
]);

export type ContentToBackground = z.infer<typeof ContentToBackground>;
export type PanelToBackground = z.infer<typeof PanelToBackground>;
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;
export type TeachCommand = Extract<BackgroundToContent, { type: 'content/teach' }>['command'];
export type MessageToBackground = ContentToBackground | PanelToBackground;

/**
 * What the background answers to each message: the return type of its handler, and what
 * sendToBackground (utils/send.ts) gives the sender. `unknown` = nothing to read.
 */
export interface BackgroundReplies {
  'page/snapshot': unknown;
  'page/cleared': unknown;
  'page/open-panel': OpenPanelAnswer;
  /** true once the generic reader is loaded into the asking frame. */
  'page/need-reader': boolean;
  /** true once the recipe reader (teach.js) is loaded into the asking frame. */
  'page/need-teach': boolean;
  /** Teach mode's messages are for the side panel; the background does not answer them. */
  'page/teach-picked': unknown;
  'page/teach-escape': unknown;
  /** true once teach.js is loaded into the tab's frames. */
  'panel/teach-load': boolean;
  'panel/reread': unknown;
  'panel/add-portal': { ok: boolean; message: string };
  'ruledata/changed': unknown;
  /** How many tabs' readings and counted findings were forgotten. */
  'privacy/forget-page-data': { tabs: number; counted: number };
}

/** Messages larger than this are dropped before parsing (a 2,000-claim page is about 2 MB). */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** The browser-supplied facts about a sender that the background trusts. */
export interface SenderFacts {
  /** The sending extension's id (must be ours). */
  id?: string;
  /** Present when the message comes from a content script. */
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** URL of the sending frame or extension page. */
  url?: string;
}

export type Verdict<T> = { ok: true; message: T } | { ok: false; reason: string };

function byteLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Decide whether the background may act on a message, and as what.
 * - another extension, or a page (no extension id), is refused;
 * - a sender whose own URL is one of our pages is an extension page, tab or not: the options page
 *   opens in a tab, and a panel can be opened in one, so `sender.tab` alone says nothing;
 * - any other sender with a tab is a content script: its tab's page and its frame must be portals
 *   (built-in or user-added);
 * - the shape must validate; unknown types are refused, never thrown.
 */
export function admitMessage(
  raw: unknown,
  sender: SenderFacts,
  ctx: { extensionId: string; extensionOrigin: string; isPortalUrl: (url: string) => boolean },
): Verdict<
  | { from: 'content'; tabId: number; frameId: number; frameUrl: string; msg: ContentToBackground }
  | { from: 'panel'; msg: PanelToBackground }
> {
  if (sender.id !== ctx.extensionId) return { ok: false, reason: 'sender is not this extension' };
  if (byteLength(raw) > MAX_MESSAGE_BYTES) return { ok: false, reason: 'message too large' };
  if (sender.url?.startsWith(ctx.extensionOrigin)) {
    const parsed = PanelToBackground.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: `invalid panel message: ${summarise(parsed.error)}` };
    return { ok: true, message: { from: 'panel', msg: parsed.data } };
  }
  if (sender.tab) {
    const tabId = sender.tab.id;
    const frameUrl = sender.url ?? '';
    if (tabId === undefined || tabId < 0) return { ok: false, reason: 'content message without a tab' };
    if (!sender.tab.url || !ctx.isPortalUrl(sender.tab.url) || !ctx.isPortalUrl(frameUrl)) {
      return { ok: false, reason: 'page data from a tab that is not a portal' };
    }
    const parsed = ContentToBackground.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: `invalid content message: ${summarise(parsed.error)}` };
    return {
      ok: true,
      message: { from: 'content', tabId, frameId: sender.frameId ?? 0, frameUrl, msg: parsed.data },
    };
  }
  return { ok: false, reason: 'sender is not an extension page' };
}

function summarise(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid';
}

/** Handlers are a map from message type to function; a type without a handler is ignored. */
export type HandlerMap<
  M extends { type: string },
  Ctx,
  R extends { [K in M['type']]: unknown } = { [K in M['type']]: unknown },
> = {
  [K in M['type']]?: (msg: Extract<M, { type: K }>, ctx: Ctx) => R[K] | Promise<R[K]>;
};

export function dispatch<M extends { type: string }, Ctx, R extends { [K in M['type']]: unknown }>(
  handlers: HandlerMap<M, Ctx, R>,
  msg: M,
  ctx: Ctx,
): unknown {
  const handler = handlers[msg.type as M['type']] as ((m: M, c: Ctx) => unknown) | undefined;
  return handler ? handler(msg, ctx) : undefined;
}

/** Logs each distinct reason once per context, so a noisy page cannot flood the console. */
export function createDropLogger(log: (text: string) => void = console.warn): (reason: string) => void {
  const seen = new Set<string>();
  return (reason) => {
    if (seen.has(reason)) return;
    seen.add(reason);
    log(`ClaimLens dropped a message: ${reason}`);
  };
}
