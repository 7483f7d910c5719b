// App lifecycle only: the profile, single-instance lock, the app:// scheme, the window, the menu
// and the IPC wiring. Logic lives in main/library and main/compare; decisions in pure modules.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { appPaths } from './app-paths';
import { CompareRunner } from '../compare/compare-runner';
import { CorpusRunner } from '../corpus/corpus-runner';
import { OverviewService } from '../corpus/overview-service';
import { CollateRunner } from '../collate/collate-runner';
import type { ExportFormat, LibraryRowsRead, LibrarySnapshot } from '../../preload/contract';
import { withRowsRead } from '../../preload/shared/rows-read';
import { createHandlers, eventSender, folderOpener, registerIpc, type Emit, type Services } from '../ipc/index';
import { FolderIdentities } from './folder-identity';
import { Library } from '../library/library';
import { requestedFolder, secondLaunchFolder, type SecondLaunchData } from './launch-args';
import { RecentFolders } from './recent-folders';
import { createMainWindow, installPermissionHandlers, registerAppScheme, serveRenderer } from './window';
import { APP_ORIGIN, originOf } from './window-policy';

// First of all, before anything reads a path: journeys run each launch in a throw-away
// profile, so notes, recent folders and backups never leak between them or into the user's.
const profileDir = process.env['VARIORUM_PROFILE_DIR'];
if (profileDir) app.setPath('userData', path.resolve(profileDir));

registerAppScheme();

const unpackaged = Boolean(process.defaultApp);
const requested = requestedFolder({ argv: process.argv, cwd: process.cwd(), unpackaged, env: process.env });
const launchData: SecondLaunchData = { folder: requested };

if (!app.requestSingleInstanceLock(launchData)) {
  app.quit();
} else {
  runPrimaryInstance();
}

