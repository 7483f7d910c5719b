// The find bar's hits in an open comparison: both texts searched in the model (so rows not
// rendered yet are searched too), in reading order: row by row, A before B within a row.
import type { ComparisonRow } from '../../../preload/contract';
import { findInFolded, foldText, type FindOptions, type FoldedText } from '../../../preload/shared/find-text';
import { paragraphAt, type SideText } from '../notes/side-texts';

export interface ComparisonHit {
  side: 'left' | 'right';
  /** UTF-16 offsets into the side's text (as the notes count them). */
  start: number;
  end: number;
  /** The comparison row that shows it. */
  row: number;
}

/** Each side's text folded once per option set; the query changes far more often than that. */
export type FoldedSides = Record<'left' | 'right', FoldedText>;

export const foldSides = (sides: { left: SideText; right: SideText }, options: FindOptions): FoldedSides => ({
  left: foldText(sides.left.text, options),
  right: foldText(sides.right.text, options),
});

/** Row of each paragraph of a side. */
function rowOfParagraph(rows: readonly ComparisonRow[], side: 'left' | 'right'): number[] {
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    const paragraph = side === 'left' ? row.leftParagraph : row.rightParagraph;
    const segments = side === 'left' ? row.left : row.right;
    if (paragraph !== undefined && segments.length > 0) rowOf[paragraph] = index;
  });
  return rowOf;
}

export function comparisonHits(
  rows: readonly ComparisonRow[],
  sides: { left: SideText; right: SideText },
  folded: FoldedSides,
  query: string,
  options: FindOptions,
): ComparisonHit[] {
  const hits: ComparisonHit[] = [];
  for (const side of ['left', 'right'] as const) {
    const rowOf = rowOfParagraph(rows, side);
    for (const hit of findInFolded(folded[side], query, options)) {
      const row = rowOf[paragraphAt(sides[side], hit.start)];
      if (row !== undefined) hits.push({ side, ...hit, row });
    }
  }
  return hits.sort(
    (a, b) => a.row - b.row || (a.side === b.side ? a.start - b.start : a.side === 'left' ? -1 : 1),
  );
}

/** Index of the first hit at or after a place (side and offset), for opening a folder hit. */
export function hitIndexAt(hits: readonly ComparisonHit[], side: 'left' | 'right', offset: number): number {
  const exact = hits.findIndex((hit) => hit.side === side && hit.start <= offset && offset < hit.end);
  if (exact >= 0) return exact;
  return hits.findIndex((hit) => hit.side === side && hit.start >= offset);
}
