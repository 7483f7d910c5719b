// The align step of the collation: progressive alignment of witnesses against a growing
// "spine" (the base, plus every paragraph and word an earlier witness added), using the pair
// engine's alignments. Each witness costs one compareTexts call, so the whole is near-linear.
import { compareTexts } from '../compare/compare';
import { splitParagraphs } from '../compare/tokenize';
import type { ComparisonRow, Segment } from '../../preload/contract';

/** One word position of a slot: each witness's token there (exact text), if it has one. */
export interface Column {
  /** By witness index; undefined where the witness has no word at this position. */
  readings: Array<string | undefined>;
  /** The text this position is compared by: the reading of the first witness that had it. */
  spelling: string;
}

/** One paragraph position across the witnesses. */
export interface Slot {
  columns: Column[];
  /** By witness index: the witness's paragraph index standing in this slot, or null. */
  paragraph: Array<number | null>;
  /** By witness index: the slot holding the same paragraph in the other order (a move). */
  movedWith: Map<number, Slot>;
}

const TOKEN = /\S+\s*/g;

/** Words with their trailing whitespace, as the pair engine's word tokens are cut. */
export const wordsOf = (text: string): string[] => text.match(TOKEN) ?? [];

interface TaggedToken {
  text: string;
  /** The token is on this side only (deleted from the spine, inserted by the witness). */
  own: boolean;
}

function tokensOf(segments: Segment[]): TaggedToken[] {
  const tokens: TaggedToken[] = [];
  for (const segment of segments) {
    const own = segment.op === 'delete' || segment.op === 'insert';
    for (const text of wordsOf(segment.text)) tokens.push({ text, own });
  }
  return tokens;
}

/** The slot's words as one paragraph the pair engine will cut back into the same tokens. */
function slotText(slot: Slot): string {
  const last = slot.columns.length - 1;
  let text = '';
  slot.columns.forEach((column, k) => {
    const spelling = column.spelling;
    if (k === last) text += spelling.trimEnd();
    else text += /\s$/.test(spelling) ? spelling : `${spelling} `;
  });
  return text;
}

function newSlot(witnesses: number): Slot {
  return { columns: [], paragraph: new Array<number | null>(witnesses).fill(null), movedWith: new Map() };
}

function columnOf(witnesses: number, index: number, text: string): Column {
  const readings = new Array<string | undefined>(witnesses);
  readings[index] = text;
  return { readings, spelling: text };
}

/** A slot made of one witness's paragraph alone (the base's, or one that others lack). */
function slotOfParagraph(witnesses: number, index: number, paragraph: number, text: string): Slot {
  const slot = newSlot(witnesses);
  slot.paragraph[index] = paragraph;
  slot.columns = wordsOf(text).map((word) => columnOf(witnesses, index, word));
  return slot;
}

/**
 * Slots whose words would be split by the pair engine's long-paragraph rule are split the
 * same way first, so each slot is exactly one paragraph of the spine text.
 */
function splitLongSlots(slots: Slot[]): Slot[] {
  const result: Slot[] = [];
  for (const slot of slots) {
    const pieces = splitParagraphs(slotText(slot));
    if (pieces.length <= 1) {
      result.push(slot);
      continue;
    }
    let start = 0;
    for (const piece of pieces) {
      const count = wordsOf(piece).length;
      result.push({
        columns: slot.columns.slice(start, start + count),
        paragraph: [...slot.paragraph],
        movedWith: new Map(slot.movedWith),
      });
      start += count;
    }
  }
  return result;
}

/** Puts witness `index`'s paragraph into `slot`, word by word, following one pair row. */
function mergeRow(slot: Slot, row: ComparisonRow, index: number, witnesses: number): void {
  const left = tokensOf(row.left);
  const right = tokensOf(row.right);
  if (left.length !== slot.columns.length) {
    throw new Error(`collation: slot of ${slot.columns.length} words met a row of ${left.length}`);
  }
  slot.paragraph[index] = row.rightParagraph!;
  const columns: Column[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && (left[i]!.own || j >= right.length)) {
      columns.push(slot.columns[i++]!);
    } else if (j < right.length && (right[j]!.own || i >= left.length)) {
      columns.push(columnOf(witnesses, index, right[j++]!.text));
    } else {
      const column = slot.columns[i++]!;
      column.readings[index] = right[j++]!.text;
      columns.push(column);
    }
  }
  slot.columns = columns;
}

/** Aligns witness `index` (its whole text) against the spine; returns the new spine. */
export function alignWitness(spine: Slot[], text: string, index: number, witnesses: number): Slot[] {
  const slots = splitLongSlots(spine);
  const comparison = compareTexts(slots.map(slotText).join('\n\n'), text);
  const paragraphs = splitParagraphs(text);
  const result: Slot[] = [];
  // The two ends of each move, by the pair engine's move id.
  const moveEnds = new Map<number, { from?: Slot; to?: Slot }>();
  const noteMove = (id: number, end: 'from' | 'to', slot: Slot): void => {
    const ends = moveEnds.get(id) ?? {};
    ends[end] = slot;
    moveEnds.set(id, ends);
  };
  for (const row of comparison.rows) {
    if (row.leftParagraph !== undefined) {
      const slot = slots[row.leftParagraph]!;
      if (row.rightParagraph !== undefined) mergeRow(slot, row, index, witnesses);
      else if (row.move !== undefined) noteMove(row.move, 'from', slot);
      result.push(slot);
    } else {
      const paragraph = row.rightParagraph!;
      const slot = slotOfParagraph(witnesses, index, paragraph, paragraphs[paragraph]!);
      if (row.move !== undefined) noteMove(row.move, 'to', slot);
      result.push(slot);
    }
  }
  for (const { from, to } of moveEnds.values()) {
    if (!from || !to) continue;
    from.movedWith.set(index, to);
    to.movedWith.set(index, from);
  }
  return result;
}

/** The spine after aligning every witness, the base (index `base`) first, then the others in order. */
export function alignAll(texts: readonly string[], base: number, onWitness?: (done: number) => void): Slot[] {
  const witnesses = texts.length;
  let spine = splitParagraphs(texts[base]!).map((paragraph, k) =>
    slotOfParagraph(witnesses, base, k, paragraph),
  );
  let done = 1;
  onWitness?.(done);
  texts.forEach((text, index) => {
    if (index === base) return;
    spine = alignWitness(spine, text, index, witnesses);
    onWitness?.(++done);
  });
  return spine;
}
