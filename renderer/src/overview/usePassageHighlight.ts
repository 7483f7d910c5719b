// Marks a shared passage opened from the Overview in the comparison, with the CSS Custom
// Highlight API. The rows are windowed, so the marks are laid again whenever rows change.
import { useEffect } from 'react';
import { domRanges } from '../notes/passages';
import type { SideText } from '../notes/side-texts';

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void;
  delete: (name: string) => void;
}

const NAME = 'overview-passage';

/** `passage`: UTF-16 offsets into that side's text, or null for none. */
export function usePassageHighlight(
  passage: { side: 'left' | 'right'; start: number; end: number } | null,
  sides: { left: SideText; right: SideText } | null,
): void {
  useEffect(() => {
    const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)
      ?.highlights;
    const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown })
      .Highlight;
    const root = document.querySelector<HTMLElement>('main.compare');
    if (!highlights || !HighlightClass || !root || !passage || !sides) {
      highlights?.delete(NAME);
      return;
    }
    const lay = (): void =>
      highlights.set(
        NAME,
        new HighlightClass(...domRanges(root, passage.side, sides[passage.side], passage.start, passage.end)),
      );
    lay();
    const observer = new MutationObserver(lay);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      highlights.delete(NAME);
    };
  }, [passage, sides]);
}
