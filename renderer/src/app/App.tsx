// The shell: library | comparison | notes, the pair being compared, and the app-wide keys.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ComparePane } from '../compare/ComparePane';
import { useComparison } from '../compare/useComparison';
import { useViewSettings } from '../compare/useViewSettings';
import { useArticleSwitches } from '../compare/useArticleSwitches';
import { useSavePdf } from '../compare/useSavePdf';
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
import { NoteScopeDialog, type NoteScopeChoice } from './NoteScopeDialog';
import { ShortcutsSheet } from './ShortcutsSheet';
import { usePair } from './usePair';
import { usePanes } from './usePanes';
import { useCopyWithMarks } from './useCopyWithMarks';
import './layout.css';
import './print.css';
import { api } from '../api';
import { useAppKeys } from './useAppKeys';
import { useKeyboardSelection } from './useKeyboardSelection';
import { usePersistentState } from './usePersistentState';
import { useTheme } from './useTheme';
import { orderArticles, type ArticleSort } from '../library/article-order';
import type { ArticleId, OverviewGroup, OverviewPassage } from '../../../preload/contract';
import { CollationPane } from '../collation/CollationPane';
import { useWitnesses } from '../collation/useWitnesses';
import { toUtf16Offset } from '../notes/anchor';
import { OverviewPane } from '../overview/OverviewPane';
import { useOverview } from '../overview/useOverview';
import { usePassageHighlight } from '../overview/usePassageHighlight';
import { FindBar } from '../find/FindBar';
import { useFind } from '../find/useFind';
import { useFindHighlights } from '../find/useFindHighlights';
import { PaneRail } from './PaneRail';
import { ViewTabs } from './ViewTabs';

