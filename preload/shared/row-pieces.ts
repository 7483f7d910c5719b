// What each layout shows of a row, derived from the engine's ordered edits only: side by side
// takes one side's edits, inline takes them all in order. Each piece becomes one element that
// carries data-side and data-op (the DOM contract); change numbers drive next/previous.
import type { CharPart, ComparisonRow, RowEdit } from '../contract';

export type PieceSide = 'left' | 'right' | 'both';
/** `spacing`: the same word on both sides, only the whitespace after it differs. */
export type PieceOp = 'equal' | 'delete' | 'insert' | 'normalized' | 'spacing';

export interface Piece {
  side: PieceSide;
  op: PieceOp;
  /** The article's exact text, trailing whitespace included. */
  text: string;
  chars?: CharPart[];
  /** On `spacing` pieces: whether a line break or a space is what differs (the ↵ / · mark). */
  mark?: 'break' | 'space';
  /** A word replaced by the same word with other punctuation ("us," → "us"). */
  punctuationOnly?: true;
  /** Which change of the row (0-based) this piece belongs to; absent on unchanged text. */
  change?: number;
}

type RowShape = Pick<ComparisonRow, 'kind' | 'edits' | 'left' | 'right'>;

/** An added or removed paragraph, or a move where it lands in B, is one change as a whole. */
const isWholeChange = (row: RowShape): boolean =>
  row.kind === 'added' || row.kind === 'removed' || (row.kind === 'moved' && row.right.length > 0);

/** The row's edits, each with its change number (see ComparisonStats.edits). */
function numbered(row: RowShape): Array<{ edit: RowEdit; change?: number }> {
  if (isWholeChange(row)) return row.edits.map((edit) => ({ edit, change: 0 }));
  if (row.kind !== 'changed') return row.edits.map((edit) => ({ edit }));
  let change = -1;
  let inRun = false;
  return row.edits.map((edit) => {
    const isChange = edit.op === 'delete' || edit.op === 'insert';
    if (isChange && !inRun) change++;
    inRun = isChange;
    return isChange ? { edit, change } : { edit };
  });
}

/** Changes a reader steps through in this row. */
export function changeCount(row: RowShape): number {
  if (isWholeChange(row)) return 1;
  let count = 0;
  for (const { change } of numbered(row)) if (change !== undefined) count = Math.max(count, change + 1);
  return count;
}

const spacingOnly = (edit: RowEdit): boolean => 'spacingOnly' in edit && edit.spacingOnly === true;

const hasBreak = (text: string): boolean => /[\n\r\u2028\u2029]/.test(text.slice(text.trimEnd().length));

function piece(
  side: PieceSide,
  edit: Exclude<RowEdit, { op: 'normalized' }>,
  change?: number,
  otherText = '',
): Piece {
  const result: Piece = { side, op: spacingOnly(edit) ? 'spacing' : edit.op, text: edit.text };
  if (result.op === 'spacing') result.mark = hasBreak(edit.text) || hasBreak(otherText) ? 'break' : 'space';
  if ('chars' in edit && edit.chars) result.chars = edit.chars;
  if ('punctuationOnly' in edit && edit.punctuationOnly) result.punctuationOnly = true;
  if (change !== undefined) result.change = change;
  return result;
}

/**
 * The one text shown for a word both sides share up to its trailing whitespace: B's, unless
 * B has none there (its paragraph ends) and A has some, which must then keep words apart.
 */
function sharedText(left: string, right: string): string {
  return right.trimEnd() === right && left.trimEnd() !== left ? left : right;
}

/** One pane of side-by-side layout: that side's text, exactly, in order. */
export function sidePieces(row: RowShape, side: 'left' | 'right'): Piece[] {
  const other = side === 'left' ? 'insert' : 'delete';
  const pieces: Piece[] = [];
  for (const { edit, change } of numbered(row)) {
    if (edit.op === other) continue;
    if (edit.op === 'normalized') {
      const text = side === 'left' ? edit.left : edit.right;
      if (text !== '') pieces.push({ side, op: 'normalized', text });
    } else pieces.push(piece(side, edit, change));
  }
  return pieces;
}

/**
 * Inline layout: A's and B's text interleaved in the engine's order, shared text once. Text
 * equal on both sides is `both`; a word whose only difference is the whitespace after it is
 * shown once, as B spaces it. One-sided rows show their one side.
 */
export function inlinePieces(row: RowShape): Piece[] {
  const oneSided = row.left.length === 0 || row.right.length === 0;
  const rowSide: PieceSide = row.left.length === 0 ? 'right' : row.right.length === 0 ? 'left' : 'both';
  const pieces: Piece[] = [];
  const edits = numbered(row);
  for (let k = 0; k < edits.length; k++) {
    const { edit, change } = edits[k]!;
    if (edit.op === 'normalized') {
      if (oneSided || edit.left.trimEnd() === edit.right.trimEnd()) {
        const text = oneSided
          ? rowSide === 'left'
            ? edit.left
            : edit.right
          : sharedText(edit.left, edit.right);
        if (text !== '') pieces.push({ side: rowSide, op: 'normalized', text });
      } else {
        if (edit.left !== '') pieces.push({ side: 'left', op: 'normalized', text: edit.left });
        if (edit.right !== '') pieces.push({ side: 'right', op: 'normalized', text: edit.right });
      }
      continue;
    }
    if (oneSided) {
      pieces.push(piece(rowSide, edit, change));
      continue;
    }
    const next = edits[k + 1];
    if (edit.op === 'delete' && spacingOnly(edit) && next && next.edit.op === 'insert') {
      const shown = {
        ...(next.edit as Exclude<RowEdit, { op: 'normalized' }>),
        text: sharedText(edit.text, next.edit.text),
      };
      pieces.push(piece('both', shown, change, edit.text));
      k++;
      continue;
    }
    pieces.push(piece(edit.op === 'equal' ? 'both' : edit.op === 'delete' ? 'left' : 'right', edit, change));
  }
  return pieces;
}
