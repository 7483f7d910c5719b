// Where the open folder is, asked of main whenever the folder's snapshot changes (another
// folder opened, or this one reread): its full path is shown only as the tooltip on the
// folder's name, which alone can repeat (two folders called "articles").
import { useEffect, useState } from 'react';
import type { LibrarySnapshot } from '../../../preload/contract';
import { api } from '../api';

export function useFolderLocation(library: LibrarySnapshot | null): string | null {
  const [known, setKnown] = useState<{ library: LibrarySnapshot; location: string | null } | null>(null);
  useEffect(() => {
    if (!library) return;
    let current = true;
    api
      .getFolderLocation()
      .then((location) => current && setKnown({ library, location }))
      .catch(() => current && setKnown({ library, location: null }));
    return () => {
      current = false;
    };
  }, [library]);
  // The last answer stays until the next arrives: the folder's name rarely changes with a reread.
  return known && library && known.library.folderName === library.folderName ? known.location : null;
}