type View = 'compare' | 'overview' | 'collation';
const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'compare', label: 'Compare' },
  { id: 'overview', label: 'Overview' },
  { id: 'collation', label: 'Collation' },
];

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
  const [view, setView] = useState<View>('compare');
  // A group opened from the Overview: ‹ › step through its versions in the group's order.
  const [sequence, setSequence] = useState<{ ids: ArticleId[]; label: string } | null>(null);
  const { leftId, rightId, pick: pickInList, choose, swap, step } = usePair(library, sequence?.ids ?? order);
  const overview = useOverview(library, view === 'overview');
  // A shared passage opened from the Overview: code points into that article's text.
  const [passageFocus, setPassageFocus] = useState<{ article: ArticleId; start: number; end: number } | null>(
    null,
  );
  const pick = useCallback(
    (side: 'left' | 'right', id: ArticleId) => {
      setSequence(null);
      setPassageFocus(null);
      setView('compare');
      pickInList(side, id);
    },
    [pickInList],
  );
  const witnesses = useWitnesses(ordered);
  const [settings, setSettings] = useViewSettings();
  const { clean, repair, setArticleClean, setArticleRepair } = useArticleSwitches(
    leftId,
    rightId,
    settings.clean,
  );
  const comparison = useComparison(leftId, rightId, settings.options, clean, library, repair);
  useCopyWithMarks();
  const { theme, cycleTheme } = useTheme();
  const panes = usePanes();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);

  // Notes: the passages shown, the selection a new note would anchor to, the note chosen.
  const notes = useNotes(library);
  const current = comparison.comparison;
  const sides = useMemo(
    () => (current ? { left: sideText(current, 'left'), right: sideText(current, 'right') } : null),
    [current],
  );
  const { selectSpan, widenSelection } = useKeyboardSelection(sides);
  const placed = useMemo(
    () => (current && sides ? placeNotes(current, notes.folderNotes, sides) : []),
    [current, sides, notes.folderNotes],
  );
  const passageRange = useMemo(() => {
    if (!passageFocus || !current || !sides || current.left.id !== passageFocus.article) return null;
    const text = sides.left.text;
    return {
      side: 'left' as const,
      start: toUtf16Offset(text, passageFocus.start),
      end: toUtf16Offset(text, passageFocus.end),
    };
  }, [passageFocus, current, sides]);
  usePassageHighlight(view === 'compare' ? passageRange : null, sides);
  const openPair = useCallback(
    (a: ArticleId, b: ArticleId) => {
      setSequence(null);
      setPassageFocus(null);
      choose(a, b);
      setView('compare');
    },
    [choose],
  );
  const openGroup = useCallback(
    (group: OverviewGroup, index: number) => {
      setSequence({ ids: group.articles, label: `group ${index + 1} (${group.articles.length} versions)` });
      setPassageFocus(null);
      choose(group.articles[0]!, group.articles[1]!);
      setView('compare');
    },
    [choose],
  );
  const openPassage = useCallback(
    (shared: OverviewPassage, index: number) => {
      const occurrence = shared.occurrences[index]!;
      const other = shared.occurrences.find((candidate) => candidate.article !== occurrence.article)!;
      setSequence(null);
      setPassageFocus({ article: occurrence.article, start: occurrence.start, end: occurrence.end });
      choose(occurrence.article, other.article);
      setView('compare');
    },
    [choose],
  );
  const [passage, setPassage] = useState<Passage | null>(null);
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ side: 'left' | 'right'; offset: number } | null>(null);
  // Opening a shared passage brings it into view, as choosing a note does.
  const passageTarget = useMemo(
    () => (passageRange ? { side: passageRange.side, offset: passageRange.start } : null),
    [passageRange],
  );

  // Find: the bar searches the open comparison's model; a folder hit opens its article first.
  const { pdfNotice, savePdf } = useSavePdf(current);
  const find = useFind(current, sides, setFocus);
  useFindHighlights(find.hits, find.current, sides);
  const selectCurrentHit = (): void => {
    const hit = find.hits[find.current];
    if (hit) selectSpan(hit.side, hit);
  };
  const [findFocus, setFindFocus] = useState<object | null>(null);
  const requestFindFocus = useCallback(() => setFindFocus({}), []);
  // A folder hit waits here until its article's comparison has arrived.
  const pendingHit = useRef<{ side: 'left' | 'right'; id: string; offset: number } | null>(null);
  const openFolderHit = (side: 'left' | 'right', id: string, offset: number): void => {
    pendingHit.current = { side, id, offset };
    pick(side, id);
  };
  useEffect(() => {
    const hit = pendingHit.current;
    if (!hit || !current || comparison.loading || current[hit.side].id !== hit.id) return;
    pendingHit.current = null;
    if (!find.goToPlace(hit.side, hit.offset)) setFocus({ side: hit.side, offset: hit.offset });
  }, [current, comparison.loading, find]);
  // The passage the document's selection holds in the comparison (side by side only).
  const passageSelected = useCallback(
    (): Passage | null => (sides && settings.layout === 'side-by-side' ? selectedPassage(sides) : null),
    [sides, settings.layout],
  );
  useEffect(() => {
    const onSelectionChange = (): void => setPassage(passageSelected());
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [passageSelected]);

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

  // Choosing a note takes you to it: its passage if it is in view, else its comparison (or its
  // article) is opened first and the passage shown once that comparison has arrived.
  const pendingNote = useRef<string | null>(null);
  const selectNote = useCallback(
    (note: Note) => {
      setSelectedNoteId(note.id);
      setPassageFocus(null);
      const spot = placed.find((candidate) => candidate.note.id === note.id);
      if (spot) {
        setFocus({ side: spot.side, offset: spot.start });
        return;
      }
      const idOf = (path: string | undefined): string | undefined =>
        path === undefined ? undefined : library?.articles.find((article) => article.path === path)?.id;
      const shown = current ? [current.left.path, current.right.path] : [];
      const left = idOf(note.comparison?.left.path);
      const right = idOf(note.comparison?.right.path);
      const own = idOf(note.article?.path);
      if (left && right && (note.scope !== 'passage' || [left, right].includes(own ?? ''))) {
        pendingNote.current = note.id;
        choose(left, right);
      } else if (own && note.article && !shown.includes(note.article.path)) {
        pendingNote.current = note.id;
        pick('right', own);
      }
    },
    [placed, library, current, pick, choose],
  );
  useEffect(() => {
    const id = pendingNote.current;
    const spot = id ? placed.find((candidate) => candidate.note.id === id) : undefined;
    if (!spot) return;
    pendingNote.current = null;
    setFocus({ side: spot.side, offset: spot.start });
  }, [placed]);

  // With no passage selected, a new note first asks what it is about.
  const [askScope, setAskScope] = useState(false);
  const addScopedNote = useCallback(
    async (scope: NoteScopeChoice) => {
      setAskScope(false);
      const pair = current ? { left: current.left, right: current.right } : undefined;
      const created =
        scope === 'folder' || !current
          ? await notes.create({ scope: 'folder' })
          : scope === 'comparison'
            ? await notes.create({ scope: 'article', article: current.right, comparison: pair })
            : await notes.create({ scope: 'article', article: current[scope] });
      if (created) setSelectedNoteId(created.id);
    },
    [current, notes],
  );

  const addNote = useCallback(
    async (given?: Passage | null) => {
      // The selection as it is now: a key pressed just after the selection changed must not
      // wait for the selectionchange event to have reached the state.
      const chosen = given !== undefined ? given : (passage ?? passageSelected());
      if (!(current && sides && chosen)) {
        if (current) setAskScope(true);
        else await addScopedNote('folder');
        return;
      }
      const text = sides[chosen.side].text;
      const created = await notes.create({
        scope: 'passage',
        article: current[chosen.side],
        anchor: selectorsFor(
          text,
          toCodePointOffset(text, chosen.start),
          toCodePointOffset(text, chosen.end),
        ),
        comparison: { left: current.left, right: current.right },
      });
      window.getSelection()?.removeAllRanges();
      if (created) setSelectedNoteId(created.id);
    },
    [current, sides, passage, notes, addScopedNote, passageSelected],
  );

  // A note on a shared passage: anchored in its earliest article, listing the others.
  const notePassage = useCallback(
    async (shared: OverviewPassage) => {
      const [first, ...rest] = shared.occurrences;
      const article = library?.articles.find((candidate) => candidate.id === first!.article);
      if (!article) return;
      const text = await api.articleText(article.id, true);
      const others = library!.articles.filter(
        (candidate) => candidate.id !== article.id && rest.some((o) => o.article === candidate.id),
      );
      const created = await notes.create({
        scope: 'passage',
        article,
        anchor: selectorsFor(text, first!.start, first!.end),
        body: `Shared passage, also in:\n\n${others.map((other) => `- ${other.title} (${other.path})`).join('\n')}`,
        tags: ['shared-passage'],
      });
      if (created) setSelectedNoteId(created.id);
    },
    [library, notes],
  );

  useAppKeys({
    openFolder,
    panes,
    find,
    requestFindFocus,
    addNote,
    widenSelection,
    swap,
    step,
    showShortcuts,
  });

  return (
    <div
      className={`app ${panes.wide ? 'panes-docked' : 'panes-drawers'}${panes.open.library ? ' library-open' : ''}${panes.open.notes ? ' notes-open' : ''}`}
    >
      <header className="visually-hidden">
        <h1>
          Variorum{library ? ` — ${library.folderName}` : ''}
          {current ? `: ${current.left.title} (A) compared with ${current.right.title} (B)` : ''}
        </h1>
      </header>
      <PaneRail pane="library" open={panes.open.library} onToggle={() => panes.toggle('library')} />
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
            <button type="button" onClick={showShortcuts} title="Keyboard shortcuts (?)">
              Shortcuts ?
            </button>
          </>
        }
      />
      <div className="view-column">
        <ViewTabs tabs={VIEWS} current={view} onChange={setView}>
          {sequence && view === 'compare' && (
            <span className="view-sequence">
              ‹ › step through {sequence.label}
              <button
                type="button"
                onClick={() => setSequence(null)}
                aria-label="Stop stepping through the group"
              >
                ✕
              </button>
            </span>
          )}
        </ViewTabs>
        {view === 'collation' ? (
          <div className="view-panel" id="view-collation">
            <CollationPane
              witnesses={witnesses}
              revision={library}
              onAddNote={(draft) =>
                void notes.create(draft).then((note) => note && setSelectedNoteId(note.id))
              }
              onCompare={(baseId, witnessId, at) => {
                setSequence(null);
                setPassageFocus(null);
                choose(baseId, witnessId);
                setFocus(at);
                setView('compare');
              }}
            />
          </div>
        ) : view === 'overview' ? (
          <OverviewPane
            state={overview}
            library={library}
            onOpenPair={openPair}
            onOpenGroup={openGroup}
            onOpenPassage={openPassage}
            onNotePassage={(shared) => void notePassage(shared)}
          />
        ) : (
          <div className="view-panel" id="view-compare">
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
              compactOptions={!panes.wide}
              onSavePdf={savePdf}
              findBar={
                <>
                  {pdfNotice && (
                    <p className="message pdf-notice" role="status">
                      {pdfNotice}
                    </p>
                  )}
                  <FindBar
                    find={find}
                    articles={library?.articles ?? []}
                    clean={settings.clean}
                    onOpenHit={openFolderHit}
                    focusRequest={findFocus}
                    onClose={selectCurrentHit}
                  />
                </>
              }
              notes={{
                placed,
                sides: sides ?? EMPTY_SIDES,
                selectedId: selectedNoteId,
                onSelect: (id) => {
                  const note = notes.folderNotes.find((candidate) => candidate.id === id);
                  if (note) setSelectedNoteId(note.id);
                },
                focus: passageTarget ?? focus,
              }}
            />
          </div>
        )}
      </div>
      {!panes.wide && (panes.open.library || panes.open.notes) && (
        <div className="drawer-backdrop" onClick={panes.closeDrawers} aria-hidden="true" />
      )}
      <NotesPane
        notes={notes}
        comparison={current}
        selectedId={selectedNoteId}
        onSelect={selectNote}
        onAdd={() => void addNote()}
        canAddPassage={passage !== null}
      />
      <PaneRail pane="notes" open={panes.open.notes} onToggle={() => panes.toggle('notes')} />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <NoteScopeDialog
        open={askScope}
        comparison={current}
        onChoose={(scope) => void addScopedNote(scope)}
        onClose={() => setAskScope(false)}
      />
      <PassageMenu at={menuAt} onAddNote={() => void addNote(menuAt?.passage ?? null)} onClose={closeMenu} />
    </div>
  );
}
