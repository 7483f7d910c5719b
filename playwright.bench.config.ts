// `npm run bench` (renderer part): measurements in Chromium, run by Playwright but kept out
// of the test suite. Figures are printed, never asserted.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.bench.ts',
  outputDir: 'test-results/bench',
  workers: 1,
  timeout: 300_000,
  reporter: 'list',
});
