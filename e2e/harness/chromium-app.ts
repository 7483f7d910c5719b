// Runs the built renderer in a real Chromium with the real main-side handlers in the test
// process: the bridge is preload's createBridge, requests pass through main/ipc/'s dispatch
// gate, and the folder dialog is an injected stub. Used where no Electron binary exists.
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { methodNames, methodChannel } from '../../preload/contract';
import { CompareRunner } from '../../main/compare/compare-runner';
import { CorpusRunner } from '../../main/corpus/corpus-runner';
import { OverviewService } from '../../main/corpus/overview-service';
import { CollateRunner } from '../../main/collate/collate-runner';
import { PrepareRunner } from '../../main/library/prepare-runner';
import {
  createHandlers,
  dispatch,
  eventSender,
  folderOpener,
  type Handlers,
  type Services,
} from '../../main/ipc/index';
import { FolderIdentities } from '../../main/app/folder-identity';
import { RecentFolders } from '../../main/app/recent-folders';
import { Library } from '../../main/library/library';
import { rendererFile, rendererHeaders } from '../../main/app/window-policy';
import type { LaunchOptions, VariorumApp } from './types';

const ORIGIN = 'http://variorum.localhost';
const ROOT = path.resolve(__dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'out/renderer');
/** Where the page fetches an event's payload (see page-bridge.ts). */
const EVENT_PATH = '/__variorum-event/';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

let bridgeScript: Promise<string> | undefined;
function pageBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(__dirname, 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeScript;
}

function overviewService(
  runner: CorpusRunner,
  library: Library,
  timing: LaunchOptions['overviewTiming'],
): OverviewService {
  if (!timing)
    return new OverviewService(library, (docs, minWords, runOptions) =>
      runner.run(docs, minWords, runOptions),
    );
  const hold = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  return new OverviewService(
    library,
    async (docs, minWords, runOptions) => {
      if (!runOptions.preview) await hold(timing.holdFullRunMs);
      return runner.run(docs, minWords, runOptions);
    },
    { above: timing.above, afterMs: timing.afterMs, maxArticles: Infinity },
  );
}

/** Starts Chromium for the harness (a journey file's worker shares one: see e2e/fixtures.ts). */
export async function launchHarnessBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  // Only whether it is there: Playwright's own Chromium is used where Debian's is not.
  const found = await access(executablePath, constants.X_OK)
    .then(() => true)
    .catch(() => false);
  return chromium.launch({ executablePath: found ? executablePath : undefined, args: CHROMIUM_FLAGS });
}

const DEFAULT_VIEWPORT = { width: 1440, height: 900 };

interface HarnessWindow {
  context: BrowserContext;
  page: Page;
}

/**
 * Windows for the apps of one browser: each a fresh context (no storage, cookies or IndexedDB
 * from another journey) and its blank page. The next one is made while the journey that took
 * this one runs, so a launch does not wait a context's and a renderer's start.
 */
export class HarnessWindows {
  private next: Promise<HarnessWindow> | null = null;

  constructor(private readonly browser: Browser) {}

  take(): Promise<HarnessWindow> {
    const ready = this.next ?? this.open();
    this.next = this.open();
    return ready;
  }

  private async open(): Promise<HarnessWindow> {
    const context = await this.browser.newContext({ viewport: DEFAULT_VIEWPORT });
    return { context, page: await context.newPage() };
  }

  /** Closes the window made in advance, then the browser. */
  async close(): Promise<void> {
    const spare = await this.next?.catch(() => null);
    await spare?.context.close();
    await this.browser.close();
  }
}

/**
 * `shared`: the windows to open this app in, left running on close; without them, a browser
 * is started and closed with the app.
 */
