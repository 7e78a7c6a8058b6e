/**
 * The way back to the portal page a denial was seen on, stored without anything that identifies the
 * patient. Portal addresses carry search state in their query (and, in single-page apps, in the
 * fragment after `#…?`): a claim number is what leads back to the claim, but a member id, a name or a
 * birth date may sit beside it. Only parameters whose NAME is on the list below are kept, and only
 * when their VALUE (decoded) looks like an id or a word of navigation (letters, digits, . _ - /; at most 64
 * characters) and not like a Medicare id. Everything else is dropped, as are user names and passwords
 * in the address. The path is kept up to a segment naming a person (members, patients…) or shaped
 * like a Medicare id: portal paths name the app and the page, rarely the patient.
 */
const KEPT_PARAMETERS = new Set(
  [
    'claimnumber',
    'claimno',
    'claimid',
    'claim',
    'claimcontrolnumber',
    'payerclaimcontrolnumber',
    'icn',
    'dcn',
    'tcn',
    'ccn',
    'checknumber',
    'eftnumber',
    'payerid',
    'activetab',
    'tab',
    'mode',
    'goto',
    'taskaction',
    'view',
    'page',
    'appurl',
  ].map((n) => n.toLowerCase()),
);

const SAFE_VALUE = /^[A-Za-z0-9._\-/]{0,64}$/;
/** Medicare Beneficiary Identifier shape: 11 characters, the 2nd, 5th, 8th and 9th letters. */
const MBI = /^[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}$/i;

const normalisedName = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

function keptQuery(query: string): string {
  const kept: string[] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    let name: string;
    let decoded: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (!KEPT_PARAMETERS.has(normalisedName(name))) continue;
    if (!SAFE_VALUE.test(decoded) || MBI.test(decoded)) continue;
    kept.push(eq < 0 ? rawName : `${rawName}=${value}`);
  }
  return kept.join('&');
}

/** "route?query" → the route with only the kept parameters. */
function keptRoute(route: string): string {
  const q = route.indexOf('?');
  if (q < 0) return route;
  const query = keptQuery(route.slice(q + 1));
  return query ? `${route.slice(0, q)}?${query}` : route.slice(0, q);
}

const PERSON_SEGMENT = /^(members?|patients?|subscribers?|insureds?|beneficiar(y|ies)|persons?|mbi|dob)$/i;

/** The path up to a segment that names a person (…/members/W123…) or looks like a Medicare id. */
function keptPath(pathname: string): string {
  const segments = pathname.split('/');
  const kept: string[] = [];
  for (const segment of segments) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      break;
    }
    if (MBI.test(decoded)) break;
    kept.push(segment);
    if (PERSON_SEGMENT.test(decoded)) break;
  }
  return kept.join('/') || '/';
}

/** The page's address safe to store, or null when it is not an https address. */
export function portalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const query = keptQuery(parsed.search.slice(1));
  const hash = parsed.hash ? keptRoute(parsed.hash.slice(1)) : '';
  const path = keptPath(parsed.pathname);
  const link = `https://${parsed.host}${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  return link.length <= 2048 ? link : `https://${parsed.host}${path}`.slice(0, 2048);
}
