// One side of one row: the paragraph's text with its changed words marked. Deleted words
// are struck through, inserted ones underlined, so colour is never the only cue.
import type { Segment } from '../../../preload/contract';

const CLASS_OF: Record<string, string> = {
  equal: '',
  delete: 'seg-delete',
  insert: 'seg-insert',
  normalized: 'seg-normalized',
};

export function SegmentText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.op === 'equal') return <span key={index}>{segment.text}</span>;
        const word = segment.text.trimEnd();
        const space = segment.text.slice(word.length);
        // Same word, different whitespace after it (a line break added or removed): the mark
        // is drawn by CSS, so the text itself (which note anchors count in) is unchanged.
        const spacingOnly = segment.chars?.every((part) => part.op === 'equal') ?? false;
        const spacingClass = spacingOnly ? (space.includes('\n') ? ' spacing-break' : ' spacing-space') : '';
        const title =
          segment.op === 'normalized'
            ? 'Differs only in a way an ignore option hides'
            : spacingOnly
              ? 'Only the line break after this word differs'
              : undefined;
        return (
          <span key={index}>
            <span className={`${CLASS_OF[segment.op]}${spacingClass}`} title={title} data-op={segment.op}>
              {segment.chars
                ? segment.chars.map((part, partIndex) => (
                    <span key={partIndex} className={part.op === 'equal' ? undefined : 'char-change'}>
                      {part.text}
                    </span>
                  ))
                : word}
            </span>
            {space}
          </span>
        );
      })}
    </>
  );
}
