import { browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundToContent, MessageToBackground } from './messages';

/**
 * Every message ClaimLens sends goes through these two functions, so a message that does not match
 * the protocol (utils/messages.ts) does not compile, and the sender reads the reply as the background
 * types it. Type-only imports: no zod reaches the content script through here.
 */
export function sendToBackground<M extends MessageToBackground>(
  msg: M,
): Promise<BackgroundReplies[M['type']] | undefined> {
  return browser.runtime.sendMessage(msg) as Promise<BackgroundReplies[M['type']] | undefined>;
}

export function sendToTab(tabId: number, msg: BackgroundToContent, frameId?: number): Promise<unknown> {
  return frameId === undefined
    ? browser.tabs.sendMessage(tabId, msg)
    : browser.tabs.sendMessage(tabId, msg, { frameId });
}
