import { describe, expect, it } from 'vitest';
import { pendingFor, RETEACH_FOR_MS, reteachAddress, reteachOpenedText } from './reteach';

const host = 'portal.summit-health.example';

describe('re-teach from the options page', () => {
  it('opens a concrete taught path as it is', () => {
    expect(reteachAddress({ host, path: '/claims/status' })).toEqual({
      url: `https://${host}/claims/status`,
      exact: true,
    });
  });

  it('opens the site’s start page for a pattern, or for a path with a number that could be a patient’s', () => {
    expect(reteachAddress({ host, path: '/app/claims/encounter/*' })).toEqual({
      url: `https://${host}/`,
      exact: false,
    });
    expect(reteachAddress({ host, path: '/members/W123456789/eligibility' }).url).toBe(`https://${host}/`);
    expect(reteachOpenedText({ host, path: '/app/claims/encounter/*' }, false)).toBe(
      `Opened ${host} in a new tab. Go to a page of /app/claims/encounter/* there (sign in first if asked): the side panel starts teaching it when you arrive.`,
    );
  });

  it('the marker holds for its own tab only, and only for a while', () => {
    const mark = { tabId: 7, key: `${host}/claims/*#claim-detail`, at: 1_000_000 };
    expect(pendingFor(mark, 7, 1_000_000 + 60_000)).toEqual(mark);
    expect(pendingFor(mark, 8, 1_000_000)).toBeNull();
    expect(pendingFor(mark, 7, 1_000_000 + RETEACH_FOR_MS + 1)).toBeNull();
    expect(pendingFor({ ...mark, extra: 1 }, 7, 1_000_000)).toBeNull();
    expect(pendingFor('junk', 7)).toBeNull();
  });
});
