// What a journey gets, whichever way the app was started (Chromium harness or Electron).

import type { Page } from '@playwright/test';

export interface LaunchOptions {
  /** The folder the app opens at start (as `--open DIR` would). */
  folder: string;
  viewport?: { width: number; height: number };
  /**
   * Chromium harness only: preview even small folders (`above` articles, after `afterMs`) and
   * hold each full overview run back by `holdFullRunMs`, so a journey can see the preview.
   */
  overviewTiming?: { above: number; afterMs: number; holdFullRunMs: number };
}

export interface VariorumApp {
  page: Page;
  kind: 'chromium' | 'electron';
  /** The next "Open folder…" dialog answers with this folder (null: the user cancels). */
  chooseFolderNext: (folder: string | null) => Promise<void>;
  /** The next save dialog (an export) answers with this path (null: the user cancels). */
  saveNextTo: (file: string | null) => Promise<void>;
  /** The next "Import…" dialog answers with this file (null: the user cancels). */
  importNextFrom: (file: string | null) => Promise<void>;
  /** What main asked the system shell to do (reveal, open with the default app), in order. */
  shellCalls: () => Promise<Array<{ call: 'showItemInFolder' | 'openPath'; file: string }>>;
  /** Opens a folder through File › Open Folder… in the menu, the dialog answering `folder`. */
  openFolderFromMenu: (folder: string) => Promise<void>;
  close: () => Promise<void>;
}
