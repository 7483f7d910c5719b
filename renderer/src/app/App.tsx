// The shell: library | comparison | notes, and the pair of articles being compared.
import { useEffect } from 'react';
import { ComparePane } from '../compare/ComparePane';
import { useComparison } from '../compare/useComparison';
import { LibraryPane } from '../library/LibraryPane';
import { useLibrary } from '../library/useLibrary';
import { NotesPane } from '../notes/NotesPane';
import { usePair } from './usePair';

export function App() {
  const { library, loading, error, openFolder } = useLibrary();
  const { leftId, rightId, pick, swap } = usePair(library);
  const comparison = useComparison(leftId, rightId, library);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        openFolder();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openFolder]);

  return (
    <div className="app">
      <LibraryPane
        library={library}
        loading={loading}
        error={error}
        leftId={leftId}
        rightId={rightId}
        onPick={pick}
        onOpenFolder={openFolder}
      />
      <ComparePane {...comparison} hasPair={Boolean(leftId && rightId)} onSwap={swap} />
      <NotesPane />
    </div>
  );
}
