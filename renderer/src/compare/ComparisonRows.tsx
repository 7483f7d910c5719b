// The aligned rows: each paragraph of A beside the paragraph of B it corresponds to. Added
// and removed paragraphs face a hatched gap; moved ones carry a link to their other place.
import type { ComparisonRow } from '../../../preload/contract';
import { SegmentText } from './SegmentText';

const KIND_LABEL: Record<ComparisonRow['kind'], string> = {
  equal: 'Unchanged',
  changed: 'Changed',
  added: 'Added in B',
  removed: 'Removed from A',
  moved: 'Moved',
};

const moveAnchor = (move: number | undefined, side: 'left' | 'right'): string =>
  `move-${move}-${side === 'left' ? 'a' : 'b'}`;

function jumpTo(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function Cell({ row, side }: { row: ComparisonRow; side: 'left' | 'right' }) {
  const segments = side === 'left' ? row.left : row.right;
  if (segments.length === 0) {
    if (row.kind !== 'moved') {
      return (
        <div
          className={`cell cell-${side} cell-gap`}
          aria-label={side === 'left' ? 'Not in A' : 'Not in B'}
        />
      );
    }
    // This side is empty because the paragraph sits elsewhere on this side: link to it.
    const label = side === 'left' ? 'Was elsewhere in A' : 'Moves elsewhere in B';
    return (
      <div className={`cell cell-${side} cell-gap cell-move-gap`}>
        <button type="button" className="move-link" onClick={() => jumpTo(moveAnchor(row.move, side))}>
          ↕ {label} — move {row.move}
        </button>
      </div>
    );
  }
  return (
    <div className={`cell cell-${side}`} id={row.kind === 'moved' ? moveAnchor(row.move, side) : undefined}>
      {row.kind === 'moved' && <span className="move-badge">Move {row.move}</span>}
      <SegmentText segments={segments} />
    </div>
  );
}

export function ComparisonRows({ rows }: { rows: ComparisonRow[] }) {
  return (
    <div className="rows" role="table" aria-label="Aligned paragraphs">
      {rows.map((row, index) => (
        <div
          key={index}
          className={`row row-${row.kind}`}
          role="row"
          data-testid="row"
          data-kind={row.kind}
          title={KIND_LABEL[row.kind]}
        >
          <Cell row={row} side="left" />
          <Cell row={row} side="right" />
        </div>
      ))}
    </div>
  );
}
