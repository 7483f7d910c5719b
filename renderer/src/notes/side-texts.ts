// The text of each side of a comparison as the notes see it: its paragraphs, in order, joined
// by blank lines (what main's articleText returns), and where each paragraph starts in it.
import type { Comparison } from '../../../preload/contract';

export interface SideText {
  text: string;
  /** UTF-16 offset in `text` where paragraph n starts. */
  starts: number[];
}

export function sideText(comparison: Comparison, side: 'left' | 'right'): SideText {
  const paragraphs: string[] = [];
  for (const row of comparison.rows) {
    const index = side === 'left' ? row.leftParagraph : row.rightParagraph;
    const segments = side === 'left' ? row.left : row.right;
    if (index !== undefined && segments.length > 0) paragraphs[index] = segments.map((s) => s.text).join('');
  }
  const starts: number[] = [];
  let offset = 0;
  const parts = paragraphs.map((paragraph, index) => {
    starts[index] = offset;
    offset += (paragraph ?? '').length + 2;
    return paragraph ?? '';
  });
  return { text: parts.join('\n\n'), starts };
}

/** The paragraph holding UTF-16 offset `offset` of the side's text. */
export function paragraphAt(side: SideText, offset: number): number {
  let low = 0;
  let high = side.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (side.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
