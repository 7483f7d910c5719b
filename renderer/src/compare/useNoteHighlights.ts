// Marks the passages that have notes, in their note's colour, with the CSS Custom Highlight
// API: ranges over the rendered text, so the text's own elements stay as they are. Runs
// after every render, since the windowed list changes which rows are in the page.
import { useLayoutEffect } from 'react';
import { NOTE_COLORS } from '../notes/model';
import { domRanges } from '../notes/passages';
import type { PlacedNote } from '../notes/placed-notes';
import type { SideText } from '../notes/side-texts';

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void;
  delete: (name: string) => void;
}

const registry = (): HighlightRegistry | undefined =>
  (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;

export function useNoteHighlights(
  root: HTMLElement | null,
  placed: readonly PlacedNote[],
  sides: { left: SideText; right: SideText },
  selectedId: string | null,
): void {
  useLayoutEffect(() => {
    const highlights = registry();
    const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown })
      .Highlight;
    if (!root || !highlights || !HighlightClass) return;
    const byColor = new Map<string, Range[]>();
    const selected: Range[] = [];
    for (const { note, side, start, end } of placed) {
      const ranges = domRanges(root, side, sides[side], start, end);
      if (note.id === selectedId) selected.push(...ranges);
      else byColor.set(note.color, [...(byColor.get(note.color) ?? []), ...ranges]);
    }
    for (const color of NOTE_COLORS)
      highlights.set(`note-${color}`, new HighlightClass(...(byColor.get(color) ?? [])));
    highlights.set('note-selected', new HighlightClass(...selected));
  });
}
