// compareTexts: the comparison engine's entry point. Paragraphs are aligned first (see
// align.ts), then words are diffed only inside aligned pairs, which keeps long texts fast
// and lets moved paragraphs show as moves. Pure: the app, the CLI and the tests call it.
import type { CompareOptions, ComparisonRow, Segment, TextComparison } from '../../preload/contract';
import { alignParagraphs, featuresOf, similarityOf, type ParagraphProfile } from './align';
import { diffMiddles, diffTokens, replacedWhole, type DiffOptions, type TokenDiff } from './diff-tokens';
import { DEFAULT_COMPARE_OPTIONS, makeKeyNormalizer, spaceClass } from './normalize';
import { changesInRow, oneSide } from './row-edits';
import { countWords, IDENTITY_KEY, splitParagraphs, tokenize, type Token } from './tokenize';

/** Unpaired paragraphs facing each other in a gap are diffed only if at least this similar. */
const GAP_PAIR_MIN_SIMILARITY = 0.15;
/** Work budget for word diffs, in Myers steps (tokens × edits), per pair and in total. */
const PAIR_BUDGET = 2_000_000;
const TOTAL_BUDGET = 60_000_000;

/** The edit budget of one pair of `size` tokens in all. */
const maxEditLengthFor = (size: number): number => Math.max(64, Math.floor(PAIR_BUDGET / Math.max(1, size)));

/** A paragraph whose tokens and features are computed only if the alignment needs them. */
class Paragraph implements ParagraphProfile {
  readonly exactKey: string;
  readonly words: number;
  private tokenCache: Token[] | undefined;
  private wordTokenCache: Token[] | undefined;
  private featureCache: Int32Array | undefined;

  constructor(
    readonly text: string,
    private readonly tokenizers: Tokenizers,
  ) {
    this.words = countWords(text);
    this.exactKey = tokenizers.textIsKey ? text : this.tokens.map((token) => token.key).join('\u0001');
  }

  get tokens(): Token[] {
    return (this.tokenCache ??= this.tokenizers.tokens(this.text));
  }

  get wordTokens(): Token[] {
    if (this.tokenizers.words === this.tokenizers.tokens) return this.tokens;
    return (this.wordTokenCache ??= this.tokenizers.words(this.text));
  }

  /**
   * Lets the tokens go once the paragraph's row (or move) is built: nothing reads them after,
   * and holding every token of a long text to the end made the garbage collector copy them.
   */
  releaseTokens(): void {
    this.tokenCache = undefined;
    this.wordTokenCache = undefined;
  }

  get features(): Int32Array {
    return (this.featureCache ??= featuresOf(this.text));
  }
}

interface Tokenizers {
  tokens: (paragraph: string) => Token[];
  /** Word tokens, for the similarity figure when the diff itself is by sentence. */
  words: (paragraph: string) => Token[];
  /** With nothing ignored, a paragraph's own text is its key: identical texts, identical keys. */
  textIsKey: boolean;
  /** Word tokens whose keys depend on their own text only: shared text, shared tokens. */
  keysFromText: boolean;
}

function tokenizersFor(options: CompareOptions): Tokenizers {
  const keyOf = makeKeyNormalizer(options);
  const keepWhitespace = !options.ignoreWhitespace;
  const tokenizerOf =
    (granularity: CompareOptions['granularity']) =>
    (paragraph: string): Token[] =>
      tokenize(paragraph, granularity, keyOf, keepWhitespace, spaceClass);
  const tokens = tokenizerOf(options.granularity);
  return {
    tokens,
    words: options.granularity === 'word' ? tokens : tokenizerOf('word'),
    textIsKey: keyOf === IDENTITY_KEY && keepWhitespace,
    keysFromText: keyOf === IDENTITY_KEY && options.granularity === 'word',
  };
}

function prepare(text: string, tokenizers: Tokenizers): Paragraph[] {
  return splitParagraphs(text).map((paragraph) => new Paragraph(paragraph, tokenizers));
}

