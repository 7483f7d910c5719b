// What the comparison list shows, row by row: long runs of unchanged paragraphs fold into one
// "N unchanged paragraphs" line (a little context kept around changes) until expanded; and
// where the changes are, for next/previous navigation.
import type { ComparisonRow, RemovedText } from '../../../preload/contract';

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

/** Indices (into `items`) of the rows that are changes, in reading order. */
export function changeItems(items: DisplayItem[], rows: ComparisonRow[]): number[] {
  const changes: number[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'row' && isChange(rows[item.row]!)) changes.push(index);
  });
  return changes;
}
