import { expect, test } from 'vitest';
import { hostToAdd, UserHost } from './user-hosts';

test('a page on an unknown https host can be added, by its host only', () => {
  expect(hostToAdd('https://claims.example-payer.org/status?id=1')).toEqual({
    host: 'claims.example-payer.org',
  });
});

test('pages that cannot be added say why', () => {
  expect(hostToAdd(undefined)).toMatchObject({ host: null, reason: /cannot see/ });
  expect(hostToAdd('http://claims.example-payer.org/')).toMatchObject({ host: null, reason: /https/ });
  expect(hostToAdd('https://essentials.availity.com/x')).toMatchObject({
    host: null,
    reason: /already supported/,
  });
  expect(hostToAdd('https://127.0.0.1/')).toMatchObject({ host: null });
  expect(hostToAdd('not a url')).toMatchObject({ host: null });
});

test('wildcards and patterns are never accepted as a host', () => {
  for (const bad of ['*.example.org', 'https://example.org', 'example', 'exa mple.org', '<all_urls>']) {
    expect(UserHost.safeParse(bad).success).toBe(false);
  }
});
