// Journey fixtures: `launch` starts Variorum (Electron when VARIORUM_E2E=electron, else the
// Chromium harness) and closes it afterwards; `makeFolder` writes a throw-away folder.
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { HarnessWindows, launchChromiumApp, launchHarnessBrowser } from './harness/chromium-app';
import { launchElectronApp } from './harness/electron-app';
import type { LaunchOptions, VariorumApp } from './harness/types';

export const SAMPLES = path.resolve(__dirname, '../resources/samples');
export const SCREENSHOTS = path.resolve(__dirname, '../test-results/screenshots');

/** File contents by relative path; `{ symlinkTo }` makes a symbolic link instead. */
export type FolderSpec = Record<string, string | Buffer | { symlinkTo: string }>;

interface Fixtures {
  launch: (options?: Partial<LaunchOptions>) => Promise<VariorumApp>;
  makeFolder: (spec: FolderSpec) => Promise<string>;
}
interface WorkerFixtures {
  /** One Chromium per worker, started on first use: each app gets a fresh context in it, so
   *  journeys share no storage but do not each pay for starting a browser. */
  harnessWindows: () => Promise<HarnessWindows>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  harnessWindows: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      let started: Promise<HarnessWindows> | undefined;
      await use(() => (started ??= launchHarnessBrowser().then((browser) => new HarnessWindows(browser))));
      if (started) await (await started).close();
    },
    { scope: 'worker' },
  ],
  launch: async ({ harnessWindows }, use) => {
    const apps: VariorumApp[] = [];
    await use(async (options = {}) => {
      const launchOptions: LaunchOptions = { folder: SAMPLES, ...options };
      const app =
        process.env['VARIORUM_E2E'] === 'electron'
          ? await launchElectronApp(launchOptions)
          : await launchChromiumApp(launchOptions, await harnessWindows());
      apps.push(app);
      return app;
    });
    await Promise.all(apps.map((app) => app.close()));
  },
  // eslint-disable-next-line no-empty-pattern
  makeFolder: async ({}, use) => {
    const folders: string[] = [];
    await use(async (spec) => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-e2e-'));
      folders.push(folder);
      for (const [relative, content] of Object.entries(spec)) {
        const file = path.join(folder, relative);
        await mkdir(path.dirname(file), { recursive: true });
        if (typeof content === 'object' && 'symlinkTo' in content) await symlink(content.symlinkTo, file);
        else await writeFile(file, content);
      }
      return folder;
    });
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  },
});

export { expect } from '@playwright/test';
