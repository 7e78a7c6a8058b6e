import { expect, test } from 'vitest';
import { CmsUrls, defaultCmsUrls, downloadItem, downloadItems, MCD_ARTICLES_URL } from './cms-download';

test('default addresses follow the quarter and the NCCI version numbering', () => {
  const urls = defaultCmsUrls('2024-05-10');
  expect(urls[0]).toBe(
    'https://www.cms.gov/files/zip/medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f1.zip',
  );
  expect(urls).toContain('https://www.cms.gov/files/zip/rvu24b.zip');
  expect(defaultCmsUrls('2026-08-01')[3]).toContain('ccipra-v322r0-f4.zip');
  expect(CmsUrls.safeParse(urls).success).toBe(true);
});

test('the ICD-10-CM file of the fiscal year of today, the add-on edits and the MCD articles are offered', () => {
  expect(defaultCmsUrls('2026-09-30')).toContain(
    'https://www.cms.gov/files/zip/2026-code-descriptions-tabular-order.zip',
  );
  // Claims from 2026-10-01 need FY2027 (the bundled list is FY2026).
  expect(defaultCmsUrls('2026-10-01')).toContain(
    'https://www.cms.gov/files/zip/2027-code-descriptions-tabular-order.zip',
  );
  expect(defaultCmsUrls('2026-10-01')).toContain(
    'https://www.cms.gov/files/zip/medicare-ncci-2026-q4-add-code-edits.zip',
  );
  expect(defaultCmsUrls('2026-10-01')).toContain(MCD_ARTICLES_URL);
  expect(MCD_ARTICLES_URL.startsWith('https://downloads.cms.gov/')).toBe(true);
});

test('each file is its own download, the four PTP parts one, each named for the biller', () => {
  expect(downloadItems(defaultCmsUrls('2026-10-01')).map((i) => [i.label, i.urls.length])).toEqual([
    ['NCCI PTP practitioner', 4],
    ['NCCI MUE table', 1],
    ['NCCI add-on code edits', 1],
    ['PFS relative value file', 1],
    ['HCPCS Level II', 1],
    ['ICD-10-CM FY2027', 1],
    ['MCD coverage articles', 1],
  ]);
});

test('only https addresses on www.cms.gov and downloads.cms.gov are accepted', () => {
  expect(CmsUrls.safeParse(['http://www.cms.gov/a.zip']).success).toBe(false);
  expect(CmsUrls.safeParse(['https://cms.gov.evil.example/a.zip']).success).toBe(false);
  expect(CmsUrls.safeParse(['https://downloads.cms.gov.evil.example/a.zip']).success).toBe(false);
  expect(CmsUrls.safeParse([MCD_ARTICLES_URL]).success).toBe(true);
});

test('a file CMS renamed (404) is reported by name; another item still downloads', async () => {
  const fetchFn = (async (url: string) =>
    url.endsWith('b.zip')
      ? new Response('no', { status: 404 })
      : new Response(new Uint8Array([1, 2]))) as typeof fetch;
  const [a, b] = downloadItems([
    'https://www.cms.gov/files/zip/a.zip',
    'https://www.cms.gov/files/zip/b.zip',
  ]);
  expect(await downloadItem(b!, fetchFn)).toEqual({
    ok: false,
    message: expect.stringContaining(
      'CMS answered 404 for b.zip (https://www.cms.gov/files/zip/b.zip): CMS may have renamed',
    ),
  });
  expect(await downloadItem(a!, fetchFn)).toMatchObject({ ok: true, files: [{ name: 'a.zip' }] });
});
