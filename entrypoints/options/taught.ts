import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TaughtPagesProps } from '../../components/options/TaughtPages';
import { saveFile } from '../../utils/download';
import { loggedOnce } from '../../utils/log';
import { localIsoDate } from '../../utils/notes/format';
import { RECIPES_KEY, RECIPES_USED_KEY } from '../../utils/teach/keys';
import { type Recipe, recipeFileText, recipeKey } from '../../utils/teach/recipe';
import { RETEACH_KEY, reteachAddress, reteachOpenedText } from '../../utils/teach/reteach';
import { deleteRecipe, importRecipes, loadLastUsed, loadRecipes } from '../../utils/teach/store';
import { openPanelFromClick } from '../background/side-panel';

/** The options page's taught pages: storage.local, kept in step when the side panel saves one. */
export function useTaughtPages(): TaughtPagesProps {
  const [recipes, setRecipes] = useState<Recipe[]>([]);
  const [lastUsed, setLastUsed] = useState<Record<string, string>>({});
  const [result, setResult] = useState<TaughtPagesProps['result']>(null);
  // This page's window, known before any click: opening the panel cannot wait for it then.
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows
      ?.getCurrent()
      .then((w) => {
        windowId.current = w.id;
      })
      .catch(loggedOnce('options: find this window for the side panel'));
  }, []);
  useEffect(() => {
    const refresh = () => {
      void loadRecipes().then(setRecipes);
      void loadLastUsed().then(setLastUsed);
    };
    refresh();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (RECIPES_KEY in changes || RECIPES_USED_KEY in changes)) refresh();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return {
    recipes,
    lastUsed,
    result,
    onDelete: (key) => void deleteRecipe(key).then(() => setResult({ ok: true, text: 'Deleted.' })),
    onReteach: (r) => {
      // The panel first, inside the click; then the site in a new tab, marked so that the panel starts
      // teaching this recipe when the biller reaches one of its pages there (utils/teach/reteach.ts).
      void openPanelFromClick(windowId.current);
      const { url, exact } = reteachAddress(r);
      void browser.tabs
        .create({ url, active: true })
        .then((tab) =>
          tab.id === undefined
            ? undefined
            : browser.storage.session.set({
                [RETEACH_KEY]: { tabId: tab.id, key: recipeKey(r), at: Date.now() },
              }),
        )
        .then(() => setResult({ ok: true, text: reteachOpenedText(r, exact) }))
        .catch(() =>
          setResult({
            ok: false,
            text: `ClaimLens could not open ${r.host}: open a page of ${r.host}${r.path} and press “Teach this page” in the side panel.`,
          }),
        );
    },
    onExport: () => saveFile(`claimlens-taught-pages-${localIsoDate()}.json`, recipeFileText(recipes)),
    onImport: (file) =>
      void file
        .text()
        .then(importRecipes)
        .then((r) => setResult({ ok: r.ok, text: r.message }))
        .catch(() => setResult({ ok: false, text: 'The file could not be read.' })),
  };
}
