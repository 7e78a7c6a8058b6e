import { expect, test } from 'vitest';
import { parseDemoArgs } from '../../scripts/lib/demo-args';

test('no options: the first browser found, with a window, after a build', () => {
  expect(parseDemoArgs([])).toEqual({ ok: true, args: { headless: false, json: false, build: true } });
});

test('--browser takes chrome, chromium, edge or firefox, as a separate word or after =', () => {
  for (const b of ['chrome', 'chromium', 'edge', 'firefox'] as const) {
    expect(parseDemoArgs(['--browser', b])).toMatchObject({ ok: true, args: { browser: b } });
    expect(parseDemoArgs([`--browser=${b}`])).toMatchObject({ ok: true, args: { browser: b } });
  }
  expect(parseDemoArgs(['--browser', 'Edge'])).toMatchObject({ ok: true, args: { browser: 'edge' } });
});

test('a browser it does not know, or none, says which it knows', () => {
  expect(parseDemoArgs(['--browser', 'safari'])).toEqual({
    ok: false,
    message: '--browser must be one of chrome, chromium, edge, firefox (got safari).',
  });
  expect(parseDemoArgs(['--browser'])).toMatchObject({
    ok: false,
    message: expect.stringContaining('got nothing'),
  });
});

test('--json implies --headless; --no-build keeps the last build', () => {
  expect(parseDemoArgs(['--json', '--no-build', '--browser', 'chromium'])).toEqual({
    ok: true,
    args: { headless: true, json: true, build: false, browser: 'chromium' },
  });
});

test('an unknown option is refused with the usage, never ignored', () => {
  const parsed = parseDemoArgs(['--headles']);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) {
    expect(parsed.message).toContain('unknown option --headles');
    expect(parsed.message).toContain('usage: npm run demo --');
  }
});

test('--store-screenshots runs without a window, in Chromium only', () => {
  expect(parseDemoArgs(['--store-screenshots'])).toEqual({
    ok: true,
    args: { headless: true, json: false, build: true, storeScreenshots: true },
  });
  const firefox = parseDemoArgs(['--store-screenshots', '--browser', 'firefox']);
  expect(firefox.ok).toBe(false);
  if (!firefox.ok) expect(firefox.message).toMatch(/Chromium/);
});
