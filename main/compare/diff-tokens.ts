// Diffs the tokens of two aligned paragraphs with jsdiff and turns the result into the
// segments each pane shows. Tokens are whole words (or sentences), so no word is ever split
// between segments; a single changed word also gets character-level detail.
import { diffKeys } from './anchored-diff';
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

export function replacedWhole(left: Token[], right: Token[], coarse: boolean): TokenDiff {
  const leftSegments: Segment<LeftOp>[] = [];
  const rightSegments: Segment<RightOp>[] = [];
  for (const token of left) pushSegment(leftSegments, token.blank ? 'normalized' : 'delete', token.text);
  for (const token of right) pushSegment(rightSegments, token.blank ? 'normalized' : 'insert', token.text);
  return { left: leftSegments, right: rightSegments, commonWords: 0, coarse };
}

/** Character detail pays off only for near-identical words ("negations" → "negotiations"). */
const CHAR_DETAIL_MIN_SHARED = 2 / 3;

/**
 * Character detail for one word replaced by one word: the shared beginning and end, and the
 * changed middle, when the shared part is most of the word. Cheap enough for every pair.
 */
function charDetail(before: string, after: string): { left: CharPart[]; right: CharPart[] } | null {
  const a = before.trimEnd();
  const b = after.trimEnd();
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair between parts.
  if (prefix > 0 && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(a.charCodeAt(a.length - suffix))) suffix--;
  if (prefix + suffix < CHAR_DETAIL_MIN_SHARED * Math.max(a.length, b.length)) return null;
  const parts = (word: string, op: 'delete' | 'insert'): CharPart[] =>
    [
      { op: 'equal' as const, text: word.slice(0, prefix) },
      { op, text: word.slice(prefix, word.length - suffix) },
      { op: 'equal' as const, text: word.slice(word.length - suffix) },
    ].filter((part) => part.text !== '');
  return { left: parts(a, 'delete'), right: parts(b, 'insert') };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Diffs two token lists. Blank tokens (nothing left once ignored differences are removed, such
 * as a lone dash under ignore-punctuation) take no part in the diff: they are shown faintly
 * where they stand. `maxEditLength` bounds the work: past it the pair is shown as replaced and
 * flagged coarse rather than left to run for seconds.
 */
export function diffTokens(
  left: Token[],
  right: Token[],
  options: { maxEditLength: number; charDetail: boolean },
): TokenDiff {
  const comparedLeft = left.some((token) => token.blank) ? left.filter((token) => !token.blank) : left;
  const comparedRight = right.some((token) => token.blank) ? right.filter((token) => !token.blank) : right;
  const changes = diffKeys(
    comparedLeft.map((token) => token.key),
    comparedRight.map((token) => token.key),
    options.maxEditLength,
  );
  if (!changes) return replacedWhole(left, right, true);

  const leftSegments: Segment<LeftOp>[] = [];
  const rightSegments: Segment<RightOp>[] = [];
  let commonWords = 0;
  // Positions in the full token lists; blank tokens met on the way are emitted as normalized.
  let l = 0;
  let r = 0;
  const nextLeft = (): Token => {
    while (left[l]!.blank) pushSegment(leftSegments, 'normalized', left[l++]!.text);
    return left[l++]!;
  };
  const nextRight = (): Token => {
    while (right[r]!.blank) pushSegment(rightSegments, 'normalized', right[r++]!.text);
    return right[r++]!;
  };

  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const count = change.count;
    if (!change.added && !change.removed) {
      for (let k = 0; k < count; k++) {
        const a = nextLeft();
        const b = nextRight();
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
      const a = nextLeft();
      const b = nextRight();
      const detail = charDetail(a.text, b.text);
      leftSegments.push(
        detail ? { op: 'delete', text: a.text, chars: detail.left } : { op: 'delete', text: a.text },
      );
      rightSegments.push(
        detail ? { op: 'insert', text: b.text, chars: detail.right } : { op: 'insert', text: b.text },
      );
      continue;
    }
    for (let k = 0; k < removed; k++) pushSegment(leftSegments, 'delete', nextLeft().text);
    for (let k = 0; k < added; k++) pushSegment(rightSegments, 'insert', nextRight().text);
  }
  while (l < left.length) pushSegment(leftSegments, 'normalized', left[l++]!.text);
  while (r < right.length) pushSegment(rightSegments, 'normalized', right[r++]!.text);
  return { left: leftSegments, right: rightSegments, commonWords, coarse: false };
}
