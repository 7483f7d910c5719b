// A shared passage opened from the Overview, in the comparison that opened it: highlighted,
// and the place the comparison should scroll to (as choosing a note does).
import { useMemo } from 'react';
import type { Comparison } from '../../../preload/contract';
import type { PassageFocus } from '../app/useNavigation';
import { toUtf16Offset } from '../notes/anchor';
import type { SideText } from '../notes/side-texts';
import { usePassageHighlight } from './usePassageHighlight';

/** The passage's scroll target, or null when none is open or its article is not on side A. */
export function useOpenedPassage(
  focus: PassageFocus | null,
  comparison: Comparison | null,
  sides: { left: SideText; right: SideText } | null,
  shown: boolean,
): { side: 'left'; offset: number } | null {
  const range = useMemo(() => {
    if (!focus || !comparison || !sides || comparison.left.id !== focus.article) return null;
    const text = sides.left.text;
    return {
      side: 'left' as const,
      start: toUtf16Offset(text, focus.start),
      end: toUtf16Offset(text, focus.end),
    };
  }, [focus, comparison, sides]);
  usePassageHighlight(shown ? range : null, sides);
  return useMemo(() => (range ? { side: range.side, offset: range.start } : null), [range]);
}
