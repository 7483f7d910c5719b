// Passages from the keyboard: a span of one side's text made the document's selection (so the
// note flow, and the reader's eyes, see exactly what a mouse would have chosen), and a
// selection widened to its sentence or paragraph.
import { useCallback } from 'react';
import { domRanges, selectedPassage } from '../notes/passages';
import type { SideText } from '../notes/side-texts';
import { paragraphSpan, sentenceSpan, type Span } from './keyboard-passage';

export function useKeyboardSelection(sides: { left: SideText; right: SideText } | null) {
  const selectSpan = useCallback(
    (side: 'left' | 'right', span: Span) => {
      const root = document.querySelector<HTMLElement>('.compare-scroll');
      if (!root || !sides) return;
      const ranges = domRanges(root, side, sides[side], span.start, span.end);
      const first = ranges[0];
      const last = ranges[ranges.length - 1];
      if (!first || !last) return;
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(last.endContainer, last.endOffset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [sides],
  );
  const widenSelection = useCallback(
    (unit: 'sentence' | 'paragraph'): boolean => {
      const chosen = sides ? selectedPassage(sides) : null;
      if (!chosen || !sides) return false;
      const side = sides[chosen.side];
      selectSpan(
        chosen.side,
        unit === 'sentence'
          ? sentenceSpan(side, chosen.start, chosen.end)
          : paragraphSpan(side, chosen.start),
      );
      return true;
    },
    [sides, selectSpan],
  );
  return { selectSpan, widenSelection };
}
