import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loggedOnce } from '../../utils/log';
import { ContentToBackground, type TeachCommand } from '../../utils/messages';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { localIsoDate } from '../../utils/notes/format';
import { loadOverrides, loadPolicy } from '../../utils/policy/managed';
import { sendToBackground, sendToTab } from '../../utils/send';
import { finishRecipe, newDraft, type TeachTarget, withPick } from '../../utils/teach/draft';
import { recipeFor } from '../../utils/teach/match';
import { targetLabel } from '../../utils/teach/now-reads';
import { lockedOfficeRecipe } from '../../utils/teach/office';
import { Recipe, recipeKey, TAUGHT_KINDS, type TaughtKind } from '../../utils/teach/recipe';
import { pendingFor, RETEACH_KEY } from '../../utils/teach/reteach';
import { loadAppliedRecipes, loadRecipes, saveRecipe } from '../../utils/teach/store';

/**
 * Teach mode's wiring: the draft recipe lives here; every change is sent to the tab's content scripts,
 * which read the page with it (the live reading comes back as the tab's snapshot) and report the
 * elements the biller picks. Escape anywhere in the panel, or on the page, leaves and keeps nothing.
 */
export function useTeach(tabId: number | null, tabUrl: string | undefined, snapshot: PageSnapshot | null) {
  const [draft, setDraft] = useState<Recipe | null>(null);
  const [armed, setArmed] = useState<TeachTarget | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const live = useRef({ draft, armed });
  live.current = { draft, armed };

  const send = (command: TeachCommand): Promise<unknown> =>
    tabId === null
      ? Promise.resolve(undefined)
      : sendToTab(tabId, { type: 'content/teach', command }).catch(loggedOnce('teach: reach the page'));

  const put = (next: Recipe | null, target: TeachTarget | null) => {
    setDraft(next);
    setArmed(target);
    setHighlighted(null);
    if (next) void send({ op: 'arm', target, draft: next });
  };

  const leave = () => {
    void send({ op: 'leave' });
    setDraft(null);
    setArmed(null);
    setHighlighted(null);
    setMessage(null);
  };

  const start = async () => {
    if (tabId === null) return;
    // The frame ClaimLens reads (a portal's claim frame), else the tab.
    let url: URL;
    try {
      url = new URL(snapshot?.url ?? tabUrl ?? '');
    } catch {
      return;
    }
    const known = recipeFor(await loadAppliedRecipes(), url);
    const kind: TaughtKind =
      known?.kind ??
      ((TAUGHT_KINDS as readonly string[]).includes(snapshot?.kind ?? '')
        ? (snapshot!.kind as TaughtKind)
        : 'claim-detail');
    const fresh = newDraft(url, kind, localIsoDate());
    // Teach mode is its own script, loaded into the tab's frames now (the background injects it).
    const loaded = await sendToBackground({ type: 'panel/teach-load', tabId }).catch(() => false);
    setMessage(
      loaded === true ? null : 'ClaimLens could not start teach mode on this page: reload it and try again.',
    );
    put(known ? { ...fresh, path: known.path } : fresh, null);
  };

  useEffect(() => {
    if (tabId === null) return;
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const { draft: d, armed: a } = live.current;
      if (!d || sender.tab?.id !== tabId) return undefined;
      const parsed = ContentToBackground.safeParse(raw);
      if (!parsed.success) return undefined;
      const m = parsed.data;
      if (m.type === 'page/teach-escape') leave();
      if (m.type !== 'page/teach-picked' || !a || JSON.stringify(a) !== JSON.stringify(m.target))
        return undefined;
      const next = withPick(d, m.target, { locator: m.locator, rows: m.rows });
      if (next === d) {
        setMessage(
          `ClaimLens found no label, column or heading that leads back to “${m.text}”. Pick the value itself${
            m.target.part === 'line'
              ? `, in the ${d.kind === 'claim-status' ? 'claim' : 'service-line'} row you picked`
              : ''
          }.`,
        );
        return undefined;
      }
      setMessage(`${targetLabel(m.target, d.kind)}: picked “${m.text}”.`);
      put(next, null);
      return undefined;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && live.current.draft) leave();
    };
    browser.runtime.onMessage.addListener(onMessage);
    document.addEventListener('keydown', onKey);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      document.removeEventListener('keydown', onKey);
    };
  }, [tabId]);

  // "Re-teach" in the options page marked this tab: once it shows a page the recipe names, teach it.
  const here = snapshot?.url ?? tabUrl;
  useEffect(() => {
    if (tabId === null || !here) return;
    const check = async () => {
      const pending = pendingFor((await browser.storage.session.get(RETEACH_KEY))[RETEACH_KEY], tabId);
      if (!pending || live.current.draft) return;
      const recipe = (await loadRecipes()).find((r) => recipeKey(r) === pending.key);
      if (!recipe || !recipeFor([recipe], new URL(here))) return;
      await browser.storage.session.remove(RETEACH_KEY);
      await start();
    };
    const run = () => void check().catch(loggedOnce('teach: start the re-teach asked for in options'));
    run();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && RETEACH_KEY in changes) run();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [tabId, here]);

  // The panel closing or switching tabs leaves teach mode on the page too.
  useEffect(() => () => void send({ op: 'leave' }), [tabId]);

  const save = async (): Promise<string> => {
    if (!draft) return '';
    const parsed = Recipe.safeParse(finishRecipe(draft, localIsoDate()));
    if (!parsed.success) return 'This recipe could not be saved: it is not complete.';
    const [policy, overridden] = await Promise.all([loadPolicy(), loadOverrides()]);
    const office = lockedOfficeRecipe(parsed.data as Recipe, policy, overridden);
    if (office)
      return `Not saved: your organisation set how this page is read (taught on ${office.taughtOn}). Ask your administrator to teach it again.`;
    await saveRecipe(parsed.data as Recipe);
    const host = draft.host;
    leave();
    return `Saved: ClaimLens now reads this page of ${host} the way you taught it.`;
  };

  return {
    draft,
    armed,
    highlighted,
    message,
    start,
    leave,
    save,
    arm: (t: TeachTarget | null) => draft && put(draft, t),
    kind: (k: TaughtKind) =>
      draft &&
      put(
        {
          ...newDraft(new URL(`https://${draft.host}${draft.path.replace(/\*/g, '')}`), k, draft.taughtOn),
          path: draft.path,
        },
        null,
      ),
    step: async (by: 1 | -1) => {
      const text = await send({ op: 'step', by });
      setHighlighted(typeof text === 'string' ? text : null);
    },
    use: () => void send({ op: 'use' }),
  };
}
