// The Electron glue without an Electron binary: main/app/index.ts (and the built out/main/index.js,
// so build paths cannot drift) run against a recording fake of `electron`. Start-up order,
// window preferences, permissions, navigation, the app:// handler, second launches, menu
// errors and IPC registration are checked as Electron would exercise them. The build is made
// current before any test runs (main/testing/fresh-build.ts, the node tests' global setup).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventChannel, methodChannel, methodNames, type LibrarySnapshot } from '../../preload/contract';
import { createFakeElectron, type FakeElectron, type FakeWindow } from '../testing/fake-electron';
import { CONTENT_SECURITY_POLICY } from './window-policy';

const ROOT = path.resolve(__dirname, '../..');
const OUT_MAIN = path.join(ROOT, 'out/main');
const requireHere = createRequire(__filename);

/** Generous: the machine running the suite may be busy, and nothing here measures time. */
const waitFor = <T>(check: () => T): Promise<T> => vi.waitFor(check, { timeout: 20_000, interval: 10 });

type Loader = (fake: FakeElectron) => Promise<void>;

const loadSource: Loader = async (fake) => {
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('./index');
};

const loadBuilt: Loader = async (fake) => {
  for (const key of Object.keys(requireHere.cache)) {
    if (key.startsWith(OUT_MAIN)) delete requireHere.cache[key];
  }
  const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake.module : load.call(this, request, ...rest);
  };
  try {
    requireHere(path.join(OUT_MAIN, 'index.js'));
  } finally {
    moduleInternals._load = load;
  }
};

let tmp = '';
let articles = '';
const saved = { argv: process.argv, env: { ...process.env } };
let running: FakeElectron | null = null;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'variorum-glue-'));
  articles = path.join(tmp, 'work', 'articles');
  mkdirSync(articles, { recursive: true });
  writeFileSync(path.join(articles, 'a.txt'), 'The harbour reopened on Monday after the storm.\n');
  writeFileSync(path.join(articles, 'b.txt'), 'The harbour reopened on Tuesday after the long storm.\n');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

afterEach(() => {
  running?.emitApp('will-quit');
  running = null;
  process.argv = saved.argv;
  process.env = { ...saved.env };
  delete (process as { defaultApp?: boolean }).defaultApp;
  delete (process as { resourcesPath?: string }).resourcesPath;
  vi.doUnmock('electron');
});

interface LaunchOptions {
  /** Arguments after the executable, as Chromium orders them. */
  args?: string[];
  env?: Record<string, string>;
  appPath?: string;
  lockGranted?: boolean;
  /** Run as an installed app: no app path in argv, files under process.resourcesPath. */
  packagedAt?: string;
}

async function launch(loader: Loader, options: LaunchOptions = {}): Promise<FakeElectron> {
  const profile = mkdtempSync(path.join(tmp, 'profile-'));
  const fake = createFakeElectron({
    appPath: options.appPath ?? ROOT,
    defaultUserData: path.join(tmp, 'default-profile'),
    lockGranted: options.lockGranted,
    isPackaged: Boolean(options.packagedAt),
  });
  if (options.packagedAt) {
    process.argv = [path.join(options.packagedAt, 'variorum'), ...(options.args ?? [])];
    (process as { resourcesPath?: string }).resourcesPath = path.join(options.packagedAt, 'resources');
  } else {
    process.argv = ['/usr/bin/electron', ...(options.args ?? ['--no-sandbox', '.'])];
    (process as { defaultApp?: boolean }).defaultApp = true;
  }
  process.env = { ...saved.env, VARIORUM_PROFILE_DIR: profile, ...options.env };
  delete process.env['ELECTRON_RENDERER_URL'];
  delete process.env['VARIORUM_OPEN'];
  Object.assign(process.env, options.env);
  await loader(fake);
  running = fake;
  return fake;
}

const LIBRARY_CHANNEL = eventChannel('libraryChanged');

function librariesSent(window: FakeWindow): LibrarySnapshot[] {
  return window.webContents.sent
    .filter((message) => message.channel === LIBRARY_CHANNEL)
    .map((message) => message.payload as LibrarySnapshot);
}

const messageBoxes = (fake: FakeElectron): { message: string; detail: string }[] =>
  fake.calls
    .filter((call) => call.api === 'dialog.showMessageBox')
    .map((call) => call.args[call.args.length - 1] as { message: string; detail: string });

