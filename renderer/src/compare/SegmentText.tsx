// Article text of one pane or one inline row, piece by piece. Each piece is one element with
// data-side and data-op holding exactly its text (trailing whitespace too) and nothing else;
// deletions are <del> and insertions <ins>, so screen readers announce them, and are struck
// through or underlined, so colour is never the only cue.
import type { Piece } from '../../../preload/shared/row-pieces';
import './segments.css';

const TITLE: Partial<Record<Piece['op'], string>> = {
  normalized: 'Differs only in a way an ignore option hides',
};

function spacingTitle(piece: Piece): string {
  return piece.mark === 'break'
    ? 'Only the line break after this word differs'
    : 'Only the spacing after this word differs';
}

function Word({ piece }: { piece: Piece }) {
  const word = piece.text.trimEnd();
  const className =
    piece.op === 'spacing'
      ? `seg-word spacing-${piece.mark === 'break' ? 'break' : 'space'}`
      : piece.op === 'equal'
        ? undefined
        : `seg-word seg-${piece.op}${piece.punctuationOnly ? ' punctuation-only' : ''}`;
  if (!piece.chars) return className ? <span className={className}>{word}</span> : <>{word}</>;
  return (
    <span className={className}>
      {piece.chars.map((part, index) =>
        part.op === 'equal' ? (
          <span key={index}>{part.text}</span>
        ) : part.text === '' ? (
          // Where the other side has characters this one lacks: a caret drawn by CSS.
          <span key={index} className="char-gap" />
        ) : (
          <span key={index} className="char-change">
            {part.text}
          </span>
        ),
      )}
    </span>
  );
}

export function SegmentText({ pieces, current }: { pieces: Piece[]; current?: number }) {
  return (
    <>
      {pieces.map((piece, index) => {
        const space = piece.text.slice(piece.text.trimEnd().length);
        // Inline, A's last word (no space after it) can meet B's next word: keep them apart by
        // a margin, not by text that is in neither version.
        const joined = space === '' && index < pieces.length - 1 ? ' seg-joined' : '';
        const currentClass =
          piece.change !== undefined && piece.change === current ? ' is-current-change' : '';
        const props = {
          'data-side': piece.side,
          'data-op': piece.op,
          'data-change': piece.change,
          className: `seg${currentClass}${joined}`,
          title:
            piece.op === 'spacing'
              ? spacingTitle(piece)
              : piece.punctuationOnly
                ? 'Only the punctuation of this word differs'
                : TITLE[piece.op],
        };
        const content = (
          <>
            <Word piece={piece} />
            {space}
          </>
        );
        if (piece.op === 'delete')
          return (
            <del key={index} {...props}>
              {content}
            </del>
          );
        if (piece.op === 'insert')
          return (
            <ins key={index} {...props}>
              {content}
            </ins>
          );
        return (
          <span key={index} {...props}>
            {content}
          </span>
        );
      })}
    </>
  );
}
