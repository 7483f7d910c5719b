// What the user does with notes from anywhere in the app: add one on the selected passage
// (or, with none, ask what it is about), note a shared passage from the Overview, and choose
// a note, which takes you to its passage.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibrarySnapshot, OverviewPassage } from '../../../preload/contract';
import type { CompareState } from '../compare/useCompareState';
import { api } from '../api';
import { selectorsFor, toCodePointOffset } from '../notes/anchor';
import type { Note, NoteDraft } from '../notes/model';
import type { Passage } from '../notes/passages';
import type { NotesState } from '../notes/useNotes';
import type { NoteScopeChoice } from './NoteScopeDialog';
import type { Navigation } from './useNavigation';

interface Context {
  notes: NotesState;
  library: LibrarySnapshot | null;
  /** The open comparison, its side texts and the notes placed in them. */
  compare: Pick<CompareState, 'current' | 'sides' | 'placed'>;
  /** `passageNow`: the selected passage as it is at the moment of asking. */
  selection: { passageNow: () => Passage | null };
  navigation: Pick<Navigation, 'choose' | 'pick' | 'setFocus' | 'clearPassageFocus'>;
}

export function useNoteActions({ notes, library, compare, selection, navigation }: Context) {
  const { current: comparison, sides, placed } = compare;
  const { passageNow } = selection;
  const { choose, pick, setFocus, clearPassageFocus } = navigation;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [askScope, setAskScope] = useState(false);
  const created = (note: Note | null | undefined): void => {
    if (note) setSelectedId(note.id);
  };

  // Choosing a note takes you to it: its passage if it is in view, else its comparison (or its
  // article) is opened first and the passage shown once that comparison has arrived.
  const pendingNote = useRef<string | null>(null);
  const selectNote = useCallback(
    (note: Note) => {
      setSelectedId(note.id);
      clearPassageFocus();
      const spot = placed.find((candidate) => candidate.note.id === note.id);
      if (spot) {
        setFocus({ side: spot.side, offset: spot.start });
        return;
      }
      const idOf = (path: string | undefined): string | undefined =>
        path === undefined ? undefined : library?.articles.find((article) => article.path === path)?.id;
      const shown = comparison ? [comparison.left.path, comparison.right.path] : [];
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
    [placed, library, comparison, pick, choose, setFocus, clearPassageFocus],
  );
  useEffect(() => {
    const id = pendingNote.current;
    const spot = id ? placed.find((candidate) => candidate.note.id === id) : undefined;
    if (!spot) return;
    pendingNote.current = null;
    setFocus({ side: spot.side, offset: spot.start });
  }, [placed, setFocus]);

  /** A note about the folder, one article, or the comparison (the dialog's answer). */
  const addScopedNote = useCallback(
    async (scope: NoteScopeChoice) => {
      setAskScope(false);
      const pair = comparison ? { left: comparison.left, right: comparison.right } : undefined;
      created(
        scope === 'folder' || !comparison
          ? await notes.create({ scope: 'folder' })
          : scope === 'comparison'
            ? await notes.create({ scope: 'article', article: comparison.right, comparison: pair })
            : await notes.create({ scope: 'article', article: comparison[scope] }),
      );
    },
    [comparison, notes],
  );

  /** A note on `given` (the menu's passage) or the current selection; with none, asks the scope. */
  const addNote = useCallback(
    async (given?: Passage | null) => {
      const chosen = given !== undefined ? given : passageNow();
      if (!(comparison && sides && chosen)) {
        if (comparison) setAskScope(true);
        else await addScopedNote('folder');
        return;
      }
      const text = sides[chosen.side].text;
      const note = await notes.create({
        scope: 'passage',
        article: comparison[chosen.side],
        anchor: selectorsFor(
          text,
          toCodePointOffset(text, chosen.start),
          toCodePointOffset(text, chosen.end),
        ),
        comparison: { left: comparison.left, right: comparison.right },
      });
      window.getSelection()?.removeAllRanges();
      created(note);
    },
    [comparison, sides, notes, addScopedNote, passageNow],
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
      created(
        await notes.create({
          scope: 'passage',
          article,
          anchor: selectorsFor(text, first!.start, first!.end),
          body: `Shared passage, also in:\n\n${others.map((other) => `- ${other.title} (${other.path})`).join('\n')}`,
          tags: ['shared-passage'],
        }),
      );
    },
    [library, notes],
  );

  /** A note drafted elsewhere (the collation's apparatus). */
  const addDraft = useCallback(
    async (draft: Omit<NoteDraft, 'folder'>) => created(await notes.create(draft)),
    [notes],
  );
  /** A note's mark clicked in the comparison: selects it without moving the view. */
  const markNote = useCallback(
    (id: string) => {
      if (notes.folderNotes.some((candidate) => candidate.id === id)) setSelectedId(id);
    },
    [notes.folderNotes],
  );

  return {
    selectedId,
    selectNote,
    markNote,
    addNote,
    addScopedNote,
    addDraft,
    notePassage,
    askScope,
    closeScope: useCallback(() => setAskScope(false), []),
  };
}
