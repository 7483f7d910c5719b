// App lifecycle only: single-instance lock, the app:// scheme, the window, the menu and the
// IPC wiring. Logic lives in main/library and main/compare.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { CompareRunner } from './compare/compare-runner';
import { createHandlers, eventSender, registerIpc, type Services } from './ipc';
import { Library } from './library/library';
import { folderFromArgs } from './launch-args';
import { createMainWindow, denyAllPermissions, registerAppScheme, serveRenderer } from './window';
import { APP_ORIGIN, originOf } from './window-policy';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
const appOrigin = originOf(startUrl)!;
const sampleFolder = path.join(app.getAppPath(), 'resources', 'samples');

let mainWindow: BrowserWindow | null = null;
const library = new Library();

async function chooseFolder(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open a folder of articles',
    properties: ['openDirectory'],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const compareRunner = new CompareRunner(path.join(__dirname, 'compare-worker.js'));
const services: Services = {
  library,
  chooseFolder,
  runComparison: (request, options) => compareRunner.run(request, options),
};
const emit = eventSender((channel, payload) => mainWindow?.webContents.send(channel, payload));
const handlers = createHandlers(services, emit);

async function openFolder(folder: string): Promise<void> {
  try {
    emit('libraryChanged', await library.open(folder));
  } catch (error) {
    dialog.showErrorBox('Could not open the folder', (error as Error).message);
  }
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: Electron.MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'Open Folder…',
          accelerator: 'CmdOrCtrl+O',
          // The renderer handles the shortcut itself (so it also works in the test harness);
          // the menu only shows it.
          registerAccelerator: false,
          click: () => void handlers.openFolderDialog(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devServerUrl ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// Journeys run each launch in a throw-away profile so notes and settings never leak between them.
const profileDir = process.env['VARIORUM_PROFILE_DIR'];
if (profileDir) app.setPath('userData', profileDir);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const folder = folderFromArgs(argv);
    if (folder) void openFolder(folder);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void compareRunner.dispose());

  void app.whenReady().then(async () => {
    denyAllPermissions();
    serveRenderer(path.join(__dirname, '../renderer'));
    registerIpc(ipcMain, handlers, appOrigin);
    buildMenu();
    const folder = folderFromArgs(process.argv) ?? sampleFolder;
    await library.open(folder).catch(async (error: Error) => {
      dialog.showErrorBox('Could not open the folder', error.message);
      await library.open(sampleFolder);
    });
    mainWindow = createMainWindow({
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      startUrl,
    });
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