function runPrimaryInstance(): void {
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  const appOrigin = originOf(startUrl)!;
  const paths = appPaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    mainDir: __dirname,
  });

  let mainWindow: BrowserWindow | null = null;
  // What the window was last told about the library. A window that asks while the start-up
  // folder is still being read gets the rows so far, not "no folder".
  let announced: LibrarySnapshot | null = null;
  const send = eventSender((channel, payload) => mainWindow?.webContents.send(channel, payload));
  const emit: Emit = (event, payload) => {
    if (event === 'libraryChanged') announced = payload as LibrarySnapshot;
    if (event === 'libraryRowsRead') announced = withRowsRead(announced, payload as LibraryRowsRead);
    send(event, payload);
  };
  // The open folder is watched: edits, new and deleted files reach the window as they happen.
  const library = new Library({ onChange: (snapshot) => emit('libraryChanged', snapshot) });
  const compareRunner = new CompareRunner(paths.compareWorker);
  // Beside the compare worker, in the same built folder.
  const corpusRunner = new CorpusRunner(paths.corpusWorker);
  const collateRunner = new CollateRunner(paths.collateWorker);
  const recentFolders = new RecentFolders(path.join(app.getPath('userData'), 'recent-folders.json'));

  const withWindow = <T>(show: (window: BrowserWindow | null) => Promise<T>): Promise<T> =>
    show(mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  const chooseFolder = async (): Promise<string | null> => {
    const options: Electron.OpenDialogOptions = {
      title: 'Open a folder of articles',
      properties: ['openDirectory'],
    };
    const result = await withWindow((window) =>
      window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
    );
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };

  const EXPORT_FILTERS: Record<ExportFormat, Electron.FileFilter> = {
    markdown: { name: 'Markdown', extensions: ['md'] },
    csv: { name: 'CSV (spreadsheets)', extensions: ['csv'] },
    json: { name: 'Web Annotation JSON', extensions: ['json', 'jsonld'] },
    html: { name: 'HTML report', extensions: ['html'] },
    pdf: { name: 'PDF', extensions: ['pdf'] },
    xml: { name: 'TEI XML', extensions: ['xml'] },
  };

  const chooseSavePath = async (suggestedName: string, format: ExportFormat): Promise<string | null> => {
    const options: Electron.SaveDialogOptions = {
      title: 'Export notes',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [EXPORT_FILTERS[format]],
    };
    const result = await withWindow((window) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    );
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  const chooseImportFile = async (): Promise<string | null> => {
    const options: Electron.OpenDialogOptions = {
      title: 'Import notes (a Variorum JSON export)',
      properties: ['openFile'],
      filters: [EXPORT_FILTERS.json],
    };
    const result = await withWindow((window) =>
      window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
    );
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };

  /** A failure the user should hear about, as a message box over the window (never a crash). */
  const reportError = (message: string, error: unknown): void => {
    const options: Electron.MessageBoxOptions = {
      type: 'error',
      title: 'Variorum',
      message,
      detail: error instanceof Error ? error.message : String(error),
      buttons: ['OK'],
    };
    void withWindow((window) =>
      window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options),
    ).catch(() => {});
  };

  let remembering: Promise<void> = Promise.resolve();
  const services: Services = {
    library,
    chooseFolder,
    chooseSavePath,
    chooseImportFile,
    backupsDir: path.join(app.getPath('userData'), 'backups'),
    folderIdentities: new FolderIdentities(path.join(app.getPath('userData'), 'folder-identities.json')),
    // Every open (button, shortcut, menu, Recent list, drop, second launch) passes here, so
    // File › Open Recent is rebuilt whichever way a folder was opened.
    recentFolders: {
      list: () => recentFolders.list(),
      pathOf: (id) => recentFolders.pathOf(id),
      remember: (folder) => {
        // One write at a time: two opens in quick succession would otherwise both read the old
        // list, and the slower write would drop the other folder.
        const write = remembering.then(() => recentFolders.remember(folder));
        remembering = write.catch(() => {});
        return write.then(() => void buildMenu());
      },
    },
    runComparison: (request, options) => compareRunner.run(request, options),
    overview: new OverviewService(library, (docs, minWords, options) =>
      corpusRunner.run(docs, minWords, options),
    ),
    showItemInFolder: (file) => shell.showItemInFolder(file),
    openPath: (file) => shell.openPath(file),
    printToPdf: () => mainWindow!.webContents.printToPDF({ printBackground: false, pageSize: 'A4' }),
    runCollation: (request, options) => collateRunner.run(request, options),
  };
  const baseHandlers = createHandlers(services, emit);
  const handlers: typeof baseHandlers = {
    ...baseHandlers,
    getLibrary: async (...args) => {
      const current = await baseHandlers.getLibrary(...args);
      return announced ?? current;
    },
  };
  const openAndAnnounce = folderOpener(services, emit);

  const openFolder = (folder: string): Promise<void> =>
    openAndAnnounce(folder).then(
      () => {},
      (error: unknown) => reportError('Could not open the folder', error),
    );

  /** A menu item's click: its failure is shown, never left as an unhandled rejection. */
  const menuAction =
    (action: () => Promise<unknown>): (() => void) =>
    () =>
      void action().catch((error: unknown) => reportError('Could not open the folder', error));

  // Builds can overlap (start-up, then a folder opened at once); only the latest one is applied,
  // so a slower read of the recent list never puts back an older menu.
  let menuBuilds = 0;
  async function buildMenu(): Promise<void> {
    const build = ++menuBuilds;
    const isMac = process.platform === 'darwin';
    const recent = await recentFolders.list().catch(() => []);
    if (build !== menuBuilds) return;
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
            click: menuAction(() => handlers.openFolderDialog()),
          },
          {
            label: 'Open Recent',
            submenu: recent.length
              ? recent.map((folder) => ({
                  label: `${folder.name}  —  ${folder.location}`,
                  click: menuAction(() => handlers.openRecentFolder(folder.id)),
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

  /** First run opens the samples; later runs the most recent folder; a named folder wins. */
  async function openStartFolder(): Promise<void> {
    const lastOpened = requested ? undefined : (await recentFolders.list().catch(() => []))[0];
    const folder =
      requested ?? (lastOpened ? await recentFolders.pathOf(lastOpened.id) : null) ?? paths.samples;
    try {
      await openAndAnnounce(folder);
      return;
    } catch (error) {
      if (requested) reportError('Could not open the folder', error);
      if (folder === paths.samples) return reportError('Could not open the sample folder', error);
    }
    await openAndAnnounce(paths.samples).catch((error: unknown) =>
      reportError('Could not open the sample folder', error),
    );
  }

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const folder = secondLaunchFolder(argv, workingDirectory, additionalData, unpackaged);
    if (folder) void openFolder(folder);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    library.close();
    void compareRunner.dispose();
    void corpusRunner.dispose();
  });

  void app.whenReady().then(async () => {
    installPermissionHandlers(appOrigin);
    serveRenderer(paths.renderer);
    registerIpc(ipcMain, handlers, appOrigin);
    void buildMenu();
    // The window comes first and the start-up folder is listed into it as it is read, with
    // the same progress and Stop button as any other open.
    mainWindow = createMainWindow({
      preloadPath: paths.preload,
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
    await openStartFolder();
  });
}
