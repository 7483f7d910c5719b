// App lifecycle only: single-instance lock, the app:// scheme, the window, the menu and the
// IPC wiring. Logic lives in main/library and main/compare.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { CompareRunner } from './compare/compare-runner';
import { CollateRunner } from './collate/collate-runner';
import type { ExportFormat } from '../preload/contract';
import { createHandlers, eventSender, folderOpener, registerIpc, type Services } from './ipc';
import { Library } from './library/library';
import { folderFromArgs, userArgsOf } from './launch-args';
import { RecentFolders } from './recent-folders';
import { createMainWindow, denyAllPermissions, registerAppScheme, serveRenderer } from './window';
import { APP_ORIGIN, originOf } from './window-policy';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
const appOrigin = originOf(startUrl)!;
const sampleFolder = path.join(app.getAppPath(), 'resources', 'samples');

let mainWindow: BrowserWindow | null = null;
const emit = eventSender((channel, payload) => mainWindow?.webContents.send(channel, payload));
// The open folder is watched: edits, new and deleted files reach the window as they happen.
const library = new Library({ onChange: (snapshot) => emit('libraryChanged', snapshot) });

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
const collateRunner = new CollateRunner(path.join(__dirname, 'collate-worker.js'));
const recentFolders = new RecentFolders(path.join(app.getPath('userData'), 'recent-folders.json'));
const EXPORT_FILTERS: Record<ExportFormat, Electron.FileFilter> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV (spreadsheets)', extensions: ['csv'] },
  json: { name: 'Web Annotation JSON', extensions: ['json', 'jsonld'] },
  html: { name: 'HTML report', extensions: ['html'] },
  xml: { name: 'TEI XML', extensions: ['xml'] },
};

async function chooseSavePath(suggestedName: string, format: ExportFormat): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Export notes',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [EXPORT_FILTERS[format]],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function chooseImportFile(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import notes (a Variorum JSON export)',
    properties: ['openFile'],
    filters: [EXPORT_FILTERS.json],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const services: Services = {
  library,
  chooseFolder,
  chooseSavePath,
  chooseImportFile,
  backupsDir: path.join(app.getPath('userData'), 'backups'),
  recentFolders,
  runComparison: (request, options) => compareRunner.run(request, options),
  runCollation: (request, options) => collateRunner.run(request, options),
};
const handlers = createHandlers(services, emit);
const openAndAnnounce = folderOpener(services, emit);

async function openFolder(folder: string): Promise<void> {
  try {
    await openAndAnnounce(folder);
    await buildMenu();
  } catch (error) {
    dialog.showErrorBox('Could not open the folder', (error as Error).message);
  }
}

async function buildMenu(): Promise<void> {
  const isMac = process.platform === 'darwin';
  const recent = await recentFolders.list();
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
          click: () => void handlers.openFolderDialog().then(() => buildMenu()),
        },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((folder) => ({
                label: `${folder.name}  —  ${folder.location}`,
                click: () => void handlers.openRecentFolder(folder.id).then(() => buildMenu()),
              }))
            : [{ label: 'No recent folders', enabled: false }],
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
    const folder = folderFromArgs(userArgsOf(argv, Boolean(process.defaultApp)));
    if (folder) void openFolder(folder);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    library.close();
    void compareRunner.dispose();
  });

  void app.whenReady().then(async () => {
    denyAllPermissions();
    serveRenderer(path.join(__dirname, '../renderer'));
    registerIpc(ipcMain, handlers, appOrigin);
    const requested = folderFromArgs(userArgsOf(process.argv, Boolean(process.defaultApp)));
    // First run opens the samples; later runs reopen the most recent folder.
    const lastOpened = (await recentFolders.list())[0];
    const folder =
      requested ?? (lastOpened ? await recentFolders.pathOf(lastOpened.id) : null) ?? sampleFolder;
    await openAndAnnounce(folder).catch(async (error: Error) => {
      if (requested) dialog.showErrorBox('Could not open the folder', error.message);
      await openAndAnnounce(sampleFolder);
    });
    await buildMenu();
    mainWindow = createMainWindow({
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      startUrl,
      // A folder dropped on the window arrives as a navigation to its file: URL, which the
      // window refuses; the path comes from the drop itself, never from page script.
      onFolderDropped: (dropped) =>
        void fs.stat(dropped).then(
          (stat) => openFolder(stat.isDirectory() ? dropped : path.dirname(dropped)),
          () => openFolder(dropped),
        ),
    });
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
