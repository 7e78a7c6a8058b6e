/**
 * What a release checks before it builds anything, each with a message that says what to do.
 * Pure: the release script (scripts/release.ts) feeds it git's output and the files' text.
 */

export type Check = { ok: true } | { ok: false; message: string };

/** `git status --porcelain` output → refuse a tree with changes (the archives must be a commit). */
export function cleanTree(porcelain: string): Check {
  const lines = porcelain.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return { ok: true };
  const shown = lines.slice(0, 10).map((l) => `  ${l}`);
  if (lines.length > 10) shown.push(`  … and ${lines.length - 10} more`);
  return {
    ok: false,
    message: [
      `The working tree has ${lines.length} uncommitted change${lines.length === 1 ? '' : 's'}:`,
      ...shown,
      'A release is built from a commit, so its sources archive rebuilds the same packages.',
      'Commit or stash these changes (untracked files too), then run npm run release again.',
    ].join('\n'),
  };
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The CHANGELOG.md section for `version`: a `## 0.1.0` or `## [0.1.0]` heading (anything may follow
 * it on the line, such as a date) with at least one line of text before the next `## ` heading.
 */
export function changelogSection(
  changelog: string,
  version: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^##\\s+\\[?v?${literal(version)}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) {
    return {
      ok: false,
      message: `CHANGELOG.md has no section for version ${version} (package.json). Add a "## ${version} — YYYY-MM-DD" section saying what changed, commit it, and run npm run release again.`,
    };
  }
  const next = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  const body = lines
    .slice(start + 1, next < 0 ? undefined : next)
    .join('\n')
    .trim();
  if (body === '') {
    return {
      ok: false,
      message: `CHANGELOG.md's section for ${version} is empty: say what this release changes for billers before releasing it.`,
    };
  }
  return { ok: true, text: body };
}

/** Store versions: one to four dot-separated integers of at most 9 digits, no leading zeros. */
export function storeVersion(version: string): Check {
  const ok = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/.test(version);
  return ok
    ? { ok: true }
    : {
        ok: false,
        message: `package.json's version "${version}" is not one the browser stores accept (1 to 4 numbers separated by dots, such as 0.1.0): change it, add its CHANGELOG.md section and commit.`,
      };
}

/** Width and height from a PNG's IHDR (the first chunk), or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The Chrome Web Store and Edge Add-ons take 1280×800 (or 640×400) screenshots; ours are 1280×800. */
export const STORE_SCREENSHOT = { width: 1280, height: 800 } as const;

export function storeScreenshots(files: { name: string; bytes: Uint8Array }[]): Check {
  if (files.length === 0) {
    return {
      ok: false,
      message: 'store/screenshots/ has no PNG: run npm run demo -- --store-screenshots and commit them.',
    };
  }
  const wrong = files.flatMap(({ name, bytes }) => {
    const size = pngSize(bytes);
    if (!size) return [`${name}: not a PNG`];
    return size.width === STORE_SCREENSHOT.width && size.height === STORE_SCREENSHOT.height
      ? []
      : [`${name}: ${size.width}×${size.height}`];
  });
  if (wrong.length === 0) return { ok: true };
  return {
    ok: false,
    message: `Store screenshots must be ${STORE_SCREENSHOT.width}×${STORE_SCREENSHOT.height}:\n  ${wrong.join('\n  ')}\nRegenerate them with npm run demo -- --store-screenshots and commit them.`,
  };
}
