// Where each passage note sits in the comparison on screen: its passage found again in the
// text as shown (cleaning on or off, the file edited), as UTF-16 offsets of a side's text.
import type { Comparison } from '../../../preload/contract';
import { reanchorAll, toUtf16Offset } from './anchor';
import type { Note } from './model';
import type { SideText } from './side-texts';

export interface PlacedNote {
  note: Note;
  side: 'left' | 'right';
  start: number;
  end: number;
}

export function placeNotes(
  comparison: Comparison,
  notes: readonly Note[],
  sides: { left: SideText; right: SideText },
): PlacedNote[] {
  const placed: PlacedNote[] = [];
  for (const side of ['left', 'right'] as const) {
    const path = comparison[side].path;
    const passages = notes.filter((note) => note.anchor && note.article?.path === path);
    if (passages.length === 0) continue;
    const text = sides[side].text;
    reanchorAll(
      text,
      passages.map((note) => note.anchor!),
    ).forEach((found, index) => {
      if (found.status !== 'anchored') return;
      placed.push({
        note: passages[index]!,
        side,
        start: toUtf16Offset(text, found.start),
        end: toUtf16Offset(text, found.end),
      });
    });
  }
  return placed;
}
