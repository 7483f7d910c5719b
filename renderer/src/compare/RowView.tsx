// One row of the comparison, side by side (A beside B) or inline (both sides in the engine's
// order). Added and removed paragraphs face a hatched gap; moved ones carry a link to their
// other place. Badges and links sit outside the text elements (the DOM contract).
import type { ComparisonRow } from '../../../preload/contract';
import { inlinePieces, sidePieces } from '../../../preload/shared/row-pieces';
import { SegmentText } from './SegmentText';

export const KIND_LABEL: Record<ComparisonRow['kind'], string> = {
  equal: 'Unchanged',
  changed: 'Changed',
  added: 'Added in B',
  removed: 'Removed from A',
  moved: 'Moved',
};

/** A row's accessible name: what happened and where, never the paragraphs' text. */
export function rowLabel(row: ComparisonRow): string {
  const where = [
    row.leftParagraph !== undefined ? `paragraph ${row.leftParagraph + 1} of A` : null,
    row.rightParagraph !== undefined ? `paragraph ${row.rightParagraph + 1} of B` : null,
  ].filter(Boolean);
  const move = row.kind === 'moved' ? ` (move ${row.move})` : '';
  return `${KIND_LABEL[row.kind]}${move}: ${where.join(', ')}`;
}

export const moveAnchorId = (move: number | undefined, side: 'left' | 'right'): string =>
  `move-${move}-${side === 'left' ? 'a' : 'b'}`;

interface Props {
  row: ComparisonRow;
  layout: 'side-by-side' | 'inline';
  /** Goes to the other end of a move. */
  onFollowMove: (move: number, toSide: 'left' | 'right') => void;
  /** The current change, when it is in this row (its number within the row). */
  currentChange?: number;
}

function MoveLink({
  row,
  side,
  onFollowMove,
}: { row: ComparisonRow; side: 'left' | 'right' } & Pick<Props, 'onFollowMove'>) {
  const label = side === 'left' ? 'Was elsewhere in A' : 'Moves elsewhere in B';
  return (
    <button type="button" className="move-link" onClick={() => onFollowMove(row.move!, side)}>
      ↕ {label} — move {row.move}
    </button>
  );
}

function Cell({
  row,
  side,
  onFollowMove,
  currentChange,
}: { row: ComparisonRow; side: 'left' | 'right' } & Pick<Props, 'onFollowMove' | 'currentChange'>) {
  const segments = side === 'left' ? row.left : row.right;
  if (segments.length === 0) {
    return (
      <div
        role="cell"
        className={`cell cell-${side} cell-gap${row.kind === 'moved' ? ' cell-move-gap' : ''}`}
        aria-label={side === 'left' ? 'Not here in A' : 'Not here in B'}
      >
        {row.kind === 'moved' && <MoveLink row={row} side={side} onFollowMove={onFollowMove} />}
      </div>
    );
  }
  const paragraph = side === 'left' ? row.leftParagraph : row.rightParagraph;
  return (
    <div
      role="cell"
      className={`cell cell-${side}`}
      id={row.kind === 'moved' ? moveAnchorId(row.move, side) : undefined}
    >
      {row.kind === 'moved' && <span className="move-badge">Move {row.move}</span>}
      <span className="cell-text" data-side={side} data-paragraph={paragraph}>
        <SegmentText pieces={sidePieces(row, side)} current={currentChange} />
      </span>
    </div>
  );
}

export function RowView({ row, layout, onFollowMove, currentChange }: Props) {
  if (layout === 'side-by-side') {
    return (
      <>
        <Cell row={row} side="left" onFollowMove={onFollowMove} currentChange={currentChange} />
        <Cell row={row} side="right" onFollowMove={onFollowMove} currentChange={currentChange} />
      </>
    );
  }
  // Inline: a moved paragraph shows A's text where it left (faint, with a link to where it
  // lands) and B's text where it lands, so each side's text stays in its own order.
  const movedOut = row.kind === 'moved' && row.right.length === 0;
  return (
    <div
      role="cell"
      className={`cell cell-inline${movedOut ? ' cell-move-out' : ''}`}
      id={row.kind === 'moved' ? moveAnchorId(row.move, movedOut ? 'left' : 'right') : undefined}
    >
      {row.kind === 'moved' && <span className="move-badge">Move {row.move}</span>}
      {movedOut && <MoveLink row={row} side="right" onFollowMove={onFollowMove} />}
      <span
        className={`cell-text-inline${movedOut ? ' seg-moved-out' : ''}`}
        data-left-paragraph={row.left.length > 0 ? row.leftParagraph : undefined}
        data-right-paragraph={row.right.length > 0 ? row.rightParagraph : undefined}
      >
        <SegmentText pieces={inlinePieces(row)} current={currentChange} />
      </span>
    </div>
  );
}
