import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../../utils/db';
import { loggedOnce } from '../../utils/log';
import {
  admitMessage,
  type BackgroundReplies,
  type ContentToBackground,
  createDropLogger,
  dispatch,
  type HandlerMap,
  type PanelToBackground,
} from '../../utils/messages';
import type { PageSnapshot } from '../../utils/model/snapshot';
import { localIsoDate } from '../../utils/notes/format';
import {
  loadEffectiveRetention,
  loadEffectiveRuleSettings,
  POLICY_OVERRIDES_KEY,
} from '../../utils/policy/managed';
import { isPortalUrl } from '../../utils/portals/hosts';
import { purgeExpired } from '../../utils/privacy/retention';
import { createProofSource } from '../../utils/proofs/store';
import { checkSnapshot } from '../../utils/rules/engine';
import { sendToTab } from '../../utils/send';
import {
  DISPLAY_SETTINGS_KEY,
  JURISDICTION_KEY,
  loadUserHosts,
  RULE_SETTINGS_KEY,
  watchUserHosts,
} from '../../utils/settings';
import { TAUGHT_ADAPTER } from '../../utils/teach/apply';
import { TEACH_FILE } from '../../utils/teach/global';
import { recipeFor } from '../../utils/teach/match';
import { recipeKey } from '../../utils/teach/recipe';
import { loadAppliedRecipes, noteRecipeUsed } from '../../utils/teach/store';
import { listenForCopyShortcut } from './commands';
import { denialWiring, worklistMenu } from './denials';
import { loadGenericReader } from './generic-reader';
import { presetJurisdiction } from './jurisdiction';
import { NEWEST_DOS_KEY } from './keys';
import { forgetSeen } from './rule-stats';
import { openRuleData } from './ruledata';
import { openPanelFromToolbar, openSidePanel } from './side-panel';
import { type Checker, dropFrame, forgetAllTabs, forgetTab, putFrame, recheckAll } from './tabs';
import { keepAppliedRecipes } from './taught-pages';
import { addUserPortal, syncUserPortalScripts } from './user-portals';

/** Remembers the newest date of service seen (a date only) so the options page can flag old rule data. */
async function noteNewestDateOfService(snapshot: PageSnapshot): Promise<void> {
  const dates = snapshot.claims.flatMap((c) => c.serviceLines.map((l) => l.dosFrom ?? '')).filter(Boolean);
  const newest = dates.sort().at(-1);
  if (!newest) return;
  const known = (await browser.storage.local.get(NEWEST_DOS_KEY))[NEWEST_DOS_KEY];
  if (typeof known !== 'string' || known < newest)
    await browser.storage.local.set({ [NEWEST_DOS_KEY]: newest });
}

/** A page read with a taught recipe: the options page shows when each recipe last worked. */
async function noteTaughtReading(snapshot: PageSnapshot, frameUrl: string): Promise<void> {
  if (
    snapshot.read.adapter !== TAUGHT_ADAPTER ||
    !snapshot.ok ||
    snapshot.read.fallbacks[0]?.startsWith('being')
  )
    return;
  const recipe = recipeFor(await loadAppliedRecipes(), new URL(frameUrl));
  if (recipe) await noteRecipeUsed(recipeKey(recipe));
}

