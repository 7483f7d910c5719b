// Diffs the tokens of two aligned paragraphs (anchored-diff.ts) and turns the result into the
// segments each pane shows. Tokens are whole words (or sentences), so no word is ever split
// between segments; a single changed word also gets character-level detail.
import { diffKeys } from './anchored-diff';
import type { CharPart, LeftOp, RightOp, RowEdit, Segment } from '../../preload/contract';
import { EditList, leftSegments, rightSegments } from './row-edits';
import { isSpaceCode, type Token } from './tokenize';

export interface TokenDiff {
  /** The pair's edits in reading order; `left` and `right` are derived from them. */
  edits: RowEdit[];
  left: Segment<LeftOp>[];
  right: Segment<RightOp>[];
  /** Words of the left side that are equal (or equal once normalised) on the right. */
  commonWords: number;
  /** The diff gave up within its budget and shows the pair as replaced. */
  coarse: boolean;
}

function finish(edits: RowEdit[], commonWords: number, coarse: boolean): TokenDiff {
  return { edits, left: leftSegments(edits), right: rightSegments(edits), commonWords, coarse };
}

const blankEdit = (text: string, side: 'left' | 'right'): RowEdit =>
  side === 'left' ? { op: 'normalized', left: text, right: '' } : { op: 'normalized', left: '', right: text };

/** All of `left` deleted and all of `right` inserted, blank tokens shown faintly where they stand. */
function pushReplaced(edits: EditList, left: Token[], right: Token[]): void {
  for (const token of left) {
    if (token.blank) edits.push(blankEdit(token.text, 'left'));
    else edits.pushText('delete', token.text);
  }
  for (const token of right) {
    if (token.blank) edits.push(blankEdit(token.text, 'right'));
    else edits.pushText('insert', token.text);
  }
}

export function replacedWhole(left: Token[], right: Token[], coarse: boolean): TokenDiff {
  const edits = new EditList();
  pushReplaced(edits, left, right);
  return finish(edits.done(), 0, coarse);
}

/** Character detail pays off only for near-identical words ("negations" → "negotiations"). */
const CHAR_DETAIL_MIN_SHARED = 2 / 3;

type WordDetail = { spacingOnly: true } | { left: CharPart[]; right: CharPart[] } | null;

/**
 * Detail for one word replaced by one word. Same non-space text: only the spacing after it
 * differs. Otherwise the shared beginning and end and the changed middle, when the shared part
 * is most of the word; a side whose middle is empty ("us," → "us") keeps an empty part to mark
 * where the other side's characters were. Cheap enough for every pair.
 */
