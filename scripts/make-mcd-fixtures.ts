/**
 * Writes tests/fixtures/mcd/current_article.zip: the synthetic coverage articles of
 * tests/fixtures/mcd/spec.ts in the layout of the Medicare Coverage Database "current article"
 * download (see tests/fixtures/mcd/write.ts). The rule tests read the same content in memory.
 *
 *   npx tsx scripts/make-mcd-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mcdZip } from '../tests/fixtures/mcd/write';

const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'mcd', 'current_article.zip');
writeFileSync(out, mcdZip());
console.log(`wrote ${out}`);
