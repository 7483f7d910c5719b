// The open folder as the renderer knows it: loaded once, replaced when main says it changed
// or when the user opens another folder.
import { useCallback, useEffect, useState } from 'react';
import type { LibrarySnapshot } from '../../../preload/contract';
import { api, messageOf } from '../api';

export interface LibraryState {
  library: LibrarySnapshot | null;
  loading: boolean;
  error: string | null;
  openFolder: () => void;
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
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const openFolder = useCallback(() => {
    setError(null);
    api
      .openFolderDialog()
      .then((snapshot) => snapshot && setLibrary(snapshot))
      .catch((reason: unknown) => setError(messageOf(reason)));
  }, []);

  return { library, loading, error, openFolder };
}
