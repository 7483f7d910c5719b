// End-to-end journeys against the built app (see e2e/fixtures.ts for how it is started).
import { defineConfig } from '@playwright/test';

/** The journey that measures the page's long tasks, run after the others: by then nothing else
 *  on the machine (.ci/run's lint and type-checks, which start beside the tests) shares its
 *  cores while it measures. */
const MEASURED_LAST = 'big-folder.spec.ts';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env['CI']),
  projects: [
    { name: 'journeys', testIgnore: `**/${MEASURED_LAST}` },
    // With one worker Playwright runs the projects in this order. (A dependency on 'journeys'
    // would say so outright, but would also run every journey before it when only this file is
    // asked for.)
    { name: 'measured last', testMatch: `**/${MEASURED_LAST}` },
  ],
});
