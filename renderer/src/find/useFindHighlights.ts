// Paints the find bar's hits with the CSS Custom Highlight API (as the note highlights are),
// over the rows that are rendered, and repaints when the windowed list renders other rows.
// The current hit is also scrolled into view inside its row, and kept there until it has
// stayed in view for a few frames: a freshly opened pair's rows are still being measured, and
// the list re-centres the row (not the hit) as they are, which could leave a hit at the end of
// a long paragraph thousands of pixels below the window.
import { useEffect } from 'react';
import { domRanges, paragraphCells } from '../notes/passages';
import { paragraphAt, type SideText } from '../notes/side-texts';
import type { ComparisonHit } from './comparison-hits';

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void;
  delete: (name: string) => void;
}

const SETTLED_FRAMES = 3;
const MAX_REVEAL_FRAMES = 120;

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
    // Frames the current hit must be seen in view before the user's scrolling is left alone;
    // and frames to keep trying at most (a hit that never renders must not poll forever).
    let framesInView = current < 0 ? SETTLED_FRAMES : 0;
    let framesLeft = MAX_REVEAL_FRAMES;
    let frame = 0;
    let revealFrame = 0;
    let currentRanges: Range[] = [];
    const reveal = (): void => {
      revealFrame = 0;
      const root = document.querySelector<HTMLElement>('.compare-scroll');
      const target = currentRanges[0];
      if (framesInView >= SETTLED_FRAMES || framesLeft-- <= 0 || !root) return;
      if (target && target.getBoundingClientRect().height > 0) {
        const box = target.getBoundingClientRect();
        const view = root.getBoundingClientRect();
        if (box.top < view.top || box.bottom > view.bottom) {
          framesInView = 0;
          root.scrollTop += box.top - view.top - view.height / 2;
        } else framesInView += 1;
      }
      revealFrame = requestAnimationFrame(reveal);
    };
    const paint = (): void => {
      frame = 0;
      const root = document.querySelector<HTMLElement>('.compare-scroll');
      const all: Range[] = [];
      currentRanges = [];
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
      }
      highlights.set('find-hit', new HighlightClass(...all));
      highlights.set('find-current', new HighlightClass(...currentRanges));
    };
    paint();
    reveal();
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(paint);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(revealFrame);
      highlights.delete('find-hit');
      highlights.delete('find-current');
    };
  }, [hits, current, sides]);
}
