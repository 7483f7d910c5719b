// What the comparison list shows, row by row: long runs of unchanged paragraphs fold into one
// "N unchanged paragraphs" line (a little context kept around changes) until expanded; and
// where the changes are, for next/previous navigation.
import type { ComparisonRow } from '../../../preload/contract';

export type DisplayItem =
  | { kind: 'row'; row: number }
  /** Rows `from` (inclusive) to `to` (exclusive) folded away. */
  | { kind: 'collapsed'; from: number; to: number };

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

/** Indices (into `items`) of the rows that are changes, in reading order. */
export function changeItems(items: DisplayItem[], rows: ComparisonRow[]): number[] {
  const changes: number[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'row' && isChange(rows[item.row]!)) changes.push(index);
  });
  return changes;
}
