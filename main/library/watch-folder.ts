// Watches the open folder (sub-folders included) and reports changed paths in coalesced
// bursts: an editor's save or a sync client's batch arrives as one update, not dozens.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface FolderWatcher {
  close: () => void;
}

const isIgnored = (relativePath: string): boolean =>
  relativePath.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules');

/**
 * Calls `onChanges` with the relative paths (`/`-separated) that changed, at most once per
 * `quietMs` of calm. An empty list means "something changed, re-read everything".
 */
export function watchFolder(
  root: string,
  onChanges: (relativePaths: string[]) => void,
  quietMs = 250,
): FolderWatcher {
  const pending = new Set<string>();
  let everything = false;
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const paths = everything ? [] : [...pending];
    pending.clear();
    everything = false;
    onChanges(paths);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(root, { recursive: true }, (_event, fileName) => {
      if (fileName === null) everything = true;
      else {
        const relative = fileName.toString().split(path.sep).join('/');
        if (isIgnored(relative)) return;
        pending.add(relative);
      }
      clearTimeout(timer);
      timer = setTimeout(flush, quietMs);
    });
    // A watcher that fails later (folder deleted, too many watches) stops quietly; the list
    // stays as last read.
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  return {
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
