// The open folder as the renderer knows it: loaded once, replaced when main says it changed
// or when the user opens another folder.
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { LibraryRowsRead, LibrarySnapshot } from '../../../preload/contract';
import { withRowsRead } from '../../../preload/shared/rows-read';
import { api, messageOf } from '../api';

export interface LibraryState {
  library: LibrarySnapshot | null;
  /**
   * Changes when the folder's texts may have changed: a folder opened, a file changed on disk,
   * a scan ended (and cleaned the folder as a whole); not as a loading folder's list grows.
   */
  revision: number;
  loading: boolean;
  error: string | null;
  openFolder: () => void;
  openRecent: (id: string) => void;
  cancelScan: () => void;
}

interface Shown {
  library: LibrarySnapshot | null;
  revision: number;
}

const reread =
  (snapshot: LibrarySnapshot | null) =>
  (shown: Shown): Shown => ({
    library: snapshot,
    revision: shown.revision + 1,
  });

function grown(shown: Shown, rows: LibraryRowsRead): Shown {
  const library = withRowsRead(shown.library, rows);
  if (library === shown.library) return shown;
  const scanEnded = library?.scan.state !== 'scanning';
  return { library, revision: scanEnded ? shown.revision + 1 : shown.revision };
}

export function useLibrary(): LibraryState {
  const [{ library, revision }, setShown] = useState<Shown>({ library: null, revision: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .getLibrary()
      .then((snapshot) => live && setShown(reread(snapshot)))
      .catch((reason: unknown) => live && setError(messageOf(reason)))
      .finally(() => live && setLoading(false));
    // Transitions: React renders a new or grown list in slices between frames, so the window
    // keeps answering while a big folder's rows pour in.
    const unsubscribe = api.onLibraryChanged((snapshot) => {
      setError(null);
      startTransition(() => setShown(reread(snapshot)));
    });
    const unsubscribeRows = api.onLibraryRowsRead((rows) =>
      startTransition(() => setShown((shown) => grown(shown, rows))),
    );
    return () => {
      live = false;
      unsubscribe();
      unsubscribeRows();
    };
  }, []);

  // The new list arrives as events, in order: libraryChanged with the first rows (or the whole
  // list of a small folder), then libraryRowsRead with each batch read since, the last ending
  // the scan. The invoke's own answer
  // could overtake a later event, so it is not used for the list.
  const openFolder = useCallback(() => {
    setError(null);
    api.openFolderDialog().catch((reason: unknown) => setError(messageOf(reason)));
  }, []);

  const openRecent = useCallback((id: string) => {
    setError(null);
    api.openRecentFolder(id).catch((reason: unknown) => setError(messageOf(reason)));
  }, []);

  const cancelScan = useCallback(() => {
    void api.cancelScan();
  }, []);

  return { library, revision, loading, error, openFolder, openRecent, cancelScan };
}
