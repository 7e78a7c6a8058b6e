// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createContentLifecycle, LIVENESS_CHECK_MS } from './content-lifecycle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('runs while the extension is there, whatever events the page sends', () => {
  const life = createContentLifecycle({ alive: () => true });
  const target = new EventTarget();
  const seen: string[] = [];
  life.listen(target, 'input', () => seen.push('input'));
  life.setTimeout(() => seen.push('timeout'), 100);
  life.onStop(() => seen.push('stopped'));
  // What WXT's context listened for: a page can send it, and nothing here hears it.
  document.dispatchEvent(new CustomEvent('x:portal:wxt:content-script-started', { detail: {} }));
  target.dispatchEvent(new Event('input'));
  vi.advanceTimersByTime(LIVENESS_CHECK_MS * 5);
  expect(seen).toEqual(['input', 'timeout']);
  expect(life.stopped).toBe(false);
});

test('stops once the extension is gone: cleanups run once, timers and listeners do nothing', () => {
  let alive = true;
  const life = createContentLifecycle({ alive: () => alive });
  const target = new EventTarget();
  const seen: string[] = [];
  life.listen(target, 'input', () => seen.push('input'));
  life.setTimeout(() => seen.push('late timeout'), LIVENESS_CHECK_MS * 3);
  life.setInterval(() => seen.push('tick'), LIVENESS_CHECK_MS / 2);
  life.onStop(() => seen.push('cleared badges'));
  vi.advanceTimersByTime(LIVENESS_CHECK_MS / 2);
  alive = false; // the extension was updated or removed
  vi.advanceTimersByTime(LIVENESS_CHECK_MS); // an idle page notices within one check
  expect(seen).toEqual(['tick', 'cleared badges']);
  target.dispatchEvent(new Event('input'));
  vi.advanceTimersByTime(LIVENESS_CHECK_MS * 5);
  expect(seen).toEqual(['tick', 'cleared badges']);
  expect(life.stopped).toBe(true);
  life.onStop(() => seen.push('registered after'));
  expect(seen.at(-1)).toBe('registered after');
});

test('a throwing liveness check (an invalidated context) counts as gone', () => {
  const life = createContentLifecycle({
    alive: () => {
      throw new Error('Extension context invalidated.');
    },
  });
  expect(life.stopped).toBe(true);
});
