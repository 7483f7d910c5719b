// The strip beside the scrollbar: one mark per change at its place in the document, coloured
// by kind; clicking the strip goes to the nearest change.
import type { CSSProperties } from 'react';
import type { ComparisonRow } from '../../../preload/contract';

export interface OverviewMark {
  /** Position in the document, 0–1. */
  at: number;
  kind: ComparisonRow['kind'];
}

interface Props {
  marks: OverviewMark[];
  current: number;
  onPick: (markIndex: number) => void;
}

export function OverviewStrip({ marks, current, onPick }: Props) {
  const pickNearest = (event: React.MouseEvent<HTMLDivElement>): void => {
    if (marks.length === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const at = (event.clientY - box.top) / box.height;
    let nearest = 0;
    marks.forEach((mark, index) => {
      if (Math.abs(mark.at - at) < Math.abs(marks[nearest]!.at - at)) nearest = index;
    });
    onPick(nearest);
  };
  return (
    <div
      className="overview"
      onClick={pickNearest}
      title="Changes in this comparison: click to go to one"
      aria-hidden="true"
    >
      {marks.map((mark, index) => (
        <span
          key={index}
          className={`overview-mark mark-${mark.kind}${index === current ? ' is-current' : ''}`}
          style={{ '--at': mark.at.toFixed(5) } as CSSProperties}
        />
      ))}
    </div>
  );
}
