// Where the user is: which view, which pair, and how they got there. The overview, the
// collation, notes and find each open a pair through here, so that opening one way clears
// what another left behind (a group being stepped through, a shared passage's highlight).
import { useCallback, useState } from 'react';
import type { ArticleId, LibrarySnapshot, OverviewGroup, OverviewPassage } from '../../../preload/contract';
import { usePair } from './usePair';

export type View = 'compare' | 'overview' | 'collation';
export const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'compare', label: 'Compare' },
  { id: 'overview', label: 'Overview' },
  { id: 'collation', label: 'Collation' },
];
export type Side = 'left' | 'right';
/** A place in one side's text (UTF-16 offset) for the comparison to bring into view. */
export interface FocusTarget {
  side: Side;
  offset: number;
}
/** A shared passage opened from the Overview: code points into that article's text. */
export interface PassageFocus {
  article: ArticleId;
  start: number;
  end: number;
}

/** `order`: the folder's article ids as the list shows them. */
export function useNavigation(library: LibrarySnapshot | null, order: readonly ArticleId[]) {
  const [view, setView] = useState<View>('compare');
  // A group opened from the Overview: ‹ › step through its versions in the group's order.
  const [sequence, setSequence] = useState<{ ids: ArticleId[]; label: string } | null>(null);
  const [passageFocus, setPassageFocus] = useState<PassageFocus | null>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const pair = usePair(library, sequence?.ids ?? order);
  const { choose, pick: pickInList } = pair;

  /** Puts `id` on one side from the list (or a find hit), leaving any group or passage. */
  const pick = useCallback(
    (side: Side, id: ArticleId) => {
      setSequence(null);
      setPassageFocus(null);
      setView('compare');
      pickInList(side, id);
    },
    [pickInList],
  );
  /** Compares `a` with `b`, optionally bringing a place of the comparison into view. */
  const openPair = useCallback(
    (a: ArticleId, b: ArticleId, at?: FocusTarget | null) => {
      setSequence(null);
      setPassageFocus(null);
      choose(a, b);
      if (at !== undefined) setFocus(at);
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
  /** Opens the article holding the `index`th occurrence beside another that shares it. */
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
  const stopSequence = useCallback(() => setSequence(null), []);
  const clearPassageFocus = useCallback(() => setPassageFocus(null), []);

  return {
    view,
    setView,
    sequence,
    stopSequence,
    leftId: pair.leftId,
    rightId: pair.rightId,
    swap: pair.swap,
    step: pair.step,
    choose,
    pick,
    openPair,
    openGroup,
    openPassage,
    passageFocus,
    clearPassageFocus,
    focus,
    setFocus,
  };
}

export type Navigation = ReturnType<typeof useNavigation>;
