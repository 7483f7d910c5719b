// The shell: library | comparison | notes, the pair being compared, and the app-wide keys.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ComparePane } from '../compare/ComparePane';
import { useComparison } from '../compare/useComparison';
import { useViewSettings } from '../compare/useViewSettings';
import { LibraryPane } from '../library/LibraryPane';
import { useLibrary } from '../library/useLibrary';
import { selectorsFor, toCodePointOffset } from '../notes/anchor';
import type { Note } from '../notes/model';
import { NotesPane } from '../notes/NotesPane';
import { selectedPassage, type Passage } from '../notes/passages';
import { placeNotes } from '../notes/placed-notes';
import { sideText } from '../notes/side-texts';
import { useNotes } from '../notes/useNotes';
import { PassageMenu } from './PassageMenu';
import { ShortcutsSheet } from './ShortcutsSheet';
import { usePair } from './usePair';
import { isTypingIn } from './keys';
import { usePersistentState } from './usePersistentState';
import { useTheme } from './useTheme';
import { orderArticles, type ArticleSort } from '../library/article-order';
import { CollationPane } from '../collation/CollationPane';
import { useWitnesses } from '../collation/useWitnesses';
import { ViewTabs } from './ViewTabs';

type View = 'compare' | 'collation';
const VIEWS = [
  { id: 'compare', label: 'Compare' },
  { id: 'collation', label: 'Collation' },
] as const;

const EMPTY_SIDES = { left: { text: '', starts: [] }, right: { text: '', starts: [] } };

