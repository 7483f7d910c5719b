// What each side reads at a passage note (pure): from the comparison the note was written in,
// the engine's edits of the row holding the quote, clipped to the quote, give A's text and B's
// text there, with each side's paragraph number (from 1, as `variorum diff` counts). Exports
// carry both, so a note stands alone: the reader sees what the other version says at that place.
import type { Comparison, ComparisonRow, RowEdit } from '../../../preload/contract';
import type { Note } from './model';
import { arrangeNotes, type Side } from './report-notes';

export interface SideReading {
  file: string;
  /** Paragraph number from 1; null when this side has no paragraph there (added, removed). */
  paragraph: number | null;
  /** The text at the passage; '' when this side has none there. */
  text: string;
}

export interface PassageReadings {
  a: SideReading;
  b: SideReading;
  /** The passage's paragraph moved: the other side's paragraph stands elsewhere (its number given). */
  moved: boolean;
}

const sideTextOf = (edit: RowEdit, side: Side): string =>
  edit.op === 'normalized'
    ? edit[side]
    : edit.op === 'equal' || edit.op === (side === 'left' ? 'delete' : 'insert')
      ? edit.text
      : '';

/** A's and B's text over [start, end) of `side`'s text of the row. */
function clipEdits(
  row: ComparisonRow,
  side: Side,
  start: number,
  end: number,
): { left: string; right: string } {
  const other: Side = side === 'left' ? 'right' : 'left';
  const out = { left: '', right: '' };
  let position = 0;
  // The last edit with text on `side` was a change holding the passage's end: what the other
  // side has right after it replaced the passage's last words.
  let afterChange = false;
  /** The passage starts with a change: what the other side has just before it is replaced. */
  const changeAt = (index: number): boolean => {
    const next = row.edits.slice(index + 1).find((later) => sideTextOf(later, side).length > 0);
    return next !== undefined && next.op !== 'equal';
  };
  row.edits.forEach((edit, index) => {
    const own = sideTextOf(edit, side);
    if (own.length === 0) {
      // Only on the other side: part of the reading when it stands inside the passage, or
      // next to a change that starts or ends it (the words it replaced, or that replaced it).
      const inside = position > start && position < end;
      if (inside || afterChange || (position === start && changeAt(index)))
        out[other] += sideTextOf(edit, other);
      return;
    }
    const from = Math.max(start, position);
    const to = Math.min(end, position + own.length);
    if (from < to) {
      if (edit.op === 'equal') {
        const shared = edit.text.slice(from - position, to - position);
        out.left += shared;
        out.right += shared;
      } else if (edit.op === 'normalized') {
        out.left += edit.left;
        out.right += edit.right;
      } else out[side] += own.slice(from - position, to - position);
    }
    afterChange = from < to && edit.op !== 'equal' && position + own.length >= end;
    position += own.length;
  });
  return out;
}

const paragraphNumber = (index: number | undefined): number | null =>
  index === undefined ? null : index + 1;

/** Readings of every passage note placed in one of `comparisons` (its own pair's), by note id. */
export function passageReadings(
  comparisons: readonly Comparison[],
  notes: readonly Note[],
): Map<string, PassageReadings> {
  const readings = new Map<string, PassageReadings>();
  for (const comparison of comparisons) {
    const own = notes.filter(
      (note) =>
        note.anchor &&
        note.comparison?.left.path === comparison.left.path &&
        note.comparison.right.path === comparison.right.path,
    );
    const { atRow } = arrangeNotes(comparison, own);
    for (const [key, placements] of atRow) {
      const [rowIndex, side] = key.split(':') as [string, Side];
      const row = comparison.rows[Number(rowIndex)]!;
      const end =
        row.kind === 'moved' ? comparison.rows.find((r) => r !== row && r.move === row.move) : undefined;
      for (const { note, start, end: stop } of placements) {
        if (readings.has(note.id)) continue;
        const clipped = clipEdits(row, side, start, stop);
        const moved = row.kind === 'moved';
        readings.set(note.id, {
          a: {
            file: comparison.left.path,
            paragraph: paragraphNumber(row.leftParagraph ?? end?.leftParagraph),
            text: (moved && side === 'right' ? '' : clipped.left).trim(),
          },
          b: {
            file: comparison.right.path,
            paragraph: paragraphNumber(row.rightParagraph ?? end?.rightParagraph),
            text: (moved && side === 'left' ? '' : clipped.right).trim(),
          },
          moved,
        });
      }
    }
  }
  return readings;
}