function wordDetail(before: string, after: string): WordDetail {
  const a = before.trimEnd();
  const b = after.trimEnd();
  if (a === b) return { spacingOnly: true };
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
  const parts = (word: string, op: 'delete' | 'insert'): CharPart[] => [
    ...(prefix > 0 ? [{ op: 'equal' as const, text: word.slice(0, prefix) }] : []),
    { op, text: word.slice(prefix, word.length - suffix) },
    ...(suffix > 0 ? [{ op: 'equal' as const, text: word.slice(word.length - suffix) }] : []),
  ];
  return { left: parts(a, 'delete'), right: parts(b, 'insert') };
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * Two words that differ only in punctuation and signs around or inside them ("us," → "us",
 * "don't" → "don’t"), letters and digits alike and present.
 */
function punctuationOnly(before: string, after: string): boolean {
  const a = before.trimEnd().replace(PUNCTUATION, '');
  return a !== '' && a === after.trimEnd().replace(PUNCTUATION, '');
}

/** One word replaced by another: with its changed characters where worth showing, and the
 * punctuation-only label where that is all that differs. */
function pushWordPair(edits: EditList, before: string, after: string, options: DiffOptions): void {
  const detail = options.charDetail ? wordDetail(before, after) : null;
  const punctuation = punctuationOnly(before, after) ? ({ punctuationOnly: true } as const) : {};
  if (detail && 'left' in detail) {
    edits.push({ op: 'delete', text: before, chars: detail.left, ...punctuation });
    edits.push({ op: 'insert', text: after, chars: detail.right, ...punctuation });
  } else if ('punctuationOnly' in punctuation) {
    edits.push({ op: 'delete', text: before, punctuationOnly: true });
    edits.push({ op: 'insert', text: after, punctuationOnly: true });
  } else {
    edits.pushText('delete', before);
    edits.pushText('insert', after);
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The tokens from `start` up to and including the `count`-th non-blank one. */
function takeTokens(tokens: Token[], start: number, count: number): Token[] {
  let end = start;
  for (let taken = 0; taken < count; end++) if (!tokens[end]!.blank) taken++;
  return tokens.slice(start, end);
}

export interface DiffOptions {
  maxEditLength: number;
  charDetail: boolean;
}

/**
 * Diffs two token lists. Blank tokens (nothing left once ignored differences are removed, such
 * as a lone dash under ignore-punctuation) take no part in the diff: they are shown faintly
 * where they stand. `maxEditLength` bounds the work: past it the pair is shown as replaced and
 * flagged coarse rather than left to run for seconds.
 */
export function diffTokens(left: Token[], right: Token[], options: DiffOptions): TokenDiff {
  const edits = new EditList();
  const commonWords = diffInto(edits, left, right, options);
  return commonWords === undefined
    ? replacedWhole(left, right, true)
    : finish(edits.done(), commonWords, false);
}

/** diffTokens' edits pushed onto `edits`: the common words, or undefined when it gives up. */
function diffInto(edits: EditList, left: Token[], right: Token[], options: DiffOptions): number | undefined {
  const comparedLeft = left.some((token) => token.blank) ? left.filter((token) => !token.blank) : left;
  const comparedRight = right.some((token) => token.blank) ? right.filter((token) => !token.blank) : right;
  const changes = diffKeys(
    comparedLeft.map((token) => token.key),
    comparedRight.map((token) => token.key),
    options.maxEditLength,
  );
  if (!changes) return undefined;

  let commonWords = 0;
  // Positions in the full token lists; blank tokens met on the way are emitted as normalized.
  let l = 0;
  let r = 0;
  const nextLeft = (): Token => {
    while (left[l]!.blank) edits.push(blankEdit(left[l++]!.text, 'left'));
    return left[l++]!;
  };
  const nextRight = (): Token => {
    while (right[r]!.blank) edits.push(blankEdit(right[r++]!.text, 'right'));
    return right[r++]!;
  };

  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const count = change.count;
    if (!change.added && !change.removed) {
      for (let k = 0; k < count; k++) {
        const a = nextLeft();
        const b = nextRight();
        if (a.text === b.text) edits.pushText('equal', a.text);
        else edits.push({ op: 'normalized', left: a.text, right: b.text });
        commonWords += a.words;
      }
      continue;
    }
    // A replacement comes as a removal followed by an addition.
    const removed = change.removed ? count : 0;
    const nextChange = changes[c + 1];
    const added = change.added ? count : nextChange?.added ? nextChange.count : 0;
    if (change.removed && nextChange?.added) c++;
    // Words at either end of a replacement that differ only in the whitespace after them (a
    // line break turned into a space, a paragraph's last word now followed by more) are
    // "spacing only", not a deleted word beside its own re-insertion.
    const leftTokens = takeTokens(left, l, removed);
    const rightTokens = takeTokens(right, r, added);
    l += leftTokens.length;
    r += rightTokens.length;
    if (leftTokens.some((token) => token.blank) || rightTokens.some((token) => token.blank)) {
      // Blank tokens stay where they stand, shown faintly; no peeling across them.
      pushReplaced(edits, leftTokens, rightTokens);
      continue;
    }
    let head = 0;
    while (
      head < leftTokens.length &&
      head < rightTokens.length &&
      leftTokens[head]!.text.trimEnd() === rightTokens[head]!.text.trimEnd()
    ) {
      edits.push({ op: 'delete', text: leftTokens[head]!.text, spacingOnly: true });
      edits.push({ op: 'insert', text: rightTokens[head]!.text, spacingOnly: true });
      head++;
    }
    let tail = 0;
    while (
      tail < leftTokens.length - head &&
      tail < rightTokens.length - head &&
      leftTokens[leftTokens.length - 1 - tail]!.text.trimEnd() ===
        rightTokens[rightTokens.length - 1 - tail]!.text.trimEnd()
    ) {
      tail++;
    }
    const middleLeft = leftTokens.slice(head, leftTokens.length - tail);
    const middleRight = rightTokens.slice(head, rightTokens.length - tail);
    // One word replaced, or words replaced one for one by themselves with other punctuation
    // ("us, plainly," → "us plainly"): each pair is shown, and labelled, word by word.
    const pairwise =
      middleLeft.length === middleRight.length &&
      (middleLeft.length === 1 ||
        middleLeft.every((token, index) => punctuationOnly(token.text, middleRight[index]!.text)));
    if (pairwise) {
      middleLeft.forEach((token, index) =>
        pushWordPair(edits, token.text, middleRight[index]!.text, options),
      );
    } else {
      for (const token of middleLeft) edits.pushText('delete', token.text);
      for (const token of middleRight) edits.pushText('insert', token.text);
    }
    for (let k = tail; k > 0; k--) {
      edits.push({ op: 'delete', text: leftTokens[leftTokens.length - k]!.text, spacingOnly: true });
      edits.push({ op: 'insert', text: rightTokens[rightTokens.length - k]!.text, spacingOnly: true });
    }
  }
  while (l < left.length) edits.push(blankEdit(left[l++]!.text, 'left'));
  while (r < right.length) edits.push(blankEdit(right[r++]!.text, 'right'));
  return commonWords;
}

/**
 * Where two paragraphs' shared start and shared end lie, cut between tokens (words with the
 * whitespace after them): `start` characters and `startTokens` tokens at the start, `end`
 * characters and `endTokens` tokens at the end, never overlapping.
 */
function sharedEnds(
  left: string,
  right: string,
): { start: number; startTokens: number; end: number; endTokens: number } {
  // Inside shared text a token starts at the same place on both sides; where the texts part,
  // it must start on both.
  let start = 0;
  let startTokens = 0;
  let tokens = 0;
  let afterSpace = true;
  let i = 0;
  for (const length = Math.min(left.length, right.length); i < length; i++) {
    const code = left.charCodeAt(i);
    if (code !== right.charCodeAt(i)) break;
    const space = isSpaceCode(code);
    if (afterSpace && !space) {
      start = i;
      startTokens = tokens++;
    }
    afterSpace = space;
  }
  if (afterSpace && startsWord(left, i) && startsWord(right, i)) {
    start = i;
    startTokens = tokens;
  }
  let end = 0;
  let endTokens = 0;
  let k = 0;
  let wordAfter = false;
  for (const most = Math.min(left.length, right.length) - start; k < most; k++) {
    const code = left.charCodeAt(left.length - 1 - k);
    if (code !== right.charCodeAt(right.length - 1 - k)) break;
    const space = isSpaceCode(code);
    if (space && wordAfter) {
      end = k;
      endTokens++;
    }
    wordAfter = !space;
  }
  if (wordAfter && startsWord(left, left.length - k) && startsWord(right, right.length - k)) {
    end = k;
    endTokens++;
  }
  return { start, startTokens, end, endTokens };
}

/** A token starts at `at`: a word character after whitespace (or at the start). */
const startsWord = (text: string, at: number): boolean =>
  at < text.length && !isSpaceCode(text.charCodeAt(at)) && (at === 0 || isSpaceCode(text.charCodeAt(at - 1)));

/**
 * diffTokens for two paragraphs whose token keys depend on nothing but each token's text (word
 * granularity, no key normalisation), tokenizing only what lies between their shared start
 * and end, where identical text is identical tokens. The result, and `size` (the tokens of
 * both whole paragraphs, for the caller's budget), are those of diffTokens on the whole token
 * lists with options `optionsFor(size)`. That holds while the middles' keys differ before
 * either middle ends (else the whole diff would trim its common start into the shared end);
 * when they do not, when nothing is shared, or when the diff gives up, this returns undefined
 * and the caller diffs the whole paragraphs.
 */
export function diffMiddles(
  left: string,
  right: string,
  tokenize: (text: string) => Token[],
  optionsFor: (size: number) => DiffOptions,
): { diff: TokenDiff; size: number } | undefined {
  // Paragraphs are trimmed; one that is not would start with a token of bare whitespace.
  if (!startsWord(left, 0) || !startsWord(right, 0)) return undefined;
  const shared = sharedEnds(left, right);
  const sharedTokens = shared.startTokens + shared.endTokens;
  if (sharedTokens === 0) return undefined;
  const middleLeft = tokenize(left.slice(shared.start, left.length - shared.end));
  const middleRight = tokenize(right.slice(shared.start, right.length - shared.end));
  let same = 0;
  while (
    same < middleLeft.length &&
    same < middleRight.length &&
    middleLeft[same]!.key === middleRight[same]!.key
  ) {
    same++;
  }
  if (same === middleLeft.length || same === middleRight.length) return undefined;
  const size = middleLeft.length + middleRight.length + 2 * sharedTokens;
  const edits = new EditList();
  if (shared.start > 0) edits.pushText('equal', left.slice(0, shared.start));
  const middleCommon = diffInto(edits, middleLeft, middleRight, optionsFor(size));
  if (middleCommon === undefined) return undefined;
  if (shared.end > 0) edits.pushText('equal', left.slice(left.length - shared.end));
  return { diff: finish(edits.done(), middleCommon + sharedTokens, false), size };
}
