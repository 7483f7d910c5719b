// What the comparison list shows, row by row: long runs of unchanged paragraphs fold into one
// "N unchanged paragraphs" line (a little context kept around changes) until expanded; and
// where the changes are, edit by edit, for next/previous navigation.
import type { ComparisonRow, RemovedText } from '../../../preload/contract';
import { changeCount } from '../../../preload/shared/row-pieces';

export type DisplayItem =
  | { kind: 'row'; row: number }
  /** Rows `from` (inclusive) to `to` (exclusive) folded away. */
  | { kind: 'collapsed'; from: number; to: number }
  /** Text cleaning removed from one side, shown where it stood ("show removed text"). */
  | { kind: 'removed-text'; side: 'left' | 'right'; blocks: RemovedText[] };

/** Unchanged rows kept visible next to a change. */
export const CONTEXT_ROWS = 1;
/** Fewer folded rows than this are not worth a fold line. */
export const MIN_FOLDED_ROWS = 3;

export const isChange = (row: ComparisonRow): boolean => row.kind !== 'equal';

/**
 * `expanded` holds the `from` of folds the user opened. Folding only ever hides `equal` rows,
 * so every change stays a visible row.
 */
export function displayItems(
  rows: ComparisonRow[],
  options: { collapse: boolean; expanded: ReadonlySet<number> },
): DisplayItem[] {
  const items: DisplayItem[] = [];
  let index = 0;
  while (index < rows.length) {
    if (!options.collapse || isChange(rows[index]!)) {
      items.push({ kind: 'row', row: index++ });
      continue;
    }
    let end = index;
    while (end < rows.length && !isChange(rows[end]!)) end++;
    const from = index === 0 ? 0 : index + CONTEXT_ROWS;
    const to = end === rows.length ? end : end - CONTEXT_ROWS;
    if (to - from >= MIN_FOLDED_ROWS && !options.expanded.has(from)) {
      for (let row = index; row < from; row++) items.push({ kind: 'row', row });
      items.push({ kind: 'collapsed', from, to });
      for (let row = to; row < end; row++) items.push({ kind: 'row', row });
    } else {
      for (let row = index; row < end; row++) items.push({ kind: 'row', row });
    }
    index = end;
  }
  return items;
}

/**
 * Inserts the blocks cleaning removed before the rows that follow them in each text. Runs after
 * folding, so a fold never hides removed text.
 */
export function withRemovedText(
  items: DisplayItem[],
  rows: ComparisonRow[],
  removed: { left: RemovedText[]; right: RemovedText[] },
): DisplayItem[] {
  if (removed.left.length === 0 && removed.right.length === 0) return items;
  const paragraphOf = (item: DisplayItem, side: 'left' | 'right'): number | undefined => {
    if (item.kind === 'row')
      return side === 'left' ? rows[item.row]!.leftParagraph : rows[item.row]!.rightParagraph;
    if (item.kind === 'collapsed') {
      const row = rows[item.from]!;
      return side === 'left' ? row.leftParagraph : row.rightParagraph;
    }
    return undefined;
  };
  const pending = { left: [...removed.left], right: [...removed.right] };
  const result: DisplayItem[] = [];
  const flush = (side: 'left' | 'right', upTo: number): void => {
    const blocks: RemovedText[] = [];
    while (pending[side].length > 0 && pending[side][0]!.beforeParagraph <= upTo)
      blocks.push(pending[side].shift()!);
    if (blocks.length > 0) result.push({ kind: 'removed-text', side, blocks });
  };
  for (const item of items) {
    for (const side of ['left', 'right'] as const) {
      const paragraph = paragraphOf(item, side);
      if (paragraph !== undefined) flush(side, paragraph);
    }
    result.push(item);
  }
  flush('left', Infinity);
  flush('right', Infinity);
  return result;
}

/** One change a reader steps to: which display item holds it, and its number in that row. */
export interface ChangeStop {
  item: number;
  row: number;
  /** The change's number within its row (the pieces' `change`). */
  local: number;
  /** How many changes its row holds. */
  ofRow: number;
}

/** Every change, in reading order (see ComparisonStats.edits for what one change is). */
export function changeStops(items: DisplayItem[], rows: ComparisonRow[]): ChangeStop[] {
  const stops: ChangeStop[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'row') return;
    const count = changeCount(rows[item.row]!);
    for (let local = 0; local < count; local++)
      stops.push({ item: index, row: item.row, local, ofRow: count });
  });
  return stops;
}

/** The first change of the next (or previous) row with changes, from stop `current`. */
export function paragraphStop(stops: ChangeStop[], current: number, forward: boolean): number {
  if (stops.length === 0) return -1;
  if (current < 0) return forward ? 0 : stops.length - 1 - stops[stops.length - 1]!.local;
  const row = stops[current]!.row;
  if (forward) {
    let next = current;
    while (next < stops.length && stops[next]!.row === row) next++;
    return next % stops.length;
  }
  let previous = current - stops[current]!.local - 1;
  if (previous < 0) previous = stops.length - 1;
  return previous - stops[previous]!.local;
}
