// Starts the real built app with Playwright's _electron, in a throw-away profile, for
// machines that have an Electron binary (VARIORUM_E2E=electron).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from '@playwright/test';
import type { LaunchOptions, VariorumApp } from './types';

const ROOT = path.resolve(__dirname, '../..');

export async function launchElectronApp(options: LaunchOptions): Promise<VariorumApp> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'variorum-profile-'));
  const app = await electron.launch({
    args: [path.join(ROOT, 'out/main/index.js'), `--open=${options.folder}`],
    env: { ...process.env, VARIORUM_PROFILE_DIR: profile },
  });
  const page = await app.firstWindow();
  if (options.viewport) await page.setViewportSize(options.viewport);

  const chooseFolderNext = async (folder: string | null): Promise<void> => {
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (async () =>
        chosen
          ? { canceled: false, filePaths: [chosen] }
          : { canceled: true, filePaths: [] }) as typeof dialog.showOpenDialog;
    }, folder);
  };

  const answerOpenDialog = chooseFolderNext;
  return {
    page,
    kind: 'electron',
    chooseFolderNext,
    saveNextTo: async (file) => {
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showSaveDialog = (async () =>
          chosen
            ? { canceled: false, filePath: chosen }
            : { canceled: true, filePath: '' }) as typeof dialog.showSaveDialog;
      }, file);
    },
    importNextFrom: answerOpenDialog,
    openFolderFromMenu: async (folder) => {
      await chooseFolderNext(folder);
      await app.evaluate(({ Menu }) => {
        const item = Menu.getApplicationMenu()
          ?.items.flatMap((top) => top.submenu?.items ?? [])
          .find((entry) => entry.label === 'Open Folder…');
        if (!item) throw new Error('No Open Folder… menu item');
        item.click();
      });
    },
    close: async () => {
      await app.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