/** Makes the app ready and waits until the window shows a complete folder (or an error). */
async function start(fake: FakeElectron, folderName?: string): Promise<FakeWindow> {
  fake.makeReady();
  await waitFor(() => expect(fake.windows).toHaveLength(1));
  const window = fake.windows[0]!;
  await waitFor(() =>
    expect(
      librariesSent(window).some(
        (snapshot) =>
          snapshot.scan.state === 'complete' && (!folderName || snapshot.folderName === folderName),
      ) || messageBoxes(fake).length > 0,
    ).toBe(true),
  );
  return window;
}

const indexOf = (fake: FakeElectron, predicate: (api: string, args: unknown[]) => boolean): number =>
  fake.calls.findIndex((call) => predicate(call.api, call.args));

function menuItem(fake: FakeElectron, ...labels: string[]): { click: () => void; submenu?: unknown[] } {
  const template = fake.menus.at(-1)!.template as { label?: string; submenu?: unknown[] }[];
  let items: unknown[] = template;
  let found: { label?: string; click?: () => void; submenu?: unknown[] } | undefined;
  for (const label of labels) {
    found = (items as { label?: string; submenu?: unknown[] }[]).find((item) =>
      item.label?.startsWith(label),
    );
    if (!found) throw new Error(`no menu item ${label}`);
    items = found.submenu ?? [];
  }
  return found as { click: () => void; submenu?: unknown[] };
}

const recentLabels = (fake: FakeElectron): string[] =>
  ((menuItem(fake, '&File', 'Open Recent').submenu ?? []) as { label: string }[]).map((item) => item.label);

vi.setConfig({ testTimeout: 60_000 });

