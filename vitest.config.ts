import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    // Every core (Vitest keeps one free by default: on a 2-core CI machine that is one worker, and the
    // suite took 292 s instead of 175 s; the main process mostly waits while the workers run).
    maxWorkers: availableParallelism(),
    // The 10,000-page reader fuzz parses a lot of HTML in happy-dom: give the workers room.
    execArgv: ['--max-old-space-size=4096'],
  },
});
