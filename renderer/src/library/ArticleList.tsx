// The article list, windowed: only the rows near the viewport are in the DOM, so a folder of
// thousands of files scrolls and fills without freezing. Rows keep their list semantics (each
// says its place in the whole list), and a newly picked A or B is scrolled into view.
import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { ArticleId, ArticleSummary, SkippedFile } from '../../../preload/contract';
import { ArticleRow, SkippedRow, type RowActions } from './ArticleRow';

interface Props {
  ordered: readonly ArticleSummary[];
  skipped: readonly SkippedFile[];
  leftId: ArticleId | null;
  rightId: ArticleId | null;
  collated: ReadonlySet<ArticleId>;
  actions: RowActions;
}

/** A typical row: title, file, facts, the collate box. Rows are measured once rendered. */
const ESTIMATED_ROW_PX = 86;
/** Rows rendered beyond each edge of the viewport, so arrow keys and short scrolls find them. */
const OVERSCAN_ROWS = 12;
/**
 * A folder this small is rendered whole, as the comparison renders short texts whole: there is
 * nothing to save, and assistive technology (and any check reading the page) meets every row.
 */
const RENDER_ALL_BELOW = 60;

/**
 * A row's height, read only from the ResizeObserver's entry, which the browser fills after its
 * own layout. The library's default also reads offsetHeight as each row is attached, which
 * forces a layout of the whole window inside React's commit: with a big folder's first rows that
 * one task took 70-120 ms. With an entry the library's own measure reads it; until one arrives a
 * row counts as its last known height, or the estimate.
 */
function heightFromObserver(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  if (entry) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

/** The same object on every render, calling whatever the pane passed last. */
function useStableActions(actions: RowActions): RowActions {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  return useMemo(
    () => ({
      pick: (side, id) => latest.current.pick(side, id),
      toggleWitness: (id) => latest.current.toggleWitness(id),
      openMenu: (event, article) => latest.current.openMenu(event, article),
    }),
    [],
  );
}

export function ArticleList({ ordered, skipped, leftId, rightId, collated, actions }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const stableActions = useStableActions(actions);
  const count = ordered.length + skipped.length;
  // The React Compiler is not used in this build, so the virtualizer's unmemoisable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    measureElement: heightFromObserver,
    overscan: count < RENDER_ALL_BELOW ? count : OVERSCAN_ROWS,
    getItemKey: (index) =>
      index < ordered.length ? ordered[index]!.id : `skipped:${skipped[index - ordered.length]!.path}`,
  });

  // scrollToIndex (and getOffsetForIndex) read the scroller's scrollHeight, forcing a layout,
  // and count a row flush with the top as out of view; so a row already in view (the pair
  // chosen as a folder opens, usually its first rows) is told from the cached sizes and left
  // alone without asking.
  const reveal = useCallback(
    (index: number) => {
      const row = virtualizer.measurementsCache[index];
      const top = virtualizer.scrollOffset;
      const height = virtualizer.scrollRect?.height;
      const inView =
        row !== undefined &&
        top !== null &&
        height !== undefined &&
        row.start >= top &&
        row.end <= top + height;
      if (!inView) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );
  useScrollIntoView(leftId, ordered, reveal);
  useScrollIntoView(rightId, ordered, reveal);

  const measure = virtualizer.measureElement;
  return (
    <div className="article-scroller" ref={scrollRef}>
      <ul className="article-list" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map(({ index, start }) => {
          const place = { index, setSize: count, top: start, measure };
          const article = ordered[index];
          if (!article) {
            const file = skipped[index - ordered.length]!;
            return <SkippedRow key={`skipped:${file.path}`} file={file} {...place} />;
          }
          return (
            <ArticleRow
              key={article.id}
              article={article}
              isLeft={article.id === leftId}
              isRight={article.id === rightId}
              collated={collated.has(article.id)}
              actions={stableActions}
              {...place}
            />
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Brings the row of a newly chosen article into view (a version step, a pair opened from the
 * overview), once it is listed; a row already in view stays where it is.
 */
function useScrollIntoView(
  id: ArticleId | null,
  ordered: readonly ArticleSummary[],
  reveal: (index: number) => void,
): void {
  const index = useMemo(() => (id ? ordered.findIndex((article) => article.id === id) : -1), [id, ordered]);
  const listed = index >= 0;
  const latestIndex = useRef(index);
  useLayoutEffect(() => {
    latestIndex.current = index;
  });
  useEffect(() => {
    if (listed) reveal(latestIndex.current);
  }, [id, listed, reveal]);
}
