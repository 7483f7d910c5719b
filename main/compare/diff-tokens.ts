// Diffs the tokens of two aligned paragraphs with jsdiff and turns the result into the
// segments each pane shows. Tokens are whole words (or sentences), so no word is ever split
// between segments; a single changed word also gets character-level detail.
import { diffArrays, diffChars } from 'diff';
import type { CharPart, LeftOp, RightOp, Segment } from '../../preload/contract';
import type { Token } from './tokenize';

export interface TokenDiff {
  left: Segment<LeftOp>[];
  right: Segment<RightOp>[];
  /** Words of the left side that are equal (or equal once normalised) on the right. */
  commonWords: number;
  /** The diff gave up within its budget and shows the pair as replaced. */
  coarse: boolean;
}

function pushSegment<Op extends string>(segments: Segment<Op>[], op: Op, text: string): void {
  const last = segments[segments.length - 1];
  if (last && last.op === op && !last.chars) last.text += text;
  else segments.push({ op, text });
}

export const wordsIn = (tokens: Token[]): number => tokens.reduce((sum, token) => sum + token.words, 0);

export function replacedWhole(left: Token[], right: Token[], coarse: boolean): TokenDiff {
  const leftSegments: Segment<LeftOp>[] = [];
  const rightSegments: Segment<RightOp>[] = [];
  for (const token of left) pushSegment(leftSegments, token.blank ? 'normalized' : 'delete', token.text);
  for (const token of right) pushSegment(rightSegments, token.blank ? 'normalized' : 'insert', token.text);
  return { left: leftSegments, right: rightSegments, commonWords: 0, coarse };
}

/** Character detail pays off only for near-identical words ("negations" → "negotiations"). */
const CHAR_DETAIL_MIN_SHARED = 2 / 3;

/** Character detail for one word replaced by one word, when they share most characters. */
function charDetail(before: string, after: string): { left: CharPart[]; right: CharPart[] } | null {
  const parts = diffChars(before.trimEnd(), after.trimEnd());
  let shared = 0;
  for (const part of parts) if (!part.added && !part.removed) shared += part.value.length;
  const longer = Math.max(before.trimEnd().length, after.trimEnd().length);
  if (shared < CHAR_DETAIL_MIN_SHARED * longer) return null;
  const left: CharPart[] = [];
  const right: CharPart[] = [];
  for (const part of parts) {
    if (part.added) right.push({ op: 'insert', text: part.value });
    else if (part.removed) left.push({ op: 'delete', text: part.value });
    else {
      left.push({ op: 'equal', text: part.value });
      right.push({ op: 'equal', text: part.value });
    }
  }
  return { left, right };
}

/**
 * Diffs two token lists. `maxEditLength` bounds the work: past it the pair is shown as
 * replaced and flagged coarse rather than left to run for seconds.
 */
export function diffTokens(
  left: Token[],
  right: Token[],
  options: { maxEditLength: number; charDetail: boolean },
): TokenDiff {
  const changes = diffArrays(
    left.map((token) => token.key),
    right.map((token) => token.key),
    { maxEditLength: options.maxEditLength },
  );
  if (!changes) return replacedWhole(left, right, true);

  const leftSegments: Segment<LeftOp>[] = [];
  const rightSegments: Segment<RightOp>[] = [];
  let commonWords = 0;
  let l = 0;
  let r = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const count = change.count;
    if (!change.added && !change.removed) {
      for (let k = 0; k < count; k++, l++, r++) {
        const a = left[l]!;
        const b = right[r]!;
        const op = a.text === b.text ? 'equal' : 'normalized';
        pushSegment(leftSegments, op, a.text);
        pushSegment(rightSegments, op, b.text);
        commonWords += a.words;
      }
      continue;
    }
    // jsdiff reports a replacement as a removal followed by an addition.
    const removed = change.removed ? count : 0;
    const nextChange = changes[c + 1];
    const added = change.added ? count : nextChange?.added ? nextChange.count : 0;
    if (change.removed && nextChange?.added) c++;
    if (options.charDetail && removed === 1 && added === 1) {
      const a = left[l]!;
      const b = right[r]!;
      const detail = a.blank || b.blank ? null : charDetail(a.text, b.text);
      if (detail) {
        leftSegments.push({ op: 'delete', text: a.text, chars: detail.left });
        rightSegments.push({ op: 'insert', text: b.text, chars: detail.right });
        l++;
        r++;
        continue;
      }
    }
    for (let k = 0; k < removed; k++, l++) {
      const token = left[l]!;
      pushSegment(leftSegments, token.blank ? 'normalized' : 'delete', token.text);
    }
    for (let k = 0; k < added; k++, r++) {
      const token = right[r]!;
      pushSegment(rightSegments, token.blank ? 'normalized' : 'insert', token.text);
    }
  }
  return { left: leftSegments, right: rightSegments, commonWords, coarse: false };
}
