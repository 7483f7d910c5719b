// One row of the comparison, side by side (A beside B) or inline (both sides merged). Added
// and removed paragraphs face a hatched gap; moved ones carry a link to their other place.
import type { ComparisonRow } from '../../../preload/contract';
import { inlineSegments } from './inline-segments';
import { SegmentText } from './SegmentText';

export const KIND_LABEL: Record<ComparisonRow['kind'], string> = {
  equal: 'Unchanged',
  changed: 'Changed',
  added: 'Added in B',
  removed: 'Removed from A',
  moved: 'Moved',
};

export const moveAnchorId = (move: number | undefined, side: 'left' | 'right'): string =>
  `move-${move}-${side === 'left' ? 'a' : 'b'}`;

interface Props {
  row: ComparisonRow;
  layout: 'side-by-side' | 'inline';
  /** Goes to the other end of a move. */
  onFollowMove: (move: number, toSide: 'left' | 'right') => void;
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
}: { row: ComparisonRow; side: 'left' | 'right' } & Pick<Props, 'onFollowMove'>) {
  const segments = side === 'left' ? row.left : row.right;
  if (segments.length === 0) {
    return (
      <div
        className={`cell cell-${side} cell-gap${row.kind === 'moved' ? ' cell-move-gap' : ''}`}
        aria-label={side === 'left' ? 'Not here in A' : 'Not here in B'}
      >
        {row.kind === 'moved' && <MoveLink row={row} side={side} onFollowMove={onFollowMove} />}
      </div>
    );
  }
  const paragraph = side === 'left' ? row.leftParagraph : row.rightParagraph;
  return (
    <div className={`cell cell-${side}`} id={row.kind === 'moved' ? moveAnchorId(row.move, side) : undefined}>
      {row.kind === 'moved' && <span className="move-badge">Move {row.move}</span>}
      <span className="cell-text" data-side={side} data-paragraph={paragraph}>
        <SegmentText segments={segments} />
      </span>
    </div>
  );
}

export function RowView({ row, layout, onFollowMove }: Props) {
  if (layout === 'side-by-side') {
    return (
      <>
        <Cell row={row} side="left" onFollowMove={onFollowMove} />
        <Cell row={row} side="right" onFollowMove={onFollowMove} />
      </>
    );
  }
  // Inline: a moved paragraph is shown where it lands in B; where it left A, a link.
  if (row.kind === 'moved' && row.right.length === 0) {
    return (
      <div className="cell cell-inline cell-move-gap">
        <MoveLink row={row} side="right" onFollowMove={onFollowMove} />
      </div>
    );
  }
  return (
    <div className="cell cell-inline" id={row.kind === 'moved' ? moveAnchorId(row.move, 'right') : undefined}>
      {row.kind === 'moved' && <span className="move-badge">Move {row.move}</span>}
      <SegmentText segments={inlineSegments(row)} />
    </div>
  );
}
