import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TaughtPagesProps } from '../../components/options/TaughtPages';
import { saveFile } from '../../utils/download';
import { localIsoDate } from '../../utils/notes/format';
import { RECIPES_KEY, RECIPES_USED_KEY } from '../../utils/teach/keys';
import { type Recipe, recipeFileText } from '../../utils/teach/recipe';
import { deleteRecipe, importRecipes, loadLastUsed, loadRecipes } from '../../utils/teach/store';

/** The options page's taught pages: storage.local, kept in step when the side panel saves one. */
export function useTaughtPages(): TaughtPagesProps {
  const [recipes, setRecipes] = useState<Recipe[]>([]);
  const [lastUsed, setLastUsed] = useState<Record<string, string>>({});
  const [result, setResult] = useState<TaughtPagesProps['result']>(null);
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
    onReteach: (r) =>
      setResult({
        ok: true,
        text: `Open a page of ${r.host}${r.path} and press “Teach this page” in the side panel: what you teach replaces this.`,
      }),
    onExport: () => saveFile(`claimlens-taught-pages-${localIsoDate()}.json`, recipeFileText(recipes)),
    onImport: (file) =>
      void file
        .text()
        .then(importRecipes)
        .then((r) => setResult({ ok: r.ok, text: r.message }))
        .catch(() => setResult({ ok: false, text: 'The file could not be read.' })),
  };
}
