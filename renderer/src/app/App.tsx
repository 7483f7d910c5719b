// The shell: library | the current view (compare, overview, collation) | notes, composed from
// per-area hooks that own their state, and the app-wide keys and dialogs.
import { useCallback, useState } from 'react';
import { CollationPane } from '../collation/CollationPane';
import { useWitnesses } from '../collation/useWitnesses';
import { useCompareState } from '../compare/useCompareState';
import { useSavePdf } from '../compare/useSavePdf';
import { useFind } from '../find/useFind';
import { useFindHighlights } from '../find/useFindHighlights';
import { useFolderHit } from '../find/useFolderHit';
import { LibraryPane } from '../library/LibraryPane';
import { useArticleOrder } from '../library/useArticleOrder';
import { useLibrary } from '../library/useLibrary';
import { NotesPane } from '../notes/NotesPane';
import { useNotes } from '../notes/useNotes';
import { OverviewPane } from '../overview/OverviewPane';
import { useOpenedPassage } from '../overview/useOpenedPassage';
import { useOverview } from '../overview/useOverview';
import { CompareView } from './CompareView';
import { NoteDialogs } from './NoteDialogs';
import { PaneRail } from './PaneRail';
import { AppTitle, LibraryFooter, SequenceChip } from './ShellParts';
import { ShortcutsSheet } from './ShortcutsSheet';
import { useAppKeys } from './useAppKeys';
import { useCopyWithMarks } from './useCopyWithMarks';
import { useKeyboardSelection } from './useKeyboardSelection';
import { useNavigation, VIEWS } from './useNavigation';
import { useNoteActions } from './useNoteActions';
import { usePanes } from './usePanes';
import { usePassageSelection } from './usePassageSelection';
import { useTheme } from './useTheme';
import { ViewTabs } from './ViewTabs';
import './layout.css';
import './print.css';

export function App() {
  const source = useLibrary();
  const { library } = source;
  const order = useArticleOrder(library);
  const navigation = useNavigation(library, order.order);
  const { view, setView, sequence, leftId, rightId, pick } = navigation;
  const overview = useOverview(library, view === 'overview');
  const witnesses = useWitnesses(order.ordered);
  const notes = useNotes(library);
  const compare = useCompareState(source.revision, leftId, rightId, notes.folderNotes);
  const { current, sides } = compare;
  const { theme, cycleTheme } = useTheme();
  const panes = usePanes();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useCopyWithMarks();
  const { selectSpan, widenSelection } = useKeyboardSelection(sides);
  const passageTarget = useOpenedPassage(navigation.passageFocus, current, sides, view === 'compare');
  const selection = usePassageSelection(sides, compare.settings.layout === 'side-by-side');
  const noteActions = useNoteActions({ notes, library, compare, selection, navigation });
  const { addNote } = noteActions;
  const { pdfNotice, savePdf } = useSavePdf(current);
  // Find: the bar searches the open comparison's model; a folder hit opens its article first.
  const find = useFind(current, sides, navigation.setFocus);
  useFindHighlights(find.hits, find.current, sides);
  const openFolderHit = useFolderHit(compare.result, find.goToPlace, navigation);
  useAppKeys({
    openFolder: source.openFolder,
    panes,
    find,
    addNote,
    widenSelection,
    navigation,
    showShortcuts,
  });

  return (
    <div className={`app ${panes.className}`}>
      <AppTitle folder={library?.folderName} pair={current} />
      <PaneRail pane="library" open={panes.open.library} onToggle={() => panes.toggle('library')} />
      <LibraryPane
        source={source}
        order={order}
        leftId={leftId}
        rightId={rightId}
        onPick={pick}
        witnesses={{ selected: witnesses.selected, onToggle: witnesses.toggle, onAll: witnesses.selectAll }}
        footer={<LibraryFooter theme={theme} onCycleTheme={cycleTheme} onShortcuts={showShortcuts} />}
      />
      <div className="view-column">
        <ViewTabs tabs={VIEWS} current={view} onChange={setView}>
          {sequence && view === 'compare' && (
            <SequenceChip label={sequence.label} onStop={navigation.stopSequence} />
          )}
        </ViewTabs>
        {view === 'collation' ? (
          <div className="view-panel" id="view-collation">
            <CollationPane
              witnesses={witnesses}
              revision={library}
              onAddNote={(draft) => void noteActions.addDraft(draft)}
              onCompare={navigation.openPair}
            />
          </div>
        ) : view === 'overview' ? (
          <OverviewPane
            state={overview}
            library={library}
            onOpenPair={navigation.openPair}
            onOpenGroup={navigation.openGroup}
            onOpenPassage={navigation.openPassage}
            onNotePassage={(shared) => void noteActions.notePassage(shared)}
          />
        ) : (
          <CompareView
            compare={compare}
            navigation={navigation}
            focus={passageTarget ?? navigation.focus}
            articles={library?.articles ?? []}
            find={find}
            onOpenHit={openFolderHit}
            selectSpan={selectSpan}
            notes={{ selectedId: noteActions.selectedId, onSelect: noteActions.markNote }}
            pdf={{ notice: pdfNotice, save: savePdf }}
            compactOptions={!panes.wide}
          />
        )}
      </div>
      {panes.backdrop && <div className="drawer-backdrop" onClick={panes.closeDrawers} aria-hidden="true" />}
      <NotesPane
        notes={notes}
        comparison={current}
        selectedId={noteActions.selectedId}
        onSelect={noteActions.selectNote}
        onAdd={() => void addNote()}
        canAddPassage={selection.passage !== null}
      />
      <PaneRail pane="notes" open={panes.open.notes} onToggle={() => panes.toggle('notes')} />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <NoteDialogs actions={noteActions} selection={selection} comparison={current} />
    </div>
  );
}