const hasChange = (diff: TokenDiff): boolean =>
  diff.edits.some((edit) => edit.op === 'delete' || edit.op === 'insert');

/** Texts shorter than this (in words, both sides) finish too fast for progress to matter. */
const PROGRESS_MIN_WORDS = 20_000;

export function compareTexts(
  textA: string,
  textB: string,
  partialOptions: Partial<CompareOptions> = {},
  /** Called with the share done (0–1), in steps of about 5%, on long texts only. */
  onProgress?: (fraction: number) => void,
): TextComparison {
  const options: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...partialOptions };
  const tokenizers = tokenizersFor(options);
  const a = prepare(textA, tokenizers);
  const b = prepare(textB, tokenizers);
  const { chain, moves } = alignParagraphs(a, b, (i, j) => wordsAgree(a[i]!, b[j]!));

  let budgetLeft = TOTAL_BUDGET;
  let coarse = false;
  let commonWords = 0;
  const diffOptions = (size: number): DiffOptions => ({
    maxEditLength: maxEditLengthFor(size),
    charDetail: options.granularity === 'word',
  });
  const spend = (size: number): void => {
    budgetLeft -= size * Math.min(size, 64);
  };
  const diffWithin = (leftTokens: Token[], rightTokens: Token[]): TokenDiff => {
    const size = leftTokens.length + rightTokens.length;
    const result =
      budgetLeft <= 0
        ? replacedWhole(leftTokens, rightTokens, true)
        : diffTokens(leftTokens, rightTokens, diffOptions(size));
    spend(size);
    coarse ||= result.coarse;
    return result;
  };
  // Most changed paragraphs of a long text share most of their words at either end: those
  // need no tokens (see diffMiddles), with the same result.
  const diffTexts = (left: Paragraph, right: Paragraph): TokenDiff => {
    const middles =
      tokenizers.keysFromText && budgetLeft > 0
        ? diffMiddles(left.text, right.text, tokenizers.tokens, diffOptions)
        : undefined;
    if (!middles) return diffWithin(left.tokens, right.tokens);
    spend(middles.size);
    return middles.diff;
  };
  // One similarity whatever the granularity: common words always come from a word diff, so
  // the granularity changes what is highlighted, never the figure.
  const diffPair = (left: Paragraph, right: Paragraph): TokenDiff => {
    const result = diffTexts(left, right);
    commonWords +=
      options.granularity === 'word'
        ? result.commonWords
        : diffWithin(left.wordTokens, right.wordTokens).commonWords;
    left.releaseTokens();
    right.releaseTokens();
    return result;
  };

  const moveOfA = new Map<number, { id: number; diff: TokenDiff }>();
  const moveOfB = new Map<number, { id: number; diff: TokenDiff }>();
  moves.forEach((pair, index) => {
    const id = index + 1;
    const diff = diffPair(a[pair.a]!, b[pair.b]!);
    moveOfA.set(pair.a, { id, diff });
    moveOfB.set(pair.b, { id, diff });
  });

  const rows: ComparisonRow[] = [];
  const pairRow = (i: number, j: number): ComparisonRow => {
    const left = a[i]!;
    const right = b[j]!;
    if (left.text === right.text) {
      left.releaseTokens();
      right.releaseTokens();
      commonWords += left.words;
      return {
        kind: 'equal',
        left: [{ op: 'equal', text: left.text }],
        right: [{ op: 'equal', text: right.text }],
        leftParagraph: i,
        rightParagraph: j,
        edits: [{ op: 'equal', text: left.text }],
      };
    }
    const diff = diffPair(left, right);
    return {
      kind: hasChange(diff) ? 'changed' : 'equal',
      left: diff.left,
      right: diff.right,
      leftParagraph: i,
      rightParagraph: j,
      edits: diff.edits,
    };
  };
  const removedRow = (i: number): ComparisonRow => {
    const whole = replacedWhole(a[i]!.tokens, [], false);
    a[i]!.releaseTokens();
    return { kind: 'removed', left: whole.left, right: [], leftParagraph: i, edits: whole.edits };
  };
  const addedRow = (j: number): ComparisonRow => {
    const whole = replacedWhole([], b[j]!.tokens, false);
    b[j]!.releaseTokens();
    return { kind: 'added', left: [], right: whole.right, rightParagraph: j, edits: whole.edits };
  };

  const leftOnlyRow = (i: number): ComparisonRow => {
    const movedOut = moveOfA.get(i);
    return movedOut
      ? {
          kind: 'moved',
          left: movedOut.diff.left,
          right: [],
          leftParagraph: i,
          move: movedOut.id,
          edits: oneSide(movedOut.diff.edits, 'left'),
        }
      : removedRow(i);
  };
  const rightOnlyRow = (j: number): ComparisonRow => {
    const movedIn = moveOfB.get(j);
    return movedIn
      ? {
          kind: 'moved',
          left: [],
          right: movedIn.diff.right,
          rightParagraph: j,
          move: movedIn.id,
          edits: oneSide(movedIn.diff.edits, 'right'),
        }
      : addedRow(j);
  };

  /**
   * Rows for the paragraphs between two anchors, keeping each side in its own order: similar
   * unpaired paragraphs are paired (see pairWithinGap), the rest are shown one-sided, A's first.
   */
  const emitGap = (fromA: number, toA: number, fromB: number, toB: number): void => {
    const left: number[] = [];
    const right: number[] = [];
    for (let i = fromA; i < toA; i++) if (!moveOfA.has(i)) left.push(i);
    for (let j = fromB; j < toB; j++) if (!moveOfB.has(j)) right.push(j);
    let i = fromA;
    let j = fromB;
    for (const [pairA, pairB] of pairWithinGap(left, right, (x, y) => similarityOf(a[x]!, b[y]!))) {
      while (i < pairA) rows.push(leftOnlyRow(i++));
      while (j < pairB) rows.push(rightOnlyRow(j++));
      rows.push(pairRow(i++, j++));
    }
    while (i < toA) rows.push(leftOnlyRow(i++));
    while (j < toB) rows.push(rightOnlyRow(j++));
  };

  const totalWords = a.reduce((sum, p) => sum + p.words, 0) + b.reduce((sum, p) => sum + p.words, 0);
  const reportEvery =
    onProgress && totalWords >= PROGRESS_MIN_WORDS ? Math.max(1, Math.ceil(chain.length / 20)) : 0;
  let nextA = 0;
  let nextB = 0;
  chain.forEach((pair, index) => {
    emitGap(nextA, pair.a, nextB, pair.b);
    rows.push(pairRow(pair.a, pair.b));
    nextA = pair.a + 1;
    nextB = pair.b + 1;
    if (reportEvery && index % reportEvery === reportEvery - 1) onProgress!(index / chain.length);
  });
  emitGap(nextA, a.length, nextB, b.length);

  return { rows, stats: statsOf(rows, a, b, commonWords), coarse };
}

