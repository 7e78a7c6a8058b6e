/**
 * Whether `npm run package` can keep the packages `npm run release` just made instead of building
 * them again (CI runs the release, then the test command, which packages: two builds of each browser
 * would be about 80 seconds twice). Kept only when all of this holds, else everything is rebuilt:
 * - the release's SHA256SUMS names the commit checked out now, and the tree has no change;
 * - each unpacked build (what the e2e tests load) zips to exactly the released package's checksum,
 *   and the released zip on disk still has it.
 * Pure: scripts/package.ts feeds it git's answers and the checksums it computed.
 */
export interface FreshInput {
  /** The release's SHA256SUMS text, or null when there is none. */
  sums: string | null;
  /** `git rev-parse HEAD`, or null without git (an unpacked sources archive). */
  head: string | null;
  /** `git status --porcelain --untracked-files=all`. */
  status: string;
  /** Per package: its file name, the checksum of the zip on disk (null: none) and of its unpacked build zipped. */
  packages: { name: string; zipSha: string | null; buildSha: string | null }[];
}

export type Freshness = { fresh: true; commit: string } | { fresh: false; why: string };

export function releasedPackagesFresh(input: FreshInput): Freshness {
  if (input.sums === null) return { fresh: false, why: 'no release was made here' };
  const commit = /^# ClaimLens \S+, commit ([0-9a-f]{40}),/m.exec(input.sums)?.[1];
  if (!commit || !input.head || commit !== input.head.trim())
    return { fresh: false, why: 'the release was made from another commit' };
  if (input.status.trim() !== '') return { fresh: false, why: 'the tree has changes' };
  const released = new Map(
    input.sums
      .split('\n')
      .map((l) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[2], m[1]] as const),
  );
  for (const p of input.packages) {
    const sha = released.get(p.name);
    if (!sha || p.zipSha !== sha || p.buildSha !== sha)
      return { fresh: false, why: `${p.name} is not the released package` };
  }
  return { fresh: true, commit };
}