export async function launchChromiumApp(
  options: LaunchOptions,
  shared?: HarnessWindows,
): Promise<VariorumApp> {
  const windows = shared ?? new HarnessWindows(await launchHarnessBrowser());
  const { context, page } = await windows.take();
  if (options.viewport) await page.setViewportSize(options.viewport);

  let nextFolderChoice: string | null = null;
  let nextSavePath: string | null = null;
  let nextImportFile: string | null = null;
  const shellCalls: Array<{ call: 'showItemInFolder' | 'openPath'; file: string }> = [];
  // Events reach the page exactly as webContents.send would deliver them: payload only, in
  // order. The page is told an event's number and fetches its payload (JSON: the contract's
  // payloads are plain data), which costs the page about what Electron's structured clone
  // does. A payload passed through page.evaluate is decoded on the page's main thread by the
  // DevTools protocol, hundreds of milliseconds for a big folder's list, which the journeys
  // would measure as the app's own slowness.
  const eventPayloads = new Map<number, string>();
  let nextEvent = 0;
  const emit = eventSender((channel, payload) => {
    const event = nextEvent++;
    eventPayloads.set(event, JSON.stringify(payload));
    void page
      .evaluate(
        ([eventChannelName, eventNumber]) =>
          (globalThis as unknown as { __variorumEmit: (c: string, n: number) => void }).__variorumEmit(
            eventChannelName,
            eventNumber,
          ),
        [channel, event] as const,
      )
      .catch(() => eventPayloads.delete(event));
  });
  // The folder is watched as in the app; recent folders go to a throw-away profile.
  // Pages and Markdown are prepared in the built worker threads, with their time budget.
  const library = new Library({
    onChange: (snapshot) => emit('libraryChanged', snapshot),
    preparer: new PrepareRunner(path.join(ROOT, 'out/main/prepare-worker.js')),
  });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'variorum-harness-profile-'));
  const recentFolders = new RecentFolders(path.join(profile, 'recent-folders.json'));
  // Comparisons run in the real worker thread, from the built worker entry.
  const compareRunner = new CompareRunner(path.join(ROOT, 'out/main/compare-worker.js'));
  const corpusRunner = new CorpusRunner(path.join(ROOT, 'out/main/corpus-worker.js'));
  const collateRunner = new CollateRunner(path.join(ROOT, 'out/main/collate-worker.js'));
  const services: Services = {
    library,
    chooseFolder: async () => nextFolderChoice,
    chooseSavePath: async () => nextSavePath,
    chooseImportFile: async () => nextImportFile,
    backupsDir: path.join(profile, 'backups'),
    folderIdentities: new FolderIdentities(path.join(profile, 'folder-identities.json')),
    recentFolders,
    runComparison: (request, runOptions) => compareRunner.run(request, runOptions),
    overview: overviewService(corpusRunner, library, options.overviewTiming),
    // What shell would be asked to do, recorded for the journeys instead of done.
    showItemInFolder: (file) => void shellCalls.push({ call: 'showItemInFolder', file }),
    openPath: async (file) => {
      shellCalls.push({ call: 'openPath', file });
      return '';
    },
    // Chromium's own print to PDF, with the print style sheet, as webContents.printToPDF does.
    printToPdf: async () => {
      await page.emulateMedia({ media: 'print' });
      try {
        return await page.pdf({ format: 'A4' });
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    },
    runCollation: (request, runOptions) => collateRunner.run(request, runOptions),
  };
  const handlers: Handlers = createHandlers(services, emit);
  await folderOpener(services, emit)(options.folder);

  await page.exposeBinding('__variorumInvoke', async (source, channel: string, args: unknown[]) => {
    const method = methodNames.find((name) => methodChannel(name) === channel);
    if (!method) throw new Error(`Unknown channel ${channel}`);
    const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() };
    return dispatch(handlers, ORIGIN, method, sender, args);
  });
  await page.addInitScript({ content: await pageBridgeScript() });

  await context.route(`${ORIGIN}/**`, async (route) => {
    // The same file rules and headers as the app's app:// handler (main/app/window-policy.ts).
    const file = rendererFile(RENDERER_DIR, new URL(route.request().url()).pathname);
    if (!file) return route.fulfill({ status: 404 });
    try {
      await route.fulfill({ status: 200, body: await readFile(file), headers: rendererHeaders(file) });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  // Registered after the files' route, so it is asked first (see the emit above).
  await context.route(`${ORIGIN}${EVENT_PATH}*`, async (route) => {
    const event = Number(new URL(route.request().url()).pathname.slice(EVENT_PATH.length));
    const body = eventPayloads.get(event);
    eventPayloads.delete(event);
    if (body === undefined) return route.fulfill({ status: 404 });
    await route.fulfill({ status: 200, body, contentType: 'application/json' });
  });
  // Anything else the page tries to load (remote images, fonts, scripts) never leaves.
  await context.route(/^(?!http:\/\/variorum\.localhost\/)/, (route) => route.abort('blockedbyclient'));

  await page.goto(`${ORIGIN}/index.html`);

  return {
    page,
    kind: 'chromium',
    chooseFolderNext: async (folder) => {
      nextFolderChoice = folder;
    },
    saveNextTo: async (file) => {
      nextSavePath = file;
    },
    importNextFrom: async (file) => {
      nextImportFile = file;
    },
    shellCalls: async () => [...shellCalls],
    openFolderFromMenu: async (folder) => {
      // What the File › Open Folder… menu item does in main/app/index.ts.
      nextFolderChoice = folder;
      await handlers.openFolderDialog();
    },
    close: async () => {
      library.close();
      await compareRunner.dispose();
      await corpusRunner.dispose();
      await context.close();
      if (!shared) await windows.close();
      // A write the last request started (recent folders, folder identities) may still be
      // landing in the profile: retry rather than fail on a folder that is not empty yet.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
