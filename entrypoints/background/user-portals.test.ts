import { describe, expect, it } from 'vitest';
import {
  addUserPortal,
  syncUserPortalScripts,
  USER_PORTALS_SCRIPT_ID,
  type UserPortalApi,
} from './user-portals';

/** A browser with what the user granted and what is registered, recording every call. */
function fakeApi(opts: { granted?: string[]; registered?: string[] | null; scripting?: boolean } = {}) {
  const calls: string[] = [];
  let registered: string[] | null = opts.registered ?? null;
  let hosts: string[] = [];
  const api: UserPortalApi = {
    scripting:
      opts.scripting === false
        ? undefined
        : {
            async registerContentScripts(scripts) {
              const s = scripts[0] as { id: string; matches: string[]; js: string[]; allFrames: boolean };
              calls.push(
                `register ${s.id} ${s.matches.join(',')} ${s.js.join(' ')} allFrames=${s.allFrames}`,
              );
              registered = s.matches;
              return undefined;
            },
            async unregisterContentScripts(filter) {
              calls.push(`unregister ${filter.ids.join(',')}`);
              registered = null;
              return undefined;
            },
            async getRegisteredContentScripts() {
              return registered ? [{ id: USER_PORTALS_SCRIPT_ID, matches: registered }] : [];
            },
            async executeScript(injection) {
              calls.push(`execute tab ${injection.target.tabId} allFrames=${injection.target.allFrames}`);
              return [];
            },
          },
    granted: async (origin) => (opts.granted ?? []).includes(origin),
    loadHosts: async () => hosts,
    saveHosts: async (h) => {
      calls.push(`save ${h.join(',')}`);
      hosts = h;
    },
  };
  return { api, calls, registered: () => registered };
}

describe('user-added portals: the content script is registered for exactly the granted hosts', () => {
  it('registers granted hosts only, in all frames, persisting across browser restarts', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'] });
    const result = await syncUserPortalScripts(['a.example.org', 'b.example.org'], f.api);
    expect(result).toEqual({ ok: true, hosts: ['a.example.org'] });
    expect(f.calls).toEqual([
      `register ${USER_PORTALS_SCRIPT_ID} https://a.example.org/* /generic.js /content-scripts/portal.js allFrames=true`,
    ]);
  });

  it('leaves a registration that already matches alone (called at every background start)', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'], registered: ['https://a.example.org/*'] });
    await syncUserPortalScripts(['a.example.org'], f.api);
    expect(f.calls).toEqual([]);
  });

  it('drops a host the user revoked in the browser, and unregisters when none is left', async () => {
    const f = fakeApi({ granted: [], registered: ['https://a.example.org/*'] });
    expect(await syncUserPortalScripts(['a.example.org'], f.api)).toEqual({ ok: true, hosts: [] });
    expect(f.calls).toEqual([`unregister ${USER_PORTALS_SCRIPT_ID}`]);
    expect(f.registered()).toBeNull();
  });

  it('says why when the browser gives no scripting API, instead of returning silently', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'], scripting: false });
    const result = await syncUserPortalScripts(['a.example.org'], f.api);
    expect(result.ok).toBe(false);
    const added = await addUserPortal('a.example.org', 7, undefined, f.api);
    expect(added).toEqual({
      ok: false,
      message:
        'ClaimLens could not start reading a.example.org: this browser build gives ClaimLens no way to read added sites (the scripting API is missing).',
    });
  });
});

describe('"Read this site"', () => {
  it('without the grant: nothing is saved or registered', async () => {
    const f = fakeApi({ granted: [] });
    expect(await addUserPortal('a.example.org', 7, undefined, f.api)).toEqual({
      ok: false,
      message: 'ClaimLens was not allowed to read a.example.org.',
    });
    expect(f.calls).toEqual([]);
  });

  it('with the grant: saves the host, hands the new list over, registers, then reads the open tab', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'] });
    const seen: string[][] = [];
    const result = await addUserPortal('a.example.org', 7, (h) => seen.push(h), f.api);
    expect(result).toEqual({ ok: true, message: 'ClaimLens now reads a.example.org.' });
    expect(seen).toEqual([['a.example.org']]);
    expect(f.calls).toEqual([
      'save a.example.org',
      `register ${USER_PORTALS_SCRIPT_ID} https://a.example.org/* /generic.js /content-scripts/portal.js allFrames=true`,
      'execute tab 7 allFrames=true',
    ]);
  });
});

describe('overlapping syncs', () => {
  it('run one after the other (a grant event while "Read this site" registers the same host)', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'] });
    const results = await Promise.all([
      syncUserPortalScripts(['a.example.org'], f.api),
      addUserPortal('a.example.org', null, undefined, f.api),
      syncUserPortalScripts(['a.example.org'], f.api),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(f.calls.filter((c) => c.startsWith('register'))).toHaveLength(1);
  });
});

describe('"Read this site" that fails says so', () => {
  it('a registration the browser refuses is said, not "now reads"', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'] });
    f.api.scripting!.registerContentScripts = () => Promise.reject(new Error('Duplicate script ID'));
    expect(await addUserPortal('a.example.org', 7, undefined, f.api)).toEqual({
      ok: false,
      message: 'ClaimLens could not start reading a.example.org: Duplicate script ID.',
    });
  });

  it('a registered site whose open page could not be read at once asks for a reload', async () => {
    const f = fakeApi({ granted: ['https://a.example.org/*'] });
    f.api.scripting!.executeScript = () => Promise.reject(new Error('Cannot access contents of the page'));
    expect(await addUserPortal('a.example.org', 7, undefined, f.api)).toEqual({
      ok: true,
      message: 'ClaimLens now reads a.example.org. Reload the page to read it.',
    });
  });
});
