// The find bar's state: the query and options, the hits in the open comparison (from the
// model), which one is current, and asking the comparison to bring it into view.
import { useCallback, useMemo, useState } from 'react';
import type { Comparison } from '../../../preload/contract';
import type { FindOptions } from '../../../preload/shared/find-text';
import type { SideText } from '../notes/side-texts';
import { comparisonHits, foldSides, hitIndexAt, type ComparisonHit } from './comparison-hits';

export interface FindState {
  open: boolean;
  query: string;
  options: FindOptions;
  hits: ComparisonHit[];
  /** Index into `hits`, or -1 before the first step. */
  current: number;
  show: () => void;
  hide: () => void;
  setQuery: (query: string) => void;
  setOptions: (options: FindOptions) => void;
  next: () => void;
  previous: () => void;
  /** Makes the hit at (or after) this place current, for opening a folder hit. */
  goToPlace: (side: 'left' | 'right', offset: number) => boolean;
  /** A new object each time the bar's field should take the focus (Ctrl/⌘+F when open). */
  focusRequest: object | null;
  requestFocus: () => void;
}

export function useFind(
  comparison: Comparison | null,
  sides: { left: SideText; right: SideText } | null,
  /** Brings a place of the comparison into view (the same request a chosen note makes). */
  reveal: (place: { side: 'left' | 'right'; offset: number }) => void,
): FindState {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, matchDiacritics: false });
  const [current, setCurrent] = useState(-1);
  const [focusRequest, setFocusRequest] = useState<object | null>(null);

  const folded = useMemo(() => (sides ? foldSides(sides, options) : null), [sides, options]);
  const hits = useMemo(
    () =>
      comparison && sides && folded && open && query.length > 0
        ? comparisonHits(comparison.rows, sides, folded, query, options)
        : [],
    [comparison, sides, folded, open, query, options],
  );
  // A new query, option or comparison starts again from the top.
  const [hitsSeen, setHitsSeen] = useState(hits);
  if (hitsSeen !== hits) {
    setHitsSeen(hits);
    setCurrent(-1);
  }

  const goTo = useCallback(
    (index: number) => {
      if (hits.length === 0) return;
      const wrapped = (index + hits.length) % hits.length;
      setCurrent(wrapped);
      const hit = hits[wrapped]!;
      reveal({ side: hit.side, offset: hit.start });
    },
    [hits, reveal],
  );

  return {
    open,
    query,
    options,
    hits,
    current: current < hits.length ? current : -1,
    show: useCallback(() => setOpen(true), []),
    hide: useCallback(() => setOpen(false), []),
    setQuery: setQueryState,
    setOptions,
    next: useCallback(() => goTo(current + 1), [goTo, current]),
    previous: useCallback(() => goTo(current < 0 ? hits.length - 1 : current - 1), [goTo, current, hits]),
    goToPlace: useCallback(
      (side: 'left' | 'right', offset: number) => {
        const index = hitIndexAt(hits, side, offset);
        if (index < 0) return false;
        goTo(index);
        return true;
      },
      [hits, goTo],
    ),
    focusRequest,
    requestFocus: useCallback(() => setFocusRequest({}), []),
  };
}