// Thin wiring: validate every message and its sender, keep per-tab state, run the checks.
export default defineBackground(() => {
  const logDrop = createDropLogger();
  let userHosts: string[] = [];
  const ruleData = openRuleData();
  // Messages wait for the user's hosts: after a browser restart the first snapshot from an added site
  // is what wakes this worker, and must not be dropped as "not a portal" before the list is loaded.
  let hostsLoaded = false;
  const hostsReady = loadUserHosts()
    .then((hosts) => {
      userHosts = hosts;
      // Every start: the registration matches the hosts the user still grants (a no-op when it does).
      return syncUserPortalScripts(hosts);
    })
    .catch(loggedOnce('start: could not load the added sites or register their script'))
    .finally(() => {
      hostsLoaded = true;
    });
  const resync = () => void loadUserHosts().then(syncUserPortalScripts);
  watchUserHosts((hosts) => {
    userHosts = hosts;
    void syncUserPortalScripts(hosts);
  });
  // A host granted or revoked in the browser's own settings changes what may be read.
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);

  // Notes and dismissals past the retention limit (the biller's, or the office policy's) are deleted
  // whenever the background starts, and when the office policy changes.
  const purge = () =>
    void loadEffectiveRetention()
      .then((retention) => purgeExpired(getDb(), retention))
      .catch(loggedOnce('retention: could not delete expired notes and dismissals'));
  purge();

  // The denial worklist records what status pages show; the denial memory feeds the history check.
  // When the records change, claim-entry tabs are checked again with the new memory.
  const denials = denialWiring(() => recheckAll(check, (s) => s === 'claim-entry'));

  // A claim denied for timely filing (CO-29) is told about the proof of filing kept for it (utils/proofs).
  const proofs = createProofSource(getDb());
  // The checks use the biller's settings merged with the office policy (utils/policy/merge.ts).
  const check: Checker = async (snapshot) =>
    checkSnapshot(
      snapshot,
      ruleData.store(),
      await loadEffectiveRuleSettings(),
      localIsoDate(),
      denials.memory,
      proofs,
    );

  interface ContentCtx {
    tabId: number;
    frameId: number;
    frameUrl: string;
  }
  const contentHandlers: HandlerMap<ContentToBackground, ContentCtx, BackgroundReplies> = {
    'page/snapshot': (msg, ctx) => {
      void noteNewestDateOfService(msg.snapshot);
      void presetJurisdiction(msg.snapshot.portal);
      void noteTaughtReading(msg.snapshot, ctx.frameUrl).catch(loggedOnce('teach: note a taught page used'));
      const checked = putFrame(
        ctx.tabId,
        ctx.frameId,
        { url: ctx.frameUrl, snapshot: msg.snapshot, receivedAt: new Date().toISOString() },
        check,
      );
      void checked.finally(() =>
        denials
          .record(msg.snapshot, ctx.frameUrl)
          .catch(loggedOnce('denial worklist: could not remember the denials of a page')),
      );
      return checked;
    },
    'page/cleared': (_msg, ctx) => dropFrame(ctx.tabId, ctx.frameId, check),
    'page/open-panel': (_msg, ctx) => openSidePanel(ctx.tabId),
    'page/need-reader': (_msg, ctx) => loadGenericReader(ctx.tabId, ctx.frameId),
    'page/need-teach': (_msg, ctx) => loadGenericReader(ctx.tabId, ctx.frameId, TEACH_FILE),
  };
  const panelHandlers: HandlerMap<PanelToBackground, undefined, BackgroundReplies> = {
    'panel/reread': async (msg) => {
      await sendToTab(msg.tabId, { type: 'content/reread' }).catch(
        loggedOnce('re-read: the tab has no ClaimLens content script (not a portal page, or closed)'),
      );
    },
    'panel/add-portal': (msg) =>
      addUserPortal(msg.host, msg.tabId, (hosts) => {
        userHosts = hosts;
      }),
    'ruledata/changed': () => recheckAll(check),
    'panel/teach-load': (msg) => loadGenericReader(msg.tabId, 'all', TEACH_FILE),
    'privacy/forget-page-data': async () => ({ tabs: await forgetAllTabs(), counted: await forgetSeen() }),
  };

  const onMessage = (raw: unknown, sender: Parameters<typeof admitMessage>[1]) => {
    const verdict = admitMessage(raw, sender, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      isPortalUrl: (url) => isPortalUrl(url, userHosts),
    });
    if (!verdict.ok) {
      logDrop(verdict.reason);
      return undefined;
    }
    const m = verdict.message;
    const result =
      m.from === 'content'
        ? dispatch(contentHandlers, m.msg, { tabId: m.tabId, frameId: m.frameId, frameUrl: m.frameUrl })
        : dispatch(panelHandlers, m.msg, undefined);
    return Promise.resolve(result);
  };
  browser.runtime.onMessage.addListener((raw, sender) =>
    hostsLoaded ? onMessage(raw, sender) : hostsReady.then(() => onMessage(raw, sender)),
  );

  browser.storage.onChanged.addListener((changes, area) => {
    // An administrator pushed a new policy: every open page is checked again under it.
    if (area === 'managed') {
      void recheckAll(check);
      purge();
    }
    if (
      area === 'local' &&
      (RULE_SETTINGS_KEY in changes ||
        DISPLAY_SETTINGS_KEY in changes ||
        JURISDICTION_KEY in changes ||
        POLICY_OVERRIDES_KEY in changes)
    )
      void recheckAll(check);
  });

  // A tab's page data lives only as long as the page: gone on close or a full navigation.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetTab(tabId);
  });

  browser.runtime.onInstalled.addListener(() => {
    void ruleData
      .cleanUp()
      .then(() => ruleData.loadBundled())
      .then(() => recheckAll(check))
      .catch((error: unknown) => console.error('ClaimLens could not load its bundled code lists', error));
  });
  browser.runtime.onStartup.addListener(() => {
    void ruleData.cleanUp();
  });

  keepAppliedRecipes();
  openPanelFromToolbar();
  listenForCopyShortcut();
  worklistMenu();
});