/** A move found only by its words needs this many words on each side, and this word Dice. */
const WORD_MOVE_MIN_WORDS = 12;
const WORD_MOVE_MIN_SIMILARITY = 0.4;

/** Whether two paragraphs share enough words, in order, to be one paragraph that moved. */
function wordsAgree(left: Paragraph, right: Paragraph): boolean {
  if (left.words < WORD_MOVE_MIN_WORDS || right.words < WORD_MOVE_MIN_WORDS) return false;
  const size = left.wordTokens.length + right.wordTokens.length;
  const diff = diffTokens(left.wordTokens, right.wordTokens, {
    maxEditLength: maxEditLengthFor(size),
    charDetail: false,
  });
  return !diff.coarse && (2 * diff.commonWords) / (left.words + right.words) >= WORD_MOVE_MIN_SIMILARITY;
}

/** Gaps up to this many candidate pairs are paired optimally; larger ones greedily in order. */
const GAP_PAIRING_CELLS = 10_000;

/**
 * Pairs paragraphs of a gap (each side in order) so the total similarity is greatest, pairing
 * only those at least GAP_PAIR_MIN_SIMILARITY alike. Same pairs whichever text is A.
 */
function pairWithinGap(
  left: number[],
  right: number[],
  similarity: (a: number, b: number) => number,
): Array<[number, number]> {
  if (left.length === 0 || right.length === 0) return [];
  const pairs: Array<[number, number]> = [];
  if (left.length * right.length > GAP_PAIRING_CELLS) {
    for (let k = 0; k < Math.min(left.length, right.length); k++) {
      if (similarity(left[k]!, right[k]!) >= GAP_PAIR_MIN_SIMILARITY) pairs.push([left[k]!, right[k]!]);
    }
    return pairs;
  }
  const width = right.length + 1;
  const best = new Float64Array((left.length + 1) * width);
  const gain = (x: number, y: number): number => {
    const value = similarity(left[x]!, right[y]!);
    return value >= GAP_PAIR_MIN_SIMILARITY ? value : 0;
  };
  const gains = new Float64Array(left.length * right.length);
  for (let x = left.length - 1; x >= 0; x--) {
    for (let y = right.length - 1; y >= 0; y--) {
      const g = (gains[x * right.length + y] = gain(x, y));
      best[x * width + y] = Math.max(
        best[(x + 1) * width + y]!,
        best[x * width + y + 1]!,
        g > 0 ? g + best[(x + 1) * width + y + 1]! : 0,
      );
    }
  }
  for (let x = 0, y = 0; x < left.length && y < right.length;) {
    const g = gains[x * right.length + y]!;
    if (g > 0 && best[x * width + y] === g + best[(x + 1) * width + y + 1]!) {
      pairs.push([left[x]!, right[y]!]);
      x++;
      y++;
    } else if (best[x * width + y] === best[(x + 1) * width + y]) x++;
    else y++;
  }
  return pairs;
}