export function App() {
  const { library, loading, error, openFolder, openRecent, cancelScan } = useLibrary();
  const [sort, setSort] = usePersistentState<ArticleSort>(
    'variorum.article-sort',
    'name',
    (value): value is ArticleSort => value === 'name' || value === 'date',
  );
  const ordered = useMemo(() => (library ? orderArticles(library.articles, sort) : []), [library, sort]);
  const order = useMemo(() => ordered.map((article) => article.id), [ordered]);
  const { leftId, rightId, pick, swap, choose, step } = usePair(library, order);
  const [view, setView] = usePersistentState<View>(
    'variorum.view',
    'compare',
    (value): value is View => value === 'compare' || value === 'collation',
  );
  const witnesses = useWitnesses(ordered);
  const [settings, setSettings] = useViewSettings();
  // Cleaning switched for single articles this session, overriding the options bar.
  const [cleanOverrides, setCleanOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const cleanOf = (id: string | null): boolean => (id ? cleanOverrides.get(id) : undefined) ?? settings.clean;
  const clean = { left: cleanOf(leftId), right: cleanOf(rightId) };
  // Mojibake repair switched off for single articles this session (it is on by default).
  const [repairOff, setRepairOff] = useState<ReadonlySet<string>>(new Set());
  const repair = { left: !leftId || !repairOff.has(leftId), right: !rightId || !repairOff.has(rightId) };
  const comparison = useComparison(leftId, rightId, settings.options, clean, library, repair);
  const setArticleClean = (side: 'left' | 'right', value: boolean): void => {
    const id = side === 'left' ? leftId : rightId;
    if (id) setCleanOverrides((current) => new Map(current).set(id, value));
  };
  const setArticleRepair = (side: 'left' | 'right', value: boolean): void => {
    const id = side === 'left' ? leftId : rightId;
    if (!id) return;
    setRepairOff((current) => {
      const next = new Set(current);
      if (value) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const { theme, cycleTheme } = useTheme();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  // Notes: the passages shown, the selection a new note would anchor to, the note chosen.
  const notes = useNotes(library);
  const current = comparison.comparison;
  const sides = useMemo(
    () => (current ? { left: sideText(current, 'left'), right: sideText(current, 'right') } : null),
    [current],
  );
  const placed = useMemo(
    () => (current && sides ? placeNotes(current, notes.folderNotes, sides) : []),
    [current, sides, notes.folderNotes],
  );
  const [passage, setPassage] = useState<Passage | null>(null);
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ side: 'left' | 'right'; offset: number } | null>(null);
  useEffect(() => {
    const onSelectionChange = (): void =>
      setPassage(sides && settings.layout === 'side-by-side' ? selectedPassage(sides) : null);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [sides, settings.layout]);

  // Right-click on selected comparison text offers "Add note".
  // The passage is kept with the menu: clicking the menu clears the text selection.
  const [menuAt, setMenuAt] = useState<{ x: number; y: number; passage: Passage } | null>(null);
  useEffect(() => {
    const onContextMenu = (event: MouseEvent): void => {
      if (!passage || !(event.target instanceof Element) || !event.target.closest('.compare')) return;
      event.preventDefault();
      setMenuAt({ x: event.clientX, y: event.clientY, passage });
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, [passage]);
  const closeMenu = useCallback(() => setMenuAt(null), []);

  const selectNote = useCallback(
    (note: Note) => {
      setSelectedNoteId(note.id);
      const spot = placed.find((candidate) => candidate.note.id === note.id);
      if (spot) setFocus({ side: spot.side, offset: spot.start });
    },
    [placed],
  );

  const addNote = useCallback(
    async (chosen: Passage | null = passage) => {
      let created: Note | null;
      if (current && sides && chosen) {
        const passage = chosen;
        const text = sides[passage.side].text;
        created = await notes.create({
          scope: 'passage',
          article: current[passage.side],
          anchor: selectorsFor(
            text,
            toCodePointOffset(text, passage.start),
            toCodePointOffset(text, passage.end),
          ),
          comparison: { left: current.left, right: current.right },
        });
        window.getSelection()?.removeAllRanges();
      } else if (current) {
        created = await notes.create({
          scope: 'article',
          article: current.right,
          comparison: { left: current.left, right: current.right },
        });
      } else {
        created = await notes.create({ scope: 'folder' });
      }
      if (created) setSelectedNoteId(created.id);
    },
    [current, sides, passage, notes],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        openFolder();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void addNote();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingIn(event.target)) return;
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
  }, [openFolder, swap, step, addNote]);

  return (
    <div className="app">
      <LibraryPane
        library={library}
        ordered={ordered}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        leftId={leftId}
        rightId={rightId}
        onPick={pick}
        onOpenFolder={openFolder}
        onOpenRecent={openRecent}
        onCancelScan={cancelScan}
        witnesses={{ selected: witnesses.selected, onToggle: witnesses.toggle, onAll: witnesses.selectAll }}
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
      <div className="workspace">
        <ViewTabs tabs={VIEWS} current={view} onChange={setView} />
        {view === 'collation' ? (
          <CollationPane
            witnesses={witnesses}
            revision={library}
            onAddNote={(draft) => void notes.create(draft).then((note) => note && setSelectedNoteId(note.id))}
            onCompare={(baseId, witnessId, at) => {
              choose(baseId, witnessId);
              setFocus(at);
              setView('compare');
            }}
          />
        ) : (
          <ComparePane
            {...comparison}
            hasPair={Boolean(leftId && rightId)}
            settings={settings}
            onSettingsChange={setSettings}
            onSwap={swap}
            onStep={step}
            clean={clean}
            onCleanChange={setArticleClean}
            repair={repair}
            onRepairChange={setArticleRepair}
            notes={{
              placed,
              sides: sides ?? EMPTY_SIDES,
              selectedId: selectedNoteId,
              onSelect: (id) => {
                const note = notes.folderNotes.find((candidate) => candidate.id === id);
                if (note) setSelectedNoteId(note.id);
              },
              focus,
            }}
          />
        )}
      </div>
      <NotesPane
        notes={notes}
        comparison={current}
        selectedId={selectedNoteId}
        onSelect={selectNote}
        onAdd={() => void addNote()}
        canAddPassage={passage !== null}
      />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <PassageMenu at={menuAt} onAddNote={() => void addNote(menuAt?.passage ?? null)} onClose={closeMenu} />
    </div>
  );
}
