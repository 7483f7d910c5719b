// What each side reads at a passage note (pure): from the comparison the note was written in,
// the engine's edits of the row holding the quote, clipped to the quote, give A's text and B's
// text there, with each side's paragraph number (from 1, as `variorum diff` counts). Exports
// carry both, so a note stands alone: the reader sees what the other version says at that place.
import type { Comparison, RowEdit } from '../../../preload/contract';
import type { Note } from './model';
import { arrangeNotes, type Side } from './report-notes';

export interface SideReading {
  file: string;
  /** Paragraph number from 1; null when this side has no paragraph there (added, removed). */
  paragraph: number | null;
  /** The text at the passage; '' when this side has none there. */
  text: string;
  /**
   * Up to CONTEXT characters of this side's paragraph right before and after `text`, so the
   * reading can be found again as a W3C TextQuoteSelector finds a quote (empty with no paragraph).
   */
  prefix: string;
  suffix: string;
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

/** Characters of context kept around a reading: what Hypothesis and the W3C examples use. */
const CONTEXT = 32;

/** The other side's reading at a passage: where it runs in that side's text of the row. */
interface OtherReading {
  from: number;
  to: number;
  /** The other side's whole text in the row, for the reading's context. */
  text: string;
}

/**
 * Where the other side's text runs against [start, end) of `side`'s text of the row's edits:
 * the words both share there, the words that replaced the passage's, and, when the passage's
 * words were cut, the empty place where they stood.
 */
function otherReading(edits: readonly RowEdit[], side: Side, start: number, end: number): OtherReading {
  const other: Side = side === 'left' ? 'right' : 'left';
  let position = 0;
  let otherPosition = 0;
  let from: number | null = null;
  let to = 0;
  const take = (at: number, upTo: number): void => {
    from ??= at;
    to = upTo;
  };
  // The last edit with text on `side` was a change holding the passage's end: what the other
  // side has right after it replaced the passage's last words.
  let afterChange = false;
  /** The passage starts with a change: what the other side has just before it is replaced. */
  const changeAt = (index: number): boolean => {
    const next = edits.slice(index + 1).find((later) => sideTextOf(later, side).length > 0);
    return next !== undefined && next.op !== 'equal';
  };
  const texts: string[] = [];
  edits.forEach((edit, index) => {
    const own = sideTextOf(edit, side);
    const theirs = sideTextOf(edit, other);
    texts.push(theirs);
    if (own.length === 0) {
      // Only on the other side: part of the reading when it stands inside the passage, or
      // next to a change that starts or ends it (the words it replaced, or that replaced it).
      const inside = position > start && position < end;
      if (inside || afterChange || (position === start && changeAt(index)))
        take(otherPosition, otherPosition + theirs.length);
      otherPosition += theirs.length;
      return;
    }
    // Until a word is taken, the place where the passage starts is where the reading stands.
    if (from === null && position < end && position + own.length > start) to = otherPosition;
    const clipFrom = Math.max(start, position);
    const clipTo = Math.min(end, position + own.length);
    if (clipFrom < clipTo) {
      if (edit.op === 'equal')
        take(otherPosition + (clipFrom - position), otherPosition + (clipTo - position));
      else if (edit.op === 'normalized') take(otherPosition, otherPosition + theirs.length);
    }
    afterChange = clipFrom < clipTo && edit.op !== 'equal' && position + own.length >= end;
    position += own.length;
    otherPosition += theirs.length;
  });
  return { from: from ?? to, to, text: texts.join('') };
}

/**
 * A moved paragraph's diff from its two ends: the engine cut one diff of the pair into A's edits
 * (where it left) and B's (where it landed), each keeping the equal words; this lays them side
 * by side again, the changes between two equal stretches in the order the engine writes them (A's,
 * then B's). Null when the equal words do not agree, which a row from the engine never gives.
 */
function bothEnds(leftEdits: readonly RowEdit[], rightEdits: readonly RowEdit[]): RowEdit[] | null {
  const edits: RowEdit[] = [];
  let i = 0;
  let j = 0;
  // How far into the current equal edit of each side the pairing has reached: one side may have
  // joined equal stretches that a normalized edit kept apart on the other.
  let leftAt = 0;
  let rightAt = 0;
  while (i < leftEdits.length || j < rightEdits.length) {
    const left = leftEdits[i];
    const right = rightEdits[j];
    if (left && left.op !== 'equal') {
      if (left.op === 'normalized' && right?.op === 'normalized') {
        edits.push({ ...left, right: right.right });
        j++;
      } else edits.push(left);
      i++;
    } else if (right && right.op !== 'equal') {
      edits.push(right);
      j++;
    } else {
      if (!left || !right) return null;
      const leftText = left.text.slice(leftAt);
      const rightText = right.text.slice(rightAt);
      const length = Math.min(leftText.length, rightText.length);
      if (leftText.slice(0, length) !== rightText.slice(0, length)) return null;
      edits.push({ op: 'equal', text: leftText.slice(0, length) });
      leftAt += length;
      rightAt += length;
      if (leftAt === left.text.length) [i, leftAt] = [i + 1, 0];
      if (rightAt === right.text.length) [j, rightAt] = [j + 1, 0];
    }
  }
  return edits;
}

const paragraphNumber = (index: number | undefined): number | null =>
  index === undefined ? null : index + 1;

/** A side's reading: `text[from, to)` with its outer spaces trimmed, and the context around it. */
function readingOf(
  file: string,
  paragraph: number | null,
  text: string,
  from: number,
  to: number,
): SideReading {
  if (paragraph === null) return { file, paragraph, text: '', prefix: '', suffix: '' };
  const raw = text.slice(from, to);
  const start = from + (raw.length - raw.trimStart().length);
  const end = Math.max(start, to - (raw.length - raw.trimEnd().length));
  return {
    file,
    paragraph,
    text: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

const rowText = (segments: readonly { text: string }[]): string => segments.map((s) => s.text).join('');

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
      const other: Side = side === 'left' ? 'right' : 'left';
      const row = comparison.rows[Number(rowIndex)]!;
      const moved = row.kind === 'moved';
      const end = moved ? comparison.rows.find((r) => r !== row && r.move === row.move) : undefined;
      const paragraphs = {
        left: paragraphNumber(row.leftParagraph ?? end?.leftParagraph),
        right: paragraphNumber(row.rightParagraph ?? end?.rightParagraph),
      };
      // One end of a move holds only its own side's text (its "equal" words are equal to the
      // other end): the two ends' edits together are the moved pair's diff.
      const edits = moved
        ? end && (side === 'left' ? bothEnds(row.edits, end.edits) : bothEnds(end.edits, row.edits))
        : row.edits;
      for (const { note, start, end: stop } of placements) {
        if (readings.has(note.id)) continue;
        const theirs = edits ? otherReading(edits, side, start, stop) : { text: '', from: 0, to: 0 };
        const sides = {
          [side]: readingOf('', paragraphs[side], rowText(row[side]), start, stop),
          [other]: readingOf('', paragraphs[other], theirs.text, theirs.from, theirs.to),
        } as Record<Side, SideReading>;
        readings.set(note.id, {
          a: { ...sides.left, file: comparison.left.path },
          b: { ...sides.right, file: comparison.right.path },
          moved,
        });
      }
    }
  }
  return readings;
}
