import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RuleStats } from '../../components/options/ChecksSettings';
import type { PolicyState } from '../../components/options/Managed';
import { readPackFile } from '../../components/options/payer-pack-file';
import { getDb } from '../../utils/db';
import { saveFile } from '../../utils/download';
import { logOnce } from '../../utils/log';
import { markOverridden } from '../../utils/policy/managed';
import { applyRuleEdit, mergeRuleSettings } from '../../utils/policy/merge';
import { PORTAL_HOSTS } from '../../utils/portals/hosts';
import type { PayerPack } from '../../utils/rules/payer-pack';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../utils/rules/settings';
import {
  type DisplaySettings,
  loadDisplaySettings,
  loadRuleSettings,
  loadUserHosts,
  saveDisplaySettings,
  saveRuleSettings,
  saveUserHosts,
} from '../../utils/settings';
import { ownKeptText, packRemovedText } from '../../utils/teach/pack-recipes';
import type { Recipe } from '../../utils/teach/recipe';
import { addPackRecipes, removePackRecipes } from '../../utils/teach/store';
import { FIRED_KEY } from '../background/rule-stats';
import { optionsProblems } from './problems';

/**
 * Wiring for Checks, Payer rules and Portals: settings in storage.local, counts of fired/dismissed.
 * The page shows the biller's settings merged with the office policy; an edit stores only what the
 * biller changed, never a locked field (utils/policy/merge.ts).
 */
export function useChecks({ policy, overridden }: Pick<PolicyState, 'policy' | 'overridden'>) {
  const [own, setOwn] = useState<RuleSettings>(DEFAULT_RULE_SETTINGS);
  const settings = useMemo(() => mergeRuleSettings(own, policy, overridden), [own, policy, overridden]);
  const [display, setDisplay] = useState<DisplaySettings>({ inlineFlags: true });
  const [stats, setStats] = useState<RuleStats>({});
  const [importResult, setImportResult] = useState<{ ok: boolean; text: string; problems?: string[] } | null>(
    null,
  );
  const [userHosts, setUserHosts] = useState<string[]>([]);

  useEffect(() => {
    void loadRuleSettings().then(setOwn);
    void loadDisplaySettings().then(setDisplay);
    void loadUserHosts().then(setUserHosts);
    void (async () => {
      const fired =
        ((await browser.storage.local.get(FIRED_KEY))[FIRED_KEY] as Record<string, number> | undefined) ?? {};
      const next: RuleStats = {};
      for (const [rule, n] of Object.entries(fired)) next[rule] = { fired: n, dismissed: 0 };
      const dismissals = await getDb()
        .dismissals.toArray()
        .catch((error: unknown) => {
          logOnce('options: could not count dismissals for the rule statistics', error);
          return [];
        });
      for (const d of dismissals) {
        next[d.rule] = { fired: next[d.rule]?.fired ?? 0, dismissed: (next[d.rule]?.dismissed ?? 0) + 1 };
      }
      setStats(next);
    })();
  }, []);

  const saveSettings = (next: RuleSettings) => {
    const edit = applyRuleEdit(own, settings, next, policy);
    setOwn(edit.own);
    void saveRuleSettings(edit.own)
      .then(() => markOverridden(edit.overridden))
      .catch(optionsProblems.whenFails('Your check settings were not saved'));
  };
  const setPacks = (packs: PayerPack[]) => saveSettings({ ...settings, payerPacks: packs });

  return {
    checks: {
      settings,
      display,
      stats,
      onChange: saveSettings,
      onDisplayChange(next: DisplaySettings) {
        setDisplay(next);
        void saveDisplaySettings(next).catch(optionsProblems.whenFails('Your display setting was not saved'));
      },
    },
    packs: {
      packs: settings.payerPacks,
      importResult,
      async onImport(file: File) {
        const result = readPackFile(await file.text(), settings.payerPacks);
        setImportResult(
          result.ok
            ? { ok: true, text: result.text }
            : { ok: false, text: result.text, problems: result.problems },
        );
        if (!result.ok) return;
        setPacks(result.packs);
        // The pack's taught pages join the biller's own (the same page taught again is replaced); a
        // newer version of a pack takes away the pages its old version brought and no longer does.
        const pack = result.packs.find((p) => !settings.payerPacks.includes(p));
        const old = settings.payerPacks.find((p) => p.name === pack?.name);
        if (!pack) return;
        const carriers = result.packs.map((p) => ({ recipes: p.recipes as Recipe[] }));
        const earlier = settings.payerPacks.map((p) => ({ recipes: p.recipes as Recipe[] }));
        void (old ? removePackRecipes({ recipes: old.recipes as Recipe[] }, carriers) : Promise.resolve())
          .then(() => addPackRecipes(pack.recipes as Recipe[], earlier))
          .then((own) => {
            if (own.length > 0) setImportResult({ ok: true, text: result.text + ownKeptText(own) });
          })
          .catch(optionsProblems.whenFails(`The pages “${pack.name}” teaches could not be added`));
      },
      onExport: (pack: PayerPack) =>
        saveFile(`payer-pack-${pack.name.replace(/[^a-z0-9]+/gi, '-')}.json`, JSON.stringify(pack, null, 2)),
      onExportAll: () => saveFile('payer-packs.json', JSON.stringify(settings.payerPacks, null, 2)),
      onRemove(index: number) {
        const removed = settings.payerPacks[index];
        const rest = settings.payerPacks.filter((_, i) => i !== index);
        setPacks(rest);
        if (!removed || removed.recipes.length === 0) return;
        // The pages the pack taught go with it; pages the biller taught or changed since stay (named).
        void removePackRecipes(
          { recipes: removed.recipes as Recipe[] },
          rest.map((p) => ({ recipes: p.recipes as Recipe[] })),
        )
          .then((leaving) => setImportResult({ ok: true, text: packRemovedText(removed.name, leaving) }))
          .catch(optionsProblems.whenFails(`The pages “${removed.name}” taught could not be removed`));
      },
    },
    portals: {
      builtIn: PORTAL_HOSTS.map(({ host, label, confirmed }) => ({ host, label, confirmed })),
      userHosts,
      addError: null as string | null,
      onRemove(host: string) {
        const next = userHosts.filter((h) => h !== host);
        setUserHosts(next);
        void saveUserHosts(next).catch(optionsProblems.whenFails(`${host} could not be removed`));
        void browser.permissions
          .remove({ origins: [`https://${host}/*`] })
          .catch(optionsProblems.whenFails(`ClaimLens could not give back its access to ${host}`));
      },
      onAdd(host: string) {
        // The permission prompt comes from this click and names exactly this host.
        void browser.permissions
          .request({ origins: [`https://${host}/*`] })
          .then(async (granted) => {
            if (!granted) {
              optionsProblems.report(`ClaimLens was not allowed to read ${host}, so it was not added.`);
              return;
            }
            const next = [...new Set([...userHosts, host])];
            setUserHosts(next);
            await saveUserHosts(next);
          })
          .catch(optionsProblems.whenFails(`${host} was not added`));
      },
    },
  };
}
