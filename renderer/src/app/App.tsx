// The shell: library | comparison | notes, the pair being compared, and the app-wide keys.
import { useEffect, useState } from 'react';
import { ComparePane } from '../compare/ComparePane';
import { useComparison } from '../compare/useComparison';
import { useViewSettings } from '../compare/useViewSettings';
import { LibraryPane } from '../library/LibraryPane';
import { useLibrary } from '../library/useLibrary';
import { NotesPane } from '../notes/NotesPane';
import { ShortcutsSheet } from './ShortcutsSheet';
import { usePair } from './usePair';
import { useTheme } from './useTheme';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' && !['checkbox', 'radio'].includes((target as HTMLInputElement).type)));

export function App() {
  const { library, loading, error, openFolder, openRecent, cancelScan } = useLibrary();
  const { leftId, rightId, pick, swap, step } = usePair(library);
  const [settings, setSettings] = useViewSettings();
  // Cleaning switched for single articles this session, overriding the options bar.
  const [cleanOverrides, setCleanOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const cleanOf = (id: string | null): boolean => (id ? cleanOverrides.get(id) : undefined) ?? settings.clean;
  const clean = { left: cleanOf(leftId), right: cleanOf(rightId) };
  const comparison = useComparison(leftId, rightId, settings.options, clean, library);
  const setArticleClean = (side: 'left' | 'right', value: boolean): void => {
    const id = side === 'left' ? leftId : rightId;
    if (id) setCleanOverrides((current) => new Map(current).set(id, value));
  };
  const { theme, cycleTheme } = useTheme();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        openFolder();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const action = { '?': () => setShortcutsOpen(true), s: swap, ']': step.next, '[': step.previous }[
        event.key
      ];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openFolder, swap, step]);

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
        onOpenRecent={openRecent}
        onCancelScan={cancelScan}
        footer={
          <>
            <button type="button" onClick={cycleTheme} title="Theme: follow the system, light, or dark">
              Theme: {theme === 'system' ? 'System' : theme === 'light' ? 'Light' : 'Dark'}
            </button>
            <button type="button" onClick={() => setShortcutsOpen(true)} title="Keyboard shortcuts (?)">
              Shortcuts ?
            </button>
          </>
        }
      />
      <ComparePane
        {...comparison}
        hasPair={Boolean(leftId && rightId)}
        settings={settings}
        onSettingsChange={setSettings}
        onSwap={swap}
        onStep={step}
        clean={clean}
        onCleanChange={setArticleClean}
      />
      <NotesPane />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
