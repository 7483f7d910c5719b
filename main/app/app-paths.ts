// Where the app's own files are, in a packaged app and when run from the repository: the built
// renderer, the preload, the worker threads and the bundled sample folder. Pure, so both cases
// are tested without Electron.
import path from 'node:path';

export interface AppLocation {
  /** app.isPackaged. */
  isPackaged: boolean;
  /** process.resourcesPath: the package's resources folder (holds app.asar and extra files). */
  resourcesPath: string;
  /** app.getAppPath(): the repository when unpackaged, …/resources/app.asar when packaged. */
  appPath: string;
  /** The folder of the running main bundle (out/main, inside app.asar when packaged). */
  mainDir: string;
}

export interface AppPaths {
  renderer: string;
  preload: string;
  compareWorker: string;
  collateWorker: string;
  corpusWorker: string;
  samples: string;
}

export function appPaths({ isPackaged, resourcesPath, appPath, mainDir }: AppLocation): AppPaths {
  return {
    renderer: path.join(mainDir, '../renderer'),
    preload: path.join(mainDir, '../preload/index.cjs'),
    // Worker threads read from app.asar since Electron 17 (electron/electron#33216).
    compareWorker: path.join(mainDir, 'compare-worker.js'),
    collateWorker: path.join(mainDir, 'collate-worker.js'),
    corpusWorker: path.join(mainDir, 'corpus-worker.js'),
    // Packaged, the samples are copied beside app.asar (extraResources), not into it: the
    // library watches the open folder, and an archive cannot be watched.
    samples: isPackaged ? path.join(resourcesPath, 'samples') : path.join(appPath, 'resources', 'samples'),
  };
}
