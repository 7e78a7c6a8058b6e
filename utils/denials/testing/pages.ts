import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type PageSnapshot, PageSnapshot as PageSnapshotSchema } from '../../model/snapshot';
import { expectedPath, fixture } from '../../portals/testing/load';
import type { ClaimReading } from '../classify';
import { readPage } from '../classify';
import type { SeenAt } from '../merge';

/** Test-only: the snapshot a fixture page is read as (its committed expected.json). */
export function fixtureSnapshot(id: string): PageSnapshot {
  return PageSnapshotSchema.parse(JSON.parse(readFileSync(expectedPath(fixture(id)), 'utf8')));
}

export const ERA_DIR = path.join(import.meta.dirname, '../../../tests/fixtures/era');
export const eraText = (name: string): string => readFileSync(path.join(ERA_DIR, name), 'utf8');

export function seenAt(today: string, more: Partial<SeenAt> = {}): SeenAt {
  return {
    today,
    nowIso: `${today}T09:00:00.000Z`,
    portal: 'availity',
    kind: 'claim-detail',
    link: null,
    ...more,
  };
}

/** The readings of a fixture page, each with where and when it was seen. */
export function pageReadings(id: string, today: string): { reading: ClaimReading; at: SeenAt }[] {
  const page = fixtureSnapshot(id);
  return readPage(page).map((reading) => ({
    reading,
    at: seenAt(today, { portal: page.portal, kind: page.kind, link: page.url }),
  }));
}
