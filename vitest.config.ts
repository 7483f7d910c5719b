// Unit tests run in plain Node: a renderer test that needs a document says so at its top
// (`// @vitest-environment jsdom`), since starting jsdom costs about 0.7 s a file.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest leaves one core to its own process by default, which on a two-core machine means
    // one test file at a time; that process mostly waits, so every core runs a file.
    maxWorkers: availableParallelism(),
    // No unit test measures time, and the property tests are seconds of CPU: on a shared, busy
    // machine Vitest's 5 s default failed them for being slow, not wrong.
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['main/**/*.test.ts', 'preload/**/*.test.ts'],
          // Builds out/ if it is missing or stale, once, before any test file reads it.
          globalSetup: ['main/testing/fresh-build.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'node',
          include: ['renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
