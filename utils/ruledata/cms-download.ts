import { z } from 'zod';
import { defineSetting } from '../stored-setting';
import { icdFiscalYear } from './types';

/**
 * "Download from CMS": this quarter's files, at the addresses CMS uses (kept in settings, since CMS
 * renames files now and then). NCCI versions follow the quarter: 2024 Q2 = v30.1, 2026 Q3 = v32.2 —
 * (year − 1994).(quarter − 1). The ICD-10-CM file is the one of the fiscal year of today's date (claims
 * from 2026-10-01 need FY2027). The MCD coverage articles come from downloads.cms.gov.
 * Each file (the four PTP parts together) is downloaded and imported on its own: one file CMS renamed
 * is reported by name while the others still import.
 */
export const CMS_HOSTS = ['www.cms.gov', 'downloads.cms.gov'] as const;
export const CMS_HOST = CMS_HOSTS[0];
export const CMS_ORIGIN_PATTERNS = CMS_HOSTS.map((h) => `https://${h}/*`);
export const MCD_ARTICLES_URL =
  'https://downloads.cms.gov/medicare-coverage-database/downloads/exports/current_article.zip';

export const CmsUrls = z
  .array(z.url({ protocol: /^https$/, hostname: /^(www|downloads)\.cms\.gov$/ }))
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
    `${base}/medicare-ncci-${year}-q${quarter}-add-code-edits.zip`,
    `${base}/rvu${String(year).slice(2)}${rvuLetter}.zip`,
    `${base}/${month}-${year}-alpha-numeric-hcpcs-file.zip`,
    `${base}/${icdFiscalYear(today).slice(2)}-code-descriptions-tabular-order.zip`,
    MCD_ARTICLES_URL,
  ];
}

/** One thing to download and import on its own: a file, or the four parts of a PTP release. */
export interface CmsDownloadItem {
  label: string;
  urls: string[];
}

const fileName = (url: string) =>
  decodeURIComponent(new URL(url).pathname.split('/').pop() ?? 'download.zip');

/** What a file is, in the biller's words, from its address. */
export function describeCmsUrl(url: string): string {
  const name = fileName(url).toLowerCase();
  if (/ccipra|ccioph/.test(name))
    return `NCCI PTP ${name.includes('ccioph') ? 'outpatient hospital' : 'practitioner'}`;
  if (name.includes('mue')) return 'NCCI MUE table';
  if (/add-?on|add-code|aoc/.test(name)) return 'NCCI add-on code edits';
  if (/^rvu\d\d/.test(name)) return 'PFS relative value file';
  if (name.includes('hcpcs')) return 'HCPCS Level II';
  const fy = /(\d{4})-code-descriptions|icd-?10-?cm.*?(\d{4})/.exec(name);
  if (fy) return `ICD-10-CM FY${fy[1] ?? fy[2]}`;
  if (name.includes('current_article')) return 'MCD coverage articles';
  return fileName(url);
}

/** The PTP parts of one release stay together (a release is only usable whole); every other file alone. */
export function downloadItems(urls: string[]): CmsDownloadItem[] {
  const items: CmsDownloadItem[] = [];
  const parts = new Map<string, CmsDownloadItem>();
  for (const url of urls) {
    const part = /^(.*cci(?:pra|oph)-v\d+r\d+)-f[1-4]\.zip$/i.exec(fileName(url));
    if (part) {
      const known = parts.get(part[1]!);
      if (known) {
        known.urls.push(url);
        continue;
      }
      const item = { label: describeCmsUrl(url), urls: [url] };
      parts.set(part[1]!, item);
      items.push(item);
      continue;
    }
    items.push({ label: describeCmsUrl(url), urls: [url] });
  }
  return items;
}

export interface Downloaded {
  name: string;
  bytes: Uint8Array;
}

/** Fetches an item's files; a failure says which file and why. */
export async function downloadItem(
  item: CmsDownloadItem,
  fetchFn: typeof fetch,
  signal?: AbortSignal,
): Promise<{ ok: true; files: Downloaded[] } | { ok: false; message: string }> {
  const files: Downloaded[] = [];
  for (const url of item.urls) {
    let response: Response;
    try {
      response = await fetchFn(url, { signal, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      if (signal?.aborted) return { ok: false, message: 'Download cancelled: nothing was imported from it.' };
      return {
        ok: false,
        message: `Could not reach ${url} (${error instanceof Error ? error.message : 'network error'}). Nothing was imported from it; the other files were not affected.`,
      };
    }
    if (!response.ok) {
      return {
        ok: false,
        message: `CMS answered ${response.status} for ${fileName(url)} (${url}): CMS may have renamed or moved it. Download it from cms.gov yourself and drop it above; the other files were not affected.`,
      };
    }
    files.push({ name: fileName(url), bytes: new Uint8Array(await response.arrayBuffer()) });
  }
  return { ok: true, files };
}
