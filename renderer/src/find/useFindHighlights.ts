// Paints the find bar's hits with the CSS Custom Highlight API (as the note highlights are),
// over the rows that are rendered, and repaints when the windowed list renders other rows.
// The current hit is also scrolled into view inside its row once the row is on screen.
import { useEffect } from 'react';
import { domRanges, paragraphCells } from '../notes/passages';
import { paragraphAt, type SideText } from '../notes/side-texts';
import type { ComparisonHit } from './comparison-hits';

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void;
  delete: (name: string) => void;
}

const registry = (): HighlightRegistry | undefined =>
  (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;

export function useFindHighlights(
  hits: readonly ComparisonHit[],
  current: number,
  sides: { left: SideText; right: SideText } | null,
): void {
  useEffect(() => {
    const highlights = registry();
    const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown })
      .Highlight;
    if (!highlights || !HighlightClass || !sides) return;
    let revealed = current < 0;
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      const root = document.querySelector<HTMLElement>('.compare-scroll');
      const all: Range[] = [];
      const currentRanges: Range[] = [];
      if (root) {
        const shown = new Set(
          (['left', 'right'] as const).flatMap((side) =>
            paragraphCells(root, side).map(({ paragraph }) => `${side}:${paragraph}`),
          ),
        );
        hits.forEach((hit, index) => {
          if (!shown.has(`${hit.side}:${paragraphAt(sides[hit.side], hit.start)}`)) return;
          const ranges = domRanges(root, hit.side, sides[hit.side], hit.start, hit.end);
          (index === current ? currentRanges : all).push(...ranges);
        });
        const target = currentRanges[0];
        if (!revealed && target) {
          revealed = true;
          const box = target.getBoundingClientRect();
          const view = root.getBoundingClientRect();
          if (box.top < view.top || box.bottom > view.bottom)
            root.scrollTop += box.top - view.top - view.height / 2;
        }
      }
      highlights.set('find-hit', new HighlightClass(...all));
      highlights.set('find-current', new HighlightClass(...currentRanges));
    };
    paint();
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(paint);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      highlights.delete('find-hit');
      highlights.delete('find-current');
    };
  }, [hits, current, sides]);
}
