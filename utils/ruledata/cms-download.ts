import { z } from 'zod';
import { defineSetting } from '../stored-setting';

/**
 * "Download from CMS": the files of the current quarter, at the addresses CMS uses (editable in the
 * options page, since CMS renames pages now and then). NCCI versions follow the quarter:
 * 2024 Q2 = v30.1, 2026 Q3 = v32.2 — (year − 1994).(quarter − 1).
 */
export const CMS_HOST = 'www.cms.gov';
export const CMS_ORIGIN_PATTERN = `https://${CMS_HOST}/*`;

export const CmsUrls = z
  .array(z.url({ protocol: /^https$/, hostname: /^www\.cms\.gov$/ }))
  .min(1)
  .max(20);

/** The download addresses, when the biller (or a test) stored their own; none = defaultCmsUrls. Version 1. */
export const CMS_URLS = defineSetting('settings:cmsUrls', CmsUrls.optional(), 1);

export function defaultCmsUrls(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const v = `v${year - 1994}${quarter - 1}r0`;
  const q = `${year}q${quarter}`;
  const month = ['january', 'april', 'july', 'october'][quarter - 1];
  const rvuLetter = ['a', 'b', 'c', 'd'][quarter - 1];
  const base = `https://${CMS_HOST}/files/zip`;
  return [
    ...[1, 2, 3, 4].map((f) => `${base}/medicare-ncci-${q}-practitioner-ptp-edits-ccipra-${v}-f${f}.zip`),
    `${base}/medicare-ncci-${year}-q${quarter}-practitioner-services-mue-table.zip`,
    `${base}/rvu${String(year).slice(2)}${rvuLetter}.zip`,
    `${base}/${month}-${year}-alpha-numeric-hcpcs-file.zip`,
  ];
}

export interface Downloaded {
  name: string;
  bytes: Uint8Array;
}

/** Fetches each file in turn; a failed file says which and why, and nothing is imported from a partial set. */
export async function downloadCmsFiles(
  urls: string[],
  fetchFn: typeof fetch,
  onFile: (index: number, url: string) => void = () => undefined,
  signal?: AbortSignal,
): Promise<{ ok: true; files: Downloaded[] } | { ok: false; message: string }> {
  const files: Downloaded[] = [];
  for (const [i, url] of urls.entries()) {
    onFile(i, url);
    let response: Response;
    try {
      response = await fetchFn(url, { signal, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      if (signal?.aborted) return { ok: false, message: 'Download cancelled: nothing was imported.' };
      return {
        ok: false,
        message: `Could not reach ${url} (${error instanceof Error ? error.message : 'network error'}). Nothing was imported.`,
      };
    }
    if (!response.ok) {
      return {
        ok: false,
        message: `CMS answered ${response.status} for ${url}: check the address in the download settings. Nothing was imported.`,
      };
    }
    files.push({
      name: decodeURIComponent(new URL(url).pathname.split('/').pop() ?? 'download.zip'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    });
  }
  return { ok: true, files };
}
