// The one BrowserWindow factory and every guard around it: isolation and sandbox, the CSP,
// the app:// scheme the renderer is served from, and denial of navigation, new windows and
// permission requests.
import { promises as fs } from 'node:fs';
import { BrowserWindow, protocol, session, shell } from 'electron';
import {
  APP_ORIGIN,
  APP_SCHEME,
  droppedPath,
  isAppUrl,
  isPermissionGranted,
  isSafeExternalUrl,
  originOf,
  rendererFile,
  rendererHeaders,
} from './window-policy';

/** Must run before the app is ready: a standard, secure scheme gives IndexedDB a stable origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves the built renderer from app://variorum/, never a file outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file =
      originOf(request.url) === APP_ORIGIN ? rendererFile(rendererDir, new URL(request.url).pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await fs.readFile(file), { headers: rendererHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Every permission is refused except clipboard writes from the app's own pages (Copy). */
export function installPermissionHandlers(appOrigin: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, appOrigin)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, appOrigin),
  );
}

export interface WindowOptions {
  preloadPath: string;
  /** app://variorum/ when built; the dev server's URL under `npm run dev`. */
  startUrl: string;
  /** A folder was dropped on the window (Chromium turns the drop into a file: navigation). */
  onFolderDropped: (folder: string) => void;
}

export function createMainWindow({ preloadPath, startUrl, onFolderDropped }: WindowOptions): BrowserWindow {
  const appOrigin = originOf(startUrl)!;
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Variorum',
    show: false,
    backgroundColor: '#f7f5f0',
    // Written out here, not built elsewhere, so Electronegativity can read them. Auxclick is
    // off so a middle click on a link cannot open a window (AUXCLICK_JS_CHECK).
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());

  // Electronegativity OPEN_EXTERNAL_JS_CHECK (tentative), reviewed: only http(s) URLs without
  // credentials reach openExternal (isSafeExternalUrl), never file:, app: or custom schemes.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    const dropped = droppedPath(url);
    if (dropped) onFolderDropped(dropped);
    // OPEN_EXTERNAL_JS_CHECK (tentative), reviewed: the same http(s)-only test as above.
    else if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  void window.loadURL(startUrl);
  return window;
}
