/**
 * Which Chromium-family browser a path is, which version, and how the built extension can be loaded
 * into it — pure functions of a path and the browser's own `--version` text, so the decisions are unit
 * tested with fake versions (Google Chrome and Edge cannot run on the CI machine).
 *
 * The facts behind the numbers (sources in docs/browsers.md):
 * - Google Chrome 137+ (branded builds) ignores `--load-extension`; 139 also dropped
 *   `--disable-extensions-except`. Chromium and Chrome for Testing still honour both.
 * - `Extensions.loadUnpacked` over the DevTools protocol (client on `--remote-debugging-pipe`, browser
 *   started with `--enable-unsafe-extension-debugging`) works from Chrome 126 on, branded or not.
 */
export type ChromiumKind = 'chromium' | 'chrome-for-testing' | 'chrome' | 'edge' | 'other';
export type Loading = 'devtools' | 'switches';
export type LoadingRequest = Loading | 'auto';

/** Since this major version, `Extensions.loadUnpacked` exists (web-ext's tests across Chrome versions). */
export const DEVTOOLS_LOADING_SINCE = 126;
/** Since this major version, Google Chrome ignores `--load-extension`. */
export const BRANDED_IGNORES_SWITCHES_SINCE = 137;

export interface IdentifiedBrowser {
  path: string;
  kind: ChromiumKind;
  /** What a user calls it: "Google Chrome", "Chromium", "Microsoft Edge"… */
  name: string;
  /** The full version ("139.0.7258.66"), or null when it could not be read. */
  version: string | null;
  /** The major version when it is Chromium's milestone (not for unknown Chromium-based browsers). */
  major: number | null;
}

const NAMES: Record<ChromiumKind, string> = {
  chromium: 'Chromium',
  'chrome-for-testing': 'Chrome for Testing',
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  other: 'a Chromium-based browser',
};

/** The kind a path suggests, from the install locations and names of each browser on each OS. */
export function kindFromPath(path: string): ChromiumKind {
  const p = path.replace(/\\/g, '/').toLowerCase();
  if (/chrome for testing|\/chrome-(linux64|mac-x64|mac-arm64|win32|win64)\//.test(p)) {
    return 'chrome-for-testing';
  }
  if (/microsoft[ /]edge|msedge|microsoft-edge/.test(p)) return 'edge';
  if (/google[ /-]?chrome|\/opt\/google\/chrome\//.test(p)) return 'chrome';
  if (/chromium/.test(p)) return 'chromium';
  return 'other';
}

/**
 * Reads what `<browser> --version` printed: "Chromium 156.0.8078.108 built on Debian…",
 * "Google Chrome 139.0.7258.66", "Google Chrome for Testing 137.0.7151.55", "Microsoft Edge 137.0.3296.52".
 */
export function parseVersionText(text: string): { kind: ChromiumKind; version: string } | null {
  const m = /(Google Chrome for Testing|Google Chrome|Chromium|Microsoft Edge)\s+(\d+\.\d+\.\d+\.\d+)/.exec(
    text,
  );
  if (!m) return null;
  const kind: ChromiumKind =
    m[1] === 'Google Chrome for Testing'
      ? 'chrome-for-testing'
      : m[1] === 'Google Chrome'
        ? 'chrome'
        : m[1] === 'Microsoft Edge'
          ? 'edge'
          : 'chromium';
  return { kind, version: m[2]! };
}

/**
 * On Windows, `chrome.exe --version` prints nothing (it is a windowed program): the version is the
 * name of the folder beside it (Application\139.0.7258.66\) or of its manifest (139.0.7258.66.manifest).
 */
export function versionFromSiblings(names: string[]): string | null {
  const versions = names
    .map((n) => /^(\d+\.\d+\.\d+\.\d+)(\.manifest)?$/.exec(n)?.[1])
    .filter((v): v is string => !!v)
    .sort((a, b) => compareVersions(b, a));
  return versions[0] ?? null;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Puts together what the path and the version say; the `--version` text wins on the kind. `versionText`
 * is that text, or a bare version read beside the program (Windows), or null when neither was found.
 */
export function identifyBrowser(path: string, versionText: string | null): IdentifiedBrowser {
  const parsed = versionText ? parseVersionText(versionText) : null;
  const bare = versionText ? /^\s*(\d+\.\d+\.\d+\.\d+)\s*$/.exec(versionText)?.[1] : undefined;
  const kind = parsed?.kind ?? kindFromPath(path);
  const version = parsed?.version ?? bare ?? null;
  const major = version && kind !== 'other' ? Number.parseInt(version, 10) : null;
  return { path, kind, name: NAMES[kind], version, major };
}

export const describeBrowser = (b: IdentifiedBrowser) =>
  `${b.name}${b.version ? ` ${b.version}` : ' (version unknown)'} at ${b.path}`;

export type LoadingPlan =
  | { ok: true; first: Loading; fallback: Loading | null; why: string }
  | { ok: false; why: string };

/** Whether this browser honours `--load-extension` (Google Chrome stopped at 137; others as before). */
export function honoursSwitches(b: IdentifiedBrowser): boolean | 'unknown' {
  if (b.kind !== 'chrome') return true;
  if (b.major === null) return 'unknown';
  return b.major < BRANDED_IGNORES_SWITCHES_SINCE;
}

/** Whether this browser has `Extensions.loadUnpacked` (unknown versions are tried, then checked). */
export function hasDevtoolsLoading(b: IdentifiedBrowser): boolean | 'unknown' {
  if (b.major === null) return 'unknown';
  return b.major >= DEVTOOLS_LOADING_SINCE;
}

/**
 * How to load the extension into `b`. `auto` prefers the DevTools protocol (it works in every browser
 * new enough, branded or not) and falls back to the command-line switches only where they work.
 */
export function planLoading(b: IdentifiedBrowser, request: LoadingRequest = 'auto'): LoadingPlan {
  const switches = honoursSwitches(b);
  const devtools = hasDevtoolsLoading(b);
  const name = `${b.name}${b.major !== null ? ` ${b.major}` : ''}`;
  if (request === 'switches') {
    if (switches === false) {
      return {
        ok: false,
        why: `${name} ignores --load-extension (Google Chrome ${BRANDED_IGNORES_SWITCHES_SINCE}+); the command-line path needs Chromium or Chrome for Testing`,
      };
    }
    return { ok: true, first: 'switches', fallback: null, why: 'with --load-extension (asked for)' };
  }
  if (request === 'devtools') {
    if (devtools === false) {
      return {
        ok: false,
        why: `${name} is older than ${DEVTOOLS_LOADING_SINCE}, the first version with Extensions.loadUnpacked`,
      };
    }
    return { ok: true, first: 'devtools', fallback: null, why: 'over the DevTools protocol (asked for)' };
  }
  if (devtools === false) {
    return {
      ok: true,
      first: 'switches',
      fallback: null,
      why: `with --load-extension (${name} predates Extensions.loadUnpacked)`,
    };
  }
  if (switches === false) {
    return {
      ok: true,
      first: 'devtools',
      fallback: null,
      why: `over the DevTools protocol (Extensions.loadUnpacked): ${name} ignores --load-extension`,
    };
  }
  return {
    ok: true,
    first: 'devtools',
    fallback: 'switches',
    why: 'over the DevTools protocol (Extensions.loadUnpacked), else with --load-extension',
  };
}
