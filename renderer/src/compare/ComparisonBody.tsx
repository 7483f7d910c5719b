// The comparison's rows, virtualised so a 200,000-word pair scrolls smoothly, with folding
// of unchanged runs, next/previous change edit by edit (Shift: paragraph by paragraph; buttons
// and keys), and the overview strip.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison, ComparisonRow, Segment } from '../../../preload/contract';
import { changeStops, displayItems, paragraphStop, withRemovedText, type DisplayItem } from './display-items';
import { OverviewStrip, type OverviewMark } from './OverviewStrip';
import { RowView, rowLabel } from './RowView';
import { isTypingIn } from '../app/keys';
import { textOffsetAt } from '../notes/passages';
import type { PlacedNote } from '../notes/placed-notes';
import { paragraphAt, type SideText } from '../notes/side-texts';
import { useNoteHighlights } from './useNoteHighlights';
import type { ViewSettings } from './useViewSettings';

interface Props {
  rows: ComparisonRow[];
  /** What cleaning removed, shown when `showRemoved`. */
  removed: Comparison['removed'];
  showRemoved: boolean;
  layout: ViewSettings['layout'];
  collapseUnchanged: boolean;
  stale: boolean;
  /** Passage notes placed in this comparison, highlighted in the text. */
  notes: NotesInView;
  /** Render every row, not just the window on screen (while printing). */
  renderAll?: boolean;
}

export interface NotesInView {
  placed: readonly PlacedNote[];
  sides: { left: SideText; right: SideText };
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Scroll to this passage (a new object each time it is asked). */
  focus: { side: 'left' | 'right'; offset: number } | null;
}

/** Short comparisons are rendered whole (so find-in-page sees everything); long ones windowed. */
const RENDER_ALL_BELOW = 300;

function estimateHeight(item: DisplayItem, rows: ComparisonRow[], layout: Props['layout']): number {
  if (item.kind === 'collapsed') return 40;
  if (item.kind === 'removed-text') return 30 + item.blocks.length * 30;
  const row = rows[item.row]!;
  const length = (segments: Segment[]): number =>
    segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const characters =
    layout === 'inline'
      ? length(row.left) + length(row.right)
      : Math.max(length(row.left), length(row.right));
  const charactersPerLine = layout === 'inline' ? 90 : 60;
  return 18 + Math.max(1, Math.ceil(characters / charactersPerLine)) * 26;
}

