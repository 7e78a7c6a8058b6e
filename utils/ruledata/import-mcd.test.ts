import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fixtures/cms/load';
import { mcdZip } from '../../tests/fixtures/mcd/write';
import { importFiles } from './import';
import { createRuleStore } from './store';

describe('scratch', () => {
  it('imports', async () => {
    const db = freshDb();
    const reports = await importFiles(db, [{ name: 'current_article.zip', bytes: mcdZip() }]);
    console.log(JSON.stringify(reports, null, 1).slice(0, 1500));
    const store = createRuleStore(db);
    const data = await store.load({
      codes: ['93306', '95910'],
      diagnoses: ['I219', 'E119', 'Z0000', 'G5601'],
      modifiers: [],
      datesOfService: ['2026-01-01'],
      setting: 'practitioner',
      placesOfService: [],
    });
    console.log(JSON.stringify(data.mcd, null, 1));
    expect(reports[0]?.status).toBe('imported');
  });
});
