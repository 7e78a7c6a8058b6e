import { expect, test } from 'vitest';
import { createSnapshotSender } from './snapshot-sender';

/** A background that fails the first `failures` sends, and a clock the test advances by hand. */
function harness(failures: number) {
  const sent: string[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  let left = failures;
  const sender = createSnapshotSender<{ claim: string }>({
    send: (v) => {
      sent.push(v.claim);
      return left-- > 0 ? Promise.reject(new Error('message channel closed')) : Promise.resolve();
    },
    later: (run, ms) => timers.push({ at: now + ms, run }),
  });
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { sender, sent, advance, pending: () => timers.length };
}

test('an unchanged page is sent once', async () => {
  const h = harness(0);
  h.sender.offer({ claim: 'A' });
  h.sender.offer({ claim: 'A' });
  await h.advance(0);
  expect(h.sent).toEqual(['A']);
});

test('when the background stops in the middle of the check, the same reading is sent again', async () => {
  const h = harness(1);
  h.sender.offer({ claim: 'A' });
  await h.advance(0);
  expect(h.sent).toEqual(['A']);
  await h.advance(1000);
  expect(h.sent).toEqual(['A', 'A']);
  await h.advance(60_000);
  expect(h.sent).toEqual(['A', 'A']); // confirmed: no more tries
  h.sender.offer({ claim: 'A' });
  expect(h.sent).toEqual(['A', 'A']);
});

test('a background gone for good costs three more tries, then the next change is sent afresh', async () => {
  const h = harness(Number.POSITIVE_INFINITY);
  h.sender.offer({ claim: 'A' });
  for (const ms of [0, 1000, 3000, 9000, 60_000]) await h.advance(ms);
  expect(h.sent).toEqual(['A', 'A', 'A', 'A']);
  expect(h.pending()).toBe(0);
  h.sender.offer({ claim: 'A' });
  await h.advance(0);
  expect(h.sent).toHaveLength(5);
});

test('a retry of an older reading is dropped once the page has changed', async () => {
  const h = harness(1);
  h.sender.offer({ claim: 'A' });
  await h.advance(0);
  h.sender.offer({ claim: 'B' });
  await h.advance(10_000);
  expect(h.sent).toEqual(['A', 'B']);
});

test('"Re-read" sends the unchanged reading again', async () => {
  const h = harness(0);
  h.sender.offer({ claim: 'A' });
  h.sender.forget();
  h.sender.offer({ claim: 'A' });
  await h.advance(0);
  expect(h.sent).toEqual(['A', 'A']);
});

test('a send that throws at once is retried like one that fails later, and never throws out', async () => {
  const sent: number[] = [];
  const timers: (() => void)[] = [];
  const sender = createSnapshotSender<number>({
    send: (v) => {
      sent.push(v);
      throw new Error('Extension context invalidated.');
    },
    later: (run) => timers.push(run),
  });
  expect(() => sender.offer(1)).not.toThrow();
  await new Promise((r) => setTimeout(r, 0));
  expect(timers).toHaveLength(1);
  timers.shift()?.();
  await new Promise((r) => setTimeout(r, 0));
  expect(sent).toEqual([1, 1]);
});