describe.each([
  ['main/app/index.ts', loadSource],
  ['out/main/index.js (built)', loadBuilt],
] as const)('%s with a fake electron', (name, loader) => {
  it('applies the profile before any path is read, registers the scheme once before ready, then locks', async () => {
    const fake = await launch(loader, { args: ['--no-sandbox', '.', articles] });
    const profile = process.env['VARIORUM_PROFILE_DIR']!;
    const setProfile = indexOf(fake, (api, args) => api === 'app.setPath' && args[0] === 'userData');
    const lock = indexOf(fake, (api) => api === 'app.requestSingleInstanceLock');
    expect(fake.calls[setProfile]?.args).toEqual(['userData', profile]);
    expect(setProfile).toBeLessThan(lock);
    const schemes = fake.calls.filter((call) => call.api === 'protocol.registerSchemesAsPrivileged');
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.afterReady).toBe(false);
    expect(schemes[0]!.args[0]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    // The second instance's own reading of its command line travels with the lock request.
    expect(fake.calls[lock]!.args[0]).toEqual({ folder: articles });

    await start(fake, 'articles');
    expect(setProfile).toBeLessThan(indexOf(fake, (api) => api === 'app.getPath'));
    const readPaths = fake.calls.filter((call) => call.api === 'app.getPath').map((call) => call.args[0]);
    expect(readPaths).toContain('userData');
    await waitFor(() => expect(existsSync(path.join(profile, 'recent-folders.json'))).toBe(true));
    expect(existsSync(path.join(tmp, 'default-profile'))).toBe(false);
  });

  it('quits at once, without a window, when another instance holds the lock', async () => {
    const fake = await launch(loader, { lockGranted: false });
    fake.makeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.calls.map((call) => call.api)).toContain('app.quit');
    expect(fake.windows).toHaveLength(0);
  });

  it('makes the window with exactly these web preferences, after the permission handlers', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    const window = await start(fake, 'articles');
    const built = name.startsWith('out');
    const mainDir = built ? OUT_MAIN : path.join(ROOT, 'main', 'app');
    expect(window.options.webPreferences).toEqual({
      preload: path.join(mainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    if (built) {
      expect(existsSync(window.options.webPreferences['preload'] as string)).toBe(true);
      expect(existsSync(path.join(OUT_MAIN, 'compare-worker.js'))).toBe(true);
    }
    expect(window.loadedUrl).toBe('app://variorum/index.html');
    const windowAt = indexOf(fake, (api) => api === 'new BrowserWindow');
    expect(indexOf(fake, (api) => api === 'session.setPermissionRequestHandler')).toBeLessThan(windowAt);
    expect(indexOf(fake, (api) => api === 'session.setPermissionCheckHandler')).toBeLessThan(windowAt);
    expect(indexOf(fake, (api) => api === 'protocol.handle')).toBeLessThan(windowAt);
  });

  it('allows clipboard writes for the app’s own origin only, and refuses every other permission', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    await start(fake, 'articles');
    const contents = fake.windows[0]!.webContents;
    const check = (permission: string, origin: string): boolean =>
      fake.permission.check!(contents, permission, origin, { requestingUrl: `${origin}/index.html` });
    const request = (permission: string, url: string): boolean => {
      let granted: boolean | null = null;
      fake.permission.request!(contents, permission, (answer: boolean) => (granted = answer), {
        requestingUrl: url,
      });
      return granted!;
    };
    expect(check('clipboard-sanitized-write', 'app://variorum')).toBe(true);
    expect(request('clipboard-sanitized-write', 'app://variorum/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(check('clipboard-sanitized-write', 'app://other')).toBe(false);
    expect(request('clipboard-sanitized-write', 'file:///etc/passwd')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'hid',
      'serial',
      'usb',
      'openExternal',
      'fullscreen',
      'display-capture',
      'unknown',
    ]) {
      expect(check(permission, 'app://variorum'), permission).toBe(false);
      expect(request(permission, 'app://variorum/index.html'), permission).toBe(false);
    }
  });

  it('keeps the window on the app: external links go to the browser, a dropped folder opens', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    const window = await start(fake, 'articles');
    const navigate = (url: string): boolean => {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    const opened = (): unknown[] =>
      fake.calls.filter((call) => call.api === 'shell.openExternal').map((call) => call.args[0]);

    expect(navigate('app://variorum/index.html#compare')).toBe(false);
    expect(navigate('https://example.com/page')).toBe(true);
    expect(opened()).toEqual(['https://example.com/page']);
    expect(navigate('app://evil/index.html')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(opened()).toEqual(['https://example.com/page']);

    const dropped = path.join(tmp, 'work', 'dropped');
    mkdirSync(dropped, { recursive: true });
    writeFileSync(path.join(dropped, 'c.txt'), 'A dropped folder of one article.\n');
    expect(navigate(`file://${dropped}`)).toBe(true);
    await waitFor(() => expect(librariesSent(window).at(-1)?.folderName).toBe('dropped'));
    expect(opened()).toEqual(['https://example.com/page']);

    const open = window.webContents.windowOpenHandler!;
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://variorum/index.html' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://user:pw@example.org/' })).toEqual({ action: 'deny' });
    expect(opened()).toEqual(['https://example.com/page', 'https://example.org/']);
  });

  // Only the built bundle sits where the renderer is beside it (out/main → out/renderer); the
  // source file's folder (main/app) has no renderer next to it.
  it.runIf(name.startsWith('out'))(
    'serves the renderer from app://variorum/ with the CSP, and nothing outside it',
    async () => {
      const fake = await launch(loader, { args: ['.', articles] });
      await start(fake, 'articles');
      const handler = fake.protocolHandlers.get('app')!;
      const get = (url: string): Promise<Response> => handler(new Request(url));

      const index = await get('app://variorum/index.html');
      expect(index.status).toBe(200);
      expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await index.text();
      expect(html).toContain('<div id="root">');
      // The built page's script must be where the handler looks for it.
      const script = /src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeTruthy();
      const js = await get(`app://variorum${script}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      for (const url of [
        'app://variorum/%2F..%2F..%2Fpackage.json',
        'app://variorum/..%2f..%2fpackage.json',
        'app://variorum/%2e%2e/%2e%2e/package.json',
        'app://evil/index.html',
        'app://variorum/no-such-file.js',
      ]) {
        expect((await get(url)).status, url).toBe(404);
      }
    },
  );

  it('opens a second launch’s folder, with switches first and another working directory', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    const window = await start(fake, 'articles');
    const elsewhere = path.join(tmp, 'elsewhere');
    mkdirSync(path.join(elsewhere, 'second'), { recursive: true });
    writeFileSync(path.join(elsewhere, 'second', 'd.txt'), 'The second launch asked for this folder.\n');

    fake.emitApp(
      'second-instance',
      {},
      ['/usr/bin/electron', '--no-sandbox', '.', 'second'],
      elsewhere,
      undefined,
    );
    await waitFor(() => expect(librariesSent(window).at(-1)?.folderName).toBe('second'));
    expect(librariesSent(window).at(-1)?.scan.state).toBe('complete');

    // Its own reading travels as additionalData and wins over the argv.
    fake.emitApp('second-instance', {}, ['/usr/bin/electron', '.', 'nonsense'], elsewhere, {
      folder: articles,
    });
    await waitFor(() => expect(librariesSent(window).at(-1)?.folderName).toBe('articles'));

    // `electron --no-sandbox .` names no folder: focus the window, open nothing.
    const sentBefore = librariesSent(window).length;
    fake.emitApp('second-instance', {}, ['/usr/bin/electron', '--no-sandbox', '.'], ROOT, { folder: null });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(librariesSent(window)).toHaveLength(sentBefore);
    expect(messageBoxes(fake)).toEqual([]);
  });

  it('opens a folder named by --open DIR after Chromium’s reordering, or by VARIORUM_OPEN', async () => {
    const fake = await launch(loader, { args: ['--open', '--no-sandbox', '.', articles] });
    await start(fake, 'articles');
    fake.emitApp('will-quit');
    const viaEnv = await launch(loader, {
      args: ['.'],
      env: { VARIORUM_OPEN: 'articles', INIT_CWD: path.dirname(articles) },
    });
    await start(viaEnv, 'articles');
    expect(messageBoxes(viaEnv)).toEqual([]);
  });

  it('shows menu failures as a message box, never as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const doomed = path.join(tmp, 'work', 'doomed');
      mkdirSync(doomed, { recursive: true });
      writeFileSync(path.join(doomed, 'e.txt'), 'A folder that will be deleted.\n');
      const fake = await launch(loader, { args: ['.', doomed] });
      await start(fake, 'doomed');
      await waitFor(() => expect(recentLabels(fake)[0]).toMatch(/^doomed /));
      rmSync(doomed, { recursive: true });

      fake.dialogAnswers.open.push({ canceled: false, filePaths: [path.join(tmp, 'missing')] });
      menuItem(fake, '&File', 'Open Folder').click();
      await waitFor(() => expect(messageBoxes(fake)).toHaveLength(1));
      expect(messageBoxes(fake)[0]!.message).toBe('Could not open the folder');

      menuItem(fake, '&File', 'Open Recent', 'doomed').click();
      await waitFor(() => expect(messageBoxes(fake)).toHaveLength(2));
      expect(messageBoxes(fake)[1]!.detail).toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      expect(fake.calls.map((call) => call.api)).not.toContain('dialog.showErrorBox');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('rebuilds File › Open Recent after a folder is opened from the window (button, Ctrl+O)', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    const window = await start(fake, 'articles');
    await waitFor(() => expect(recentLabels(fake)).toEqual([expect.stringMatching(/^articles /)]));
    const other = path.join(tmp, 'work', 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'f.txt'), 'Another folder opened from the button.\n');
    fake.dialogAnswers.open.push({ canceled: false, filePaths: [other] });
    const frame = window.webContents.mainFrame;
    const trusted = { senderFrame: frame, sender: { mainFrame: frame } };
    await fake.ipcHandlers.get(methodChannel('openFolderDialog'))!(trusted);
    await waitFor(() =>
      expect(recentLabels(fake)).toEqual([
        expect.stringMatching(/^other {2}— /),
        expect.stringMatching(/^articles {2}— /),
      ]),
    );
  });

  it('shows the window before the start-up folder is read, and lists it into the window', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    fake.makeReady();
    await waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0]!;
    // The window exists before the first row of the folder is announced, and every announcement
    // reaches it; a window that asks meanwhile gets what was announced so far.
    await waitFor(() => expect(librariesSent(window).at(-1)?.scan.state).toBe('complete'));
    const frame = window.webContents.mainFrame;
    const trusted = { senderFrame: frame, sender: { mainFrame: frame } };
    const library = (await fake.ipcHandlers.get(methodChannel('getLibrary'))!(trusted)) as LibrarySnapshot;
    expect(library.folderName).toBe('articles');
    expect(library.articles).toHaveLength(2);
  });

  it('still makes a window, and says why, when the named folder and the samples both fail', async () => {
    const emptyApp = mkdtempSync(path.join(tmp, 'app-without-samples-'));
    const fake = await launch(loader, { args: ['.', path.join(tmp, 'not-there')], appPath: emptyApp });
    fake.makeReady();
    await waitFor(() => expect(messageBoxes(fake)).toHaveLength(2));
    expect(fake.windows).toHaveLength(1);
    expect(messageBoxes(fake).map((box) => box.message)).toEqual([
      'Could not open the folder',
      'Could not open the sample folder',
    ]);
  });

  it('opens the samples beside app.asar on the first run of an installed app', async () => {
    const installed = mkdtempSync(path.join(tmp, 'installed-'));
    cpSync(path.join(ROOT, 'resources/samples'), path.join(installed, 'resources/samples'), {
      recursive: true,
    });
    const fake = await launch(loader, {
      packagedAt: installed,
      appPath: path.join(installed, 'resources/app.asar'),
    });
    const window = await start(fake, 'samples');
    expect(librariesSent(window).at(-1)?.articles.length).toBeGreaterThan(0);
    expect(messageBoxes(fake)).toEqual([]);
    // An installed app's own path is not a folder argument: `variorum DIR` opens DIR.
    fake.emitApp('will-quit');
    const withFolder = await launch(loader, { packagedAt: installed, args: [articles] });
    await start(withFolder, 'articles');
  });

  it('registers one IPC handler per contract method, each refusing foreign frames', async () => {
    const fake = await launch(loader, { args: ['.', articles] });
    const window = await start(fake, 'articles');
    const registered = fake.calls.filter((call) => call.api === 'ipcMain.handle').map((call) => call.args[0]);
    expect(registered).toEqual(methodNames.map(methodChannel));
    const mainFrame = window.webContents.mainFrame;
    const foreign = { url: 'https://evil.example/', parent: null };
    const subFrame = { url: 'app://variorum/index.html' };
    for (const method of methodNames) {
      const handler = fake.ipcHandlers.get(methodChannel(method))!;
      await expect(handler({ senderFrame: foreign, sender: { mainFrame: foreign } }), method).rejects.toThrow(
        /Refused/,
      );
      await expect(handler({ senderFrame: subFrame, sender: { mainFrame } }), method).rejects.toThrow(
        /Refused/,
      );
      await expect(handler({ senderFrame: null, sender: { mainFrame } }), method).rejects.toThrow(/Refused/);
    }
    const trusted = { senderFrame: mainFrame, sender: { mainFrame } };
    await waitFor(() =>
      expect(fake.ipcHandlers.get(methodChannel('getRecentFolders'))!(trusted)).resolves.toHaveLength(1),
    );
  });
});

const loadSourcePreload: Loader = async (fake) => {
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../preload/index');
};

const loadBuiltPreload: Loader = async (fake) => {
  const file = path.join(ROOT, 'out/preload/index.cjs');
  delete requireHere.cache[file];
  const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake.module : load.call(this, request, ...rest);
  };
  try {
    requireHere(file);
  } finally {
    moduleInternals._load = load;
  }
};

describe.each([
  ['preload/index.ts', loadSourcePreload],
  ['out/preload/index.cjs (built)', loadBuiltPreload],
] as const)('%s with a fake electron', (name, loader) => {
  afterEach(() => delete (process as { sandboxed?: boolean }).sandboxed);

  const exposedBridge = async (sandboxed: boolean | undefined): Promise<FakeElectron> => {
    const fake = createFakeElectron({ appPath: ROOT, defaultUserData: tmp });
    if (sandboxed === undefined) delete (process as { sandboxed?: boolean }).sandboxed;
    else (process as { sandboxed?: boolean }).sandboxed = sandboxed;
    await loader(fake);
    return fake;
  };

  it('exposes window.variorum once, calling ipcRenderer on the derived channels', async () => {
    const fake = await exposedBridge(true);
    expect(fake.calls.filter((call) => call.api === 'contextBridge.exposeInMainWorld')).toEqual([
      expect.objectContaining({ args: ['variorum'] }),
    ]);
    const bridge = fake.exposed.get('variorum') as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'on', 'sandboxed'].sort());
    await bridge['getLibrary']!();
    expect(fake.calls.at(-1)).toMatchObject({
      api: 'ipcRenderer.invoke',
      args: [methodChannel('getLibrary')],
    });
  });

  it(`reports the preload's sandbox as it found it (${name})`, async () => {
    const bridgeOf = (electron: FakeElectron): Record<string, unknown> =>
      electron.exposed.get('variorum') as Record<string, unknown>;
    expect(bridgeOf(await exposedBridge(true))['sandboxed']).toBe(true);
    // `sandbox: false` with context isolation: Node's process has no `sandboxed` property.
    expect(bridgeOf(await exposedBridge(undefined))['sandboxed']).toBe(false);
  });
});
