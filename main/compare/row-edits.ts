// A row's ordered edits: how they are built (merging neighbours), how each side's segments are
// cut from them, and how many changes a reader steps through. The engine builds edits first;
// the `left`/`right` segment lists are always derived from them, so the two cannot disagree.
import type { ComparisonRow, LeftOp, RightOp, RowEdit, Segment } from '../../preload/contract';

type TextEdit = Exclude<RowEdit, { op: 'normalized' }>;

/**
 * Plain text, which merges with a neighbour of its op. Normalized edits stay word by word, so
 * inline layout can show each pair where it stands.
 */
const plainText = (edit: RowEdit): edit is TextEdit =>
  edit.op !== 'normalized' &&
  !('chars' in edit && edit.chars) &&
  !('spacingOnly' in edit && edit.spacingOnly) &&
  !('punctuationOnly' in edit && edit.punctuationOnly);

/**
 * Builds a row's edits, merging an edit into the previous one when both are plain text of one
 * op. The texts of a merged run are held apart until the run ends and joined once:
 * concatenating word by word left a chain of pieces, one per word, alive in the result of every
 * long comparison, for the garbage collector to copy.
 */
export class EditList {
  private readonly edits: RowEdit[] = [];
  /** Texts of the last edit's run, when more than one. */
  private readonly pieces: string[] = [];

  push(edit: RowEdit): void {
    if (plainText(edit) && this.joinsLast(edit.op)) this.pieces.push(edit.text);
    else this.append(edit);
  }

  /** Appends plain text of one op: push without an edit object per word. */
  pushText(op: TextEdit['op'], text: string): void {
    if (this.joinsLast(op)) this.pieces.push(text);
    else this.append({ op, text });
  }

  private append(edit: RowEdit): void {
    this.closeRun();
    this.edits.push(edit);
  }

  /** Whether plain text of `op` merges into the last edit (its text then the run's first piece). */
  private joinsLast(op: RowEdit['op']): boolean {
    const last = this.edits[this.edits.length - 1];
    if (!last || last.op !== op || !plainText(last)) return false;
    if (this.pieces.length === 0) this.pieces.push(last.text);
    return true;
  }

  /** The edits, in order; the list is not pushed to after. */
  done(): RowEdit[] {
    this.closeRun();
    return this.edits;
  }

  private closeRun(): void {
    if (this.pieces.length === 0) return;
    (this.edits[this.edits.length - 1] as TextEdit).text = this.pieces.join('');
    this.pieces.length = 0;
  }
}

function pushSegment<Op extends string>(segments: Segment<Op>[], segment: Segment<Op>): void {
  const last = segments[segments.length - 1];
  if (
    last &&
    last.op === segment.op &&
    !last.chars &&
    !last.spacingOnly &&
    !last.punctuationOnly &&
    !segment.chars &&
    !segment.spacingOnly &&
    !segment.punctuationOnly
  ) {
    last.text += segment.text;
  } else segments.push(segment);
}

/** The segments of one side, in order, as the CLI JSON and the side-by-side pane show them. */
export function leftSegments(edits: readonly RowEdit[]): Segment<LeftOp>[] {
  const segments: Segment<LeftOp>[] = [];
  for (const edit of edits) {
    if (edit.op === 'insert') continue;
    if (edit.op === 'normalized') {
      if (edit.left !== '') pushSegment(segments, { op: 'normalized', text: edit.left });
    } else pushSegment(segments, sideSegment(edit));
  }
  return segments;
}

export function rightSegments(edits: readonly RowEdit[]): Segment<RightOp>[] {
  const segments: Segment<RightOp>[] = [];
  for (const edit of edits) {
    if (edit.op === 'delete') continue;
    if (edit.op === 'normalized') {
      if (edit.right !== '') pushSegment(segments, { op: 'normalized', text: edit.right });
    } else pushSegment(segments, sideSegment(edit));
  }
  return segments;
}

function sideSegment<Op extends TextEdit['op']>(edit: TextEdit & { op: Op }): Segment<Op> {
  const segment: Segment<Op> = { op: edit.op, text: edit.text };
  // Shared with the edit, not copied: the result is read-only once built (and long texts have
  // many such words).
  if ('chars' in edit && edit.chars) segment.chars = edit.chars;
  if ('spacingOnly' in edit && edit.spacingOnly) segment.spacingOnly = true;
  if ('punctuationOnly' in edit && edit.punctuationOnly) segment.punctuationOnly = true;
  return segment;
}

/** The edits of one side only: for a move's two ends, which each show one side of the pair. */
export function oneSide(edits: readonly RowEdit[], side: 'left' | 'right'): RowEdit[] {
  const result = new EditList();
  for (const edit of edits) {
    if (edit.op === 'normalized') {
      const text = side === 'left' ? edit.left : edit.right;
      if (text !== '')
        result.push({
          op: 'normalized',
          left: side === 'left' ? text : '',
          right: side === 'left' ? '' : text,
        });
    } else if (edit.op === 'equal' || edit.op === (side === 'left' ? 'delete' : 'insert')) {
      // A copy: the first edit of a merged run gets the run's joined text.
      result.push({ ...edit });
    }
  }
  return result.done();
}

export const isEditChange = (edit: RowEdit): boolean => edit.op === 'delete' || edit.op === 'insert';

/**
 * The changes a reader steps through in one row (see ComparisonStats.edits): runs of
 * deleted/inserted edits in a changed row; one for an added or removed paragraph, and one per
 * move, counted where it lands in B.
 */
export function changesInRow(row: Pick<ComparisonRow, 'kind' | 'edits' | 'right'>): number {
  if (row.kind === 'equal') return 0;
  if (row.kind === 'added' || row.kind === 'removed') return 1;
  if (row.kind === 'moved') return row.right.length > 0 ? 1 : 0;
  let changes = 0;
  let inRun = false;
  for (const edit of row.edits) {
    const change = isEditChange(edit);
    if (change && !inRun) changes++;
    inRun = change;
  }
  return changes;
}
