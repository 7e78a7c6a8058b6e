import { expect, test } from 'vitest';
import { CmsUrls, defaultCmsUrls, downloadCmsFiles } from './cms-download';

test('default addresses follow the quarter and the NCCI version numbering', () => {
  const urls = defaultCmsUrls('2024-05-10');
  expect(urls[0]).toBe(
    'https://www.cms.gov/files/zip/medicare-ncci-2024q2-practitioner-ptp-edits-ccipra-v301r0-f1.zip',
  );
  expect(urls).toContain('https://www.cms.gov/files/zip/rvu24b.zip');
  expect(defaultCmsUrls('2026-08-01')[3]).toContain('ccipra-v322r0-f4.zip');
  expect(CmsUrls.safeParse(urls).success).toBe(true);
});

test('only https addresses on www.cms.gov are accepted', () => {
  expect(CmsUrls.safeParse(['http://www.cms.gov/a.zip']).success).toBe(false);
  expect(CmsUrls.safeParse(['https://cms.gov.evil.example/a.zip']).success).toBe(false);
});

test('a failed file stops the download and says which', async () => {
  const fetchFn = (async (url: string) =>
    url.endsWith('b.zip')
      ? new Response('no', { status: 404 })
      : new Response(new Uint8Array([1, 2]))) as typeof fetch;
  const result = await downloadCmsFiles(['https://www.cms.gov/a.zip', 'https://www.cms.gov/b.zip'], fetchFn);
  expect(result).toEqual({
    ok: false,
    message: expect.stringContaining('404 for https://www.cms.gov/b.zip'),
  });
  const ok = await downloadCmsFiles(['https://www.cms.gov/files/zip/a.zip'], fetchFn);
  expect(ok).toMatchObject({ ok: true, files: [{ name: 'a.zip' }] });
});
