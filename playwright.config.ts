// End-to-end journeys against the built app (see e2e/fixtures.ts for how it is started).
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

/** The journey that measures the page's long tasks, run after the others and alone: by then
 *  nothing else on the machine (another journey, or .ci/run's lint and type-checks, which start
 *  beside the tests) shares its cores while it measures. */
const MEASURED_ALONE = 'big-folder.spec.ts';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  // A journey waits on the app for much of its time (with one worker, about a third of two
  // cores stays idle), so two run at once; a file's journeys stay in one worker, in order.
  fullyParallel: false,
  workers: Math.min(2, availableParallelism()),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env['CI']),
  projects: [
    { name: 'journeys', testIgnore: `**/${MEASURED_ALONE}` },
    // Only once every other journey is done. Asking for this file alone runs them too; add
    // --no-deps to run it by itself.
    { name: 'measured alone', testMatch: `**/${MEASURED_ALONE}`, dependencies: ['journeys'] },
  ],
});
