// Inline (unified) view of one row: the two sides' segments merged into one text, deleted
// words before the inserted words that replace them, shared words once.
import type { ComparisonRow, Segment } from '../../../preload/contract';

export type InlineSegment = Segment & { side: 'left' | 'right' | 'both' };

export function inlineSegments(row: ComparisonRow): InlineSegment[] {
  const merged: InlineSegment[] = [];
  const { left, right } = row;
  let l = 0;
  let r = 0;
  while (l < left.length || r < right.length) {
    const a = left[l];
    const b = right[r];
    if (a && a.op === 'delete') {
      merged.push({ ...a, side: 'left' });
      l++;
    } else if (b && b.op === 'insert') {
      merged.push({ ...b, side: 'right' });
      r++;
    } else if (a && b) {
      // Shared text (equal, or equal once normalised): the right side's wording is shown.
      merged.push({ ...b, side: 'both' });
      l++;
      r++;
    } else if (a) {
      merged.push({ ...a, side: 'left' });
      l++;
    } else if (b) {
      merged.push({ ...b, side: 'right' });
      r++;
    }
  }
  return merged;
}
