import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension; one file at a time (each launches a browser).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