function wordsWithOp(segments: Segment[], op: string): number {
  let words = 0;
  for (const segment of segments) if (segment.op === op) words += countWords(segment.text);
  return words;
}

function statsOf(
  rows: ComparisonRow[],
  a: Paragraph[],
  b: Paragraph[],
  commonWords: number,
): TextComparison['stats'] {
  const wordsA = a.reduce((sum, paragraph) => sum + paragraph.words, 0);
  const wordsB = b.reduce((sum, paragraph) => sum + paragraph.words, 0);
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let wordsMoved = 0;
  let changedParagraphs = 0;
  let edits = 0;
  let punctuationOnlyEdits = 0;
  let spacingOnlyEdits = 0;
  for (const row of rows) {
    edits += changesInRow(row);
    for (const edit of row.edits) {
      if (edit.op !== 'delete') continue;
      if (edit.punctuationOnly) punctuationOnlyEdits++;
      if (edit.spacingOnly) spacingOnlyEdits++;
    }
    wordsAdded += wordsWithOp(row.right, 'insert');
    wordsRemoved += wordsWithOp(row.left, 'delete');
    if (row.kind === 'moved') {
      if (row.left.length > 0) {
        changedParagraphs++;
        wordsMoved += a[row.leftParagraph!]!.words;
      }
    } else if (row.kind !== 'equal') {
      changedParagraphs++;
    }
  }
  const total = wordsA + wordsB;
  return {
    similarity: total === 0 ? 1 : (2 * commonWords) / total,
    wordsAdded,
    wordsRemoved,
    wordsMoved,
    changedParagraphs,
    edits,
    punctuationOnlyEdits,
    spacingOnlyEdits,
  };
}
