import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loggedOnce } from '../utils/log';
import type { ContentToBackground, TeachCommand } from '../utils/messages';
import { sendToBackground } from '../utils/send';
import { readByRecipe } from '../utils/teach/apply';
import { TEACH_KEY, type TeachApi } from '../utils/teach/global';
import { recipeFor } from '../utils/teach/match';
import type { Recipe } from '../utils/teach/recipe';
import { createTeachMode, type TeachMode } from './portal.content/teach-mode';

/**
 * teach.js: the recipe reader and teach mode, injected into a portal frame that a taught recipe names
 * (the content script asks, `page/need-teach`) or into every frame of a tab when the biller starts
 * teaching (the side panel asks the background). It hands both to the content script and reads
 * nothing by itself; teach mode adds nothing to the page until the panel arms it.
 */
const send = (msg: ContentToBackground) =>
  void sendToBackground(msg).catch(loggedOnce('teach: tell the background'));

let mode: TeachMode | null = null;
let current: Recipe | null = null;

/** One teach command from the panel; `setDraft` has the content script read with the draft (or not). */
function command(
  c: TeachCommand,
  setDraft: (draft: Recipe | null) => void,
): Promise<string | null> | undefined {
  mode ??= createTeachMode({
    onPicked: (picked) => send({ type: 'page/teach-picked', ...picked }),
    onEscape: () => send({ type: 'page/teach-escape' }),
  });
  if (c.op === 'step') return mode.active ? Promise.resolve(mode.step(c.by)) : undefined;
  if (c.op === 'use') mode.use();
  else if (c.op === 'leave') {
    mode.leave();
    current = null;
    setDraft(null);
  } else {
    // Only the frame the recipe is for picks (a portal's claim frame, not its shell).
    mode.arm(recipeFor([c.draft], new URL(location.href)) ? c.target : null, c.draft);
    if (JSON.stringify(c.draft) !== JSON.stringify(current)) {
      current = c.draft;
      setDraft(c.draft);
    }
  }
  return undefined;
}

function read(recipes: readonly Recipe[], draft: Recipe | null, doc: Document, url: URL) {
  const own = draft && recipeFor([draft], url) ? draft : recipeFor(recipes, url);
  return own ? readByRecipe(own, doc, url, own === draft) : null;
}

export default defineUnlistedScript(() => {
  const api: TeachApi = { read, command };
  (globalThis as Record<string, unknown>)[TEACH_KEY] = api;
});
