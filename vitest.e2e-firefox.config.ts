import { defineConfig } from 'vitest/config';

// Real Firefox (firefox-esr) with the built add-on, driven by puppeteer-core over WebDriver BiDi; one
// file at a time (each launches a browser). Build first: npm run build:firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
