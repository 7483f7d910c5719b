// The open folder as the renderer knows it: loaded once, replaced when main says it changed
// or when the user opens another folder.
import { useCallback, useEffect, useState } from 'react';
import type { LibrarySnapshot } from '../../../preload/contract';
import { withRowsRead } from '../../../preload/shared/rows-read';
import { api, messageOf } from '../api';

export interface LibraryState {
  library: LibrarySnapshot | null;
  loading: boolean;
  error: string | null;
  openFolder: () => void;
  openRecent: (id: string) => void;
  cancelScan: () => void;
}

export function useLibrary(): LibraryState {
  const [library, setLibrary] = useState<LibrarySnapshot | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .getLibrary()
      .then((snapshot) => live && setLibrary(snapshot))
      .catch((reason: unknown) => live && setError(messageOf(reason)))
      .finally(() => live && setLoading(false));
    const unsubscribe = api.onLibraryChanged((snapshot) => {
      setError(null);
      setLibrary(snapshot);
    });
    const unsubscribeRows = api.onLibraryRowsRead((rows) => setLibrary((shown) => withRowsRead(shown, rows)));
    return () => {
      live = false;
      unsubscribe();
      unsubscribeRows();
    };
  }, []);

  // The new list arrives as events, in order: libraryChanged with the first rows, libraryRowsRead
  // with each batch read since, libraryChanged with the whole list. The invoke's own answer
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

  return { library, loading, error, openFolder, openRecent, cancelScan };
}