export function ComparisonBody({
  rows,
  removed,
  showRemoved,
  layout,
  collapseUnchanged,
  stale,
  notes,
  renderAll = false,
}: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const items = useMemo(() => {
    const folded = displayItems(rows, { collapse: collapseUnchanged, expanded });
    return showRemoved ? withRemovedText(folded, rows, removed) : folded;
  }, [rows, removed, showRemoved, collapseUnchanged, expanded]);
  const changes = useMemo(() => changeStops(items, rows), [items, rows]);
  const [current, setCurrent] = useState(-1);
  const scrollRef = useRef<HTMLDivElement>(null);

  // The React Compiler is not used in this build, so the virtualizer's unmemoisable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateHeight(items[index]!, rows, layout),
    overscan: renderAll || items.length < RENDER_ALL_BELOW ? items.length : 10,
  });

  const goToChange = useCallback(
    (index: number) => {
      if (changes.length === 0) return;
      const wrapped = (index + changes.length) % changes.length;
      setCurrent(wrapped);
      virtualizer.scrollToIndex(changes[wrapped]!.item, { align: 'center' });
    },
    [changes, virtualizer],
  );
  const next = useCallback(() => goToChange(current + 1), [current, goToChange]);
  const previous = useCallback(
    () => goToChange(current < 0 ? changes.length - 1 : current - 1),
    [current, changes, goToChange],
  );
  const nextParagraph = useCallback(
    () => goToChange(paragraphStop(changes, current, true)),
    [changes, current, goToChange],
  );
  const previousParagraph = useCallback(
    () => goToChange(paragraphStop(changes, current, false)),
    [changes, current, goToChange],
  );

  // A change inside a long paragraph may lie outside the view once its row is centred: once
  // the row is rendered, bring the change itself into view.
  useEffect(() => {
    if (current < 0) return;
    const stop = changes[current];
    const frame = requestAnimationFrame(() => {
      const scroller = scrollRef.current;
      const element = scroller?.querySelector<HTMLElement>(`[data-index="${stop?.item}"] .is-current-change`);
      if (!scroller || !element) return;
      const box = element.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom) element.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [current, changes]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTypingIn(event.target) || event.ctrlKey || event.metaKey) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      // n/p and Alt+arrows step by edit; with Shift, by paragraph. F7 / Shift+F7 step by edit.
      const forward =
        (key === 'n' && !event.altKey) ||
        (key === 'F7' && !event.shiftKey) ||
        (event.altKey && key === 'ArrowDown');
      const backward =
        (key === 'p' && !event.altKey) ||
        (key === 'F7' && event.shiftKey) ||
        (event.altKey && key === 'ArrowUp');
      if (!forward && !backward) return;
      event.preventDefault();
      const byParagraph = event.shiftKey && key !== 'F7';
      if (byParagraph) {
        if (forward) nextParagraph();
        else previousParagraph();
      } else if (forward) next();
      else previous();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, nextParagraph, previousParagraph]);

  const followMove = useCallback(
    (move: number, toSide: 'left' | 'right') => {
      const target = items.findIndex((item) => {
        if (item.kind !== 'row') return false;
        const row = rows[item.row]!;
        return row.move === move && (toSide === 'left' ? row.left.length > 0 : row.right.length > 0);
      });
      if (target < 0) return;
      const changeIndex = changes.findIndex((stop) => stop.item === target);
      if (changeIndex >= 0) setCurrent(changeIndex);
      virtualizer.scrollToIndex(target, { align: 'center' });
    },
    [items, rows, changes, virtualizer],
  );

  // A note chosen in the notes pane: bring its passage into view.
  useEffect(() => {
    const focus = notes.focus;
    if (!focus) return;
    const paragraph = paragraphAt(notes.sides[focus.side], focus.offset);
    const target = items.findIndex((item) => {
      if (item.kind !== 'row') return false;
      const row = rows[item.row]!;
      return (focus.side === 'left' ? row.leftParagraph : row.rightParagraph) === paragraph;
    });
    if (target < 0) {
      // Folded away: open the fold first; the next render scrolls.
      const fold = items.find(
        (item) =>
          item.kind === 'collapsed' &&
          rows
            .slice(item.from, item.to)
            .some((row) => (focus.side === 'left' ? row.leftParagraph : row.rightParagraph) === paragraph),
      );
      if (fold?.kind === 'collapsed') setExpanded((open) => new Set(open).add(fold.from));
      return;
    }
    virtualizer.scrollToIndex(target, { align: 'center' });
  }, [notes.focus, notes.sides, items, rows, virtualizer]);

  useNoteHighlights(scrollRef.current, notes.placed, notes.sides, notes.selectedId);

  // Clicking a highlighted passage selects its note.
  const selectNoteAt = (event: React.MouseEvent): void => {
    if (window.getSelection()?.isCollapsed === false) return;
    const hit = textOffsetAt(event.clientX, event.clientY, notes.sides);
    if (!hit) return;
    const note = notes.placed.find(
      (placed) => placed.side === hit.side && placed.start <= hit.start && hit.start < placed.end,
    );
    if (note) notes.onSelect(note.note.id);
  };

  const total = virtualizer.getTotalSize();
  // One mark per change, spread through its row's height in order.
  const marks: OverviewMark[] = changes.map((stop) => {
    const measured = virtualizer.measurementsCache[stop.item];
    const start = (measured?.start ?? 0) + ((measured?.size ?? 0) * stop.local) / stop.ofRow;
    return { at: total > 0 ? start / total : 0, kind: rows[stop.row]!.kind };
  });
  const currentStop = current >= 0 ? changes[current] : undefined;

  return (
    <div className={`compare-body layout-${layout}${stale ? ' is-stale' : ''}`}>
      <div className="change-nav" role="navigation" aria-label="Changes">
        <button
          type="button"
          onClick={previousParagraph}
          disabled={changes.length === 0}
          title="Previous paragraph with changes (Shift+p, Shift+Alt+↑)"
          aria-label="Previous paragraph with changes"
        >
          ⇞
        </button>
        <button
          type="button"
          onClick={previous}
          disabled={changes.length === 0}
          title="Previous change (p, Shift+F7, Alt+↑)"
          aria-label="Previous change"
        >
          ↑ Previous
        </button>
        <span className="change-counter" data-testid="change-counter" aria-live="polite">
          {changes.length === 0
            ? 'No changes'
            : current < 0
              ? `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`
              : `Change ${current + 1} of ${changes.length}`}
        </span>
        <button
          type="button"
          onClick={next}
          disabled={changes.length === 0}
          title="Next change (n, F7, Alt+↓)"
          aria-label="Next change"
        >
          ↓ Next
        </button>
        <button
          type="button"
          onClick={nextParagraph}
          disabled={changes.length === 0}
          title="Next paragraph with changes (Shift+n, Shift+Alt+↓)"
          aria-label="Next paragraph with changes"
        >
          ⇟
        </button>
      </div>
      <div
        className="compare-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label="Aligned paragraphs"
      >
        <div
          className="rows"
          role="table"
          aria-label="Aligned paragraphs of A and B"
          style={{ height: `${total}px` }}
          onClick={selectNoteAt}
        >
          {virtualizer.getVirtualItems().map((virtualItem) => {
            const item = items[virtualItem.index]!;
            const common = {
              key: virtualItem.key,
              'data-index': virtualItem.index,
              ref: virtualizer.measureElement,
              style: { transform: `translateY(${virtualItem.start}px)` },
            };
            if (item.kind === 'collapsed') {
              const count = item.to - item.from;
              return (
                <div {...common} className="row row-folded" role="row" data-testid="folded">
                  <div role="cell">
                    <button
                      type="button"
                      className="fold"
                      onClick={() => setExpanded((open) => new Set(open).add(item.from))}
                    >
                      ⋯ {count} unchanged paragraphs
                    </button>
                  </div>
                </div>
              );
            }
            if (item.kind === 'removed-text') {
              const removedCell = (
                <div
                  role="cell"
                  className={`cell cell-${item.side} cell-removed-text`}
                  aria-label="Text removed by cleaning"
                >
                  {item.blocks.map((block, index) => (
                    <p key={index}>
                      <span className="removed-reason">Removed: {block.reason}</span>
                      <span className="removed-body">{block.text}</span>
                    </p>
                  ))}
                </div>
              );
              return (
                <div {...common} className="row row-removed-text" role="row" data-testid="removed-text">
                  {layout === 'inline' ? (
                    removedCell
                  ) : item.side === 'left' ? (
                    <>
                      {removedCell}
                      <div role="cell" className="cell cell-right" />
                    </>
                  ) : (
                    <>
                      <div role="cell" className="cell cell-left" />
                      {removedCell}
                    </>
                  )}
                </div>
              );
            }
            const row = rows[item.row]!;
            return (
              <div
                {...common}
                className={`row row-${row.kind}${virtualItem.index === currentStop?.item ? ' is-current' : ''}`}
                role="row"
                aria-label={rowLabel(row)}
                data-testid="row"
                data-kind={row.kind}
              >
                <RowView
                  row={row}
                  layout={layout}
                  onFollowMove={followMove}
                  currentChange={
                    // A whole paragraph that is one change is marked by its row alone.
                    virtualItem.index === currentStop?.item && row.kind === 'changed'
                      ? currentStop.local
                      : undefined
                  }
                />
              </div>
            );
          })}
        </div>
      </div>
      <OverviewStrip marks={marks} current={current} onPick={goToChange} />
    </div>
  );
}
