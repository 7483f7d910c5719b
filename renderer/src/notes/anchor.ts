// Anchoring notes to passages (pure): the W3C quote and position selectors for a selection,
// and finding that passage again after the article changed — or saying plainly that it is
// gone or ambiguous rather than moving the note to a look-alike.
import type { Anchor } from './model';

/** Context kept either side of a quote, in code points (what the W3C model suggests). */
export const CONTEXT_LENGTH = 32;

/**
 * Share of the saved context that must still surround a match found away from the saved
 * position. Unrelated English text scores about 0.2–0.35, so 0.5 means "this is the place".
 */
const MIN_CONTEXT_SCORE = 0.5;
/** Fuzzy matching allows one edit per this many quote characters... */
const CHARS_PER_ALLOWED_EDIT = 10;
/** ...up to this many, which also bounds the work on very long quotes. */
const MAX_ALLOWED_EDITS = 50;
const SAME_SCORE = 1e-9;

export type Reanchored =
  | {
      status: 'anchored';
      /** Code points, like the saved position. */
      start: number;
      end: number;
      /** Which step found it: the saved position, the quote with its context, after
       * collapsing whitespace, or allowing a few edits inside the quote. */
      by: 'position' | 'quote' | 'whitespace' | 'fuzzy';
    }
  | { status: 'orphaned'; reason: 'missing' | 'ambiguous' };

/**
 * Maps between code-point offsets (what selectors store) and UTF-16 offsets (what strings
 * index). Only astral characters (emoji, some CJK) differ, so only they are recorded.
 */
class CodePointOffsets {
  /** UTF-16 offsets of the astral characters, in order. */
  private readonly astral: number[] = [];
  readonly length: number;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.length = text.length - this.astral.length;
  }

  toUtf16(codePoint: number): number {
    // The i-th astral character sits at code point astral[i] - i; count those before ours.
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astral[mid]! - mid < codePoint) low = mid + 1;
      else high = mid;
    }
    return codePoint + low;
  }

  toCodePoint(utf16: number): number {
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astral[mid]! < utf16) low = mid + 1;
      else high = mid;
    }
    return utf16 - low;
  }
}

/** The code-point offset of a UTF-16 offset (a DOM selection's) into `text`. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  return new CodePointOffsets(text).toCodePoint(utf16Offset);
}

/** The UTF-16 offset (what strings and DOM ranges use) of a code-point offset into `text`. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  return new CodePointOffsets(text).toUtf16(codePointOffset);
}

/** The selectors for the passage [start, end) of `text`, counted in code points. */
export function selectorsFor(text: string, start: number, end: number): Anchor {
  const offsets = new CodePointOffsets(text);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > offsets.length) {
    throw new RangeError(`The passage ${start}–${end} is outside the text (0–${offsets.length}).`);
  }
  if (end <= start) throw new RangeError('A passage note needs some selected text.');
  const at = (codePoint: number): number => offsets.toUtf16(codePoint);
  return {
    quote: {
      exact: text.slice(at(start), at(end)),
      prefix: text.slice(at(Math.max(0, start - CONTEXT_LENGTH)), at(start)),
      suffix: text.slice(at(end), at(Math.min(offsets.length, end + CONTEXT_LENGTH))),
    },
    position: { start, end },
  };
}

/** Finds the anchored passage in `text` (the article's text now). */
export function reanchor(text: string, anchor: Anchor): Reanchored {
  return new PreparedText(text).reanchor(anchor);
}

/** reanchor for many notes on one article: the text is indexed once. */
export function reanchorAll(text: string, anchors: readonly Anchor[]): Reanchored[] {
  const prepared = new PreparedText(text);
  return anchors.map((anchor) => prepared.reanchor(anchor));
}

/** A match in UTF-16 offsets, with how many edits it needed and how well its context agrees. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
  context: number;
}

type Choice = { found: Candidate } | { ambiguous: true } | null;
type Method = Extract<Reanchored, { status: 'anchored' }>['by'];

/** Text with whitespace runs collapsed to one space, mapped back to the original offsets. */
interface Collapsed {
  text: string;
  /** For each collapsed unit: where it starts and ends in the original. */
  starts: Int32Array;
  ends: Int32Array;
}

class PreparedText {
  private readonly offsets: CodePointOffsets;
  private collapsedText: Collapsed | null = null;

  constructor(private readonly text: string) {
    this.offsets = new CodePointOffsets(text);
  }

  private get collapsed(): Collapsed {
    this.collapsedText ??= collapseWhitespaceMapped(this.text);
    return this.collapsedText;
  }

  reanchor(anchor: Anchor): Reanchored {
    if (!anchor.quote.exact) return { status: 'orphaned', reason: 'missing' };

    // 1–2. The exact quote: at the saved position unless another occurrence fits its
    // context better; elsewhere only where the context still agrees.
    const saved = this.savedRange(anchor);
    if (saved && this.contextScore(saved.start, saved.end, anchor) === 1) {
      return this.anchored(saved.start, saved.end, 'position');
    }
    const exact = this.choose(this.exactCandidates(anchor), saved?.start);
    if (exact) {
      const atSaved = 'found' in exact && exact.found.start === saved?.start;
      return this.settle(exact, atSaved ? 'position' : 'quote');
    }

    // 3. The same words with different line breaks or spacing (a reflowed paragraph).
    const reflowed = this.choose(this.collapsedCandidates(anchor));
    if (reflowed) return this.settle(reflowed, 'whitespace');

    // 4. A few edits inside the quote (a typo fixed, a word changed), context agreeing.
    const fuzzy = this.choose(this.fuzzyCandidates(anchor));
    if (fuzzy) return this.settle(fuzzy, 'fuzzy');

    return { status: 'orphaned', reason: 'missing' };
  }

  private settle(choice: NonNullable<Choice>, by: Method): Reanchored {
    if ('ambiguous' in choice) return { status: 'orphaned', reason: 'ambiguous' };
    return this.anchored(choice.found.start, choice.found.end, by);
  }

  private anchored(start: number, end: number, by: Method): Reanchored {
    return {
      status: 'anchored',
      start: this.offsets.toCodePoint(start),
      end: this.offsets.toCodePoint(end),
      by,
    };
  }

  /** The saved position in UTF-16 offsets, if the exact quote is still there. */
  private savedRange(anchor: Anchor): { start: number; end: number } | null {
    const { start, end } = anchor.position;
    if (start < 0 || end > this.offsets.length || end <= start) return null;
    const from = this.offsets.toUtf16(start);
    const to = this.offsets.toUtf16(end);
    return this.text.slice(from, to) === anchor.quote.exact ? { start: from, end: to } : null;
  }

  private exactCandidates(anchor: Anchor): Candidate[] {
    const { exact } = anchor.quote;
    const found: Candidate[] = [];
    for (let at = this.text.indexOf(exact); at !== -1; at = this.text.indexOf(exact, at + 1)) {
      const end = at + exact.length;
      found.push({ start: at, end, errors: 0, context: this.contextScore(at, end, anchor) });
    }
    return found;
  }

  private collapsedCandidates(anchor: Anchor): Candidate[] {
    const quote = collapseWhitespace(anchor.quote.exact).trim();
    if (!quote) return [];
    const { text } = this.collapsed;
    const found: Candidate[] = [];
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      found.push(this.fromCollapsed(at, at + quote.length, 0, anchor));
    }
    return found;
  }

  private fuzzyCandidates(anchor: Anchor): Candidate[] {
    const quote = collapseWhitespace(anchor.quote.exact).trim();
    const allowed = Math.min(MAX_ALLOWED_EDITS, Math.floor(quote.length / CHARS_PER_ALLOWED_EDIT));
    if (allowed === 0) return [];
    const { text } = this.collapsed;
    return approximateMatches(text, quote, allowed).map((match) =>
      this.fromCollapsed(match.start, match.end, match.errors, anchor),
    );
  }

  private fromCollapsed(start: number, end: number, errors: number, anchor: Anchor): Candidate {
    const { starts, ends } = this.collapsed;
    const from = snapStart(this.text, starts[start]!);
    const to = snapEnd(this.text, ends[end - 1]!);
    return { start: from, end: to, errors, context: this.contextScore(from, to, anchor) };
  }

  /**
   * How well the text around [start, end) agrees with the saved prefix and suffix, 0–1,
   * ignoring differences in whitespace. Each side counts in proportion to its length, so a
   * quote at the very start of the article is judged by its suffix alone.
   */
  private contextScore(start: number, end: number, anchor: Anchor): number {
    const prefix = collapseWhitespace(anchor.quote.prefix);
    const suffix = collapseWhitespace(anchor.quote.suffix);
    const weight = prefix.length + suffix.length;
    if (weight === 0) return 1;
    // Read generously around the match: collapsing whitespace can shorten what we read.
    const reach = (length: number): number => length * 4 + 64;
    const before = collapseWhitespace(this.text.slice(Math.max(0, start - reach(prefix.length)), start));
    const after = collapseWhitespace(this.text.slice(end, end + reach(suffix.length)));
    const prefixScore = prefix ? similarity(prefix, before.slice(-prefix.length)) : 0;
    const suffixScore = suffix ? similarity(suffix, after.slice(0, suffix.length)) : 0;
    return (prefixScore * prefix.length + suffixScore * suffix.length) / weight;
  }

  /**
   * The one best candidate whose context agrees: fewest edits, then best context. Equally good
   * candidates are ambiguous unless one of them is at the saved position. Null when none fits.
   */
  private choose(candidates: Candidate[], savedStart?: number): Choice {
    const fitting = candidates
      .filter((candidate) => candidate.context >= MIN_CONTEXT_SCORE)
      .sort((a, b) => a.errors - b.errors || b.context - a.context);
    const best = fitting[0];
    if (!best) return null;
    const equals = fitting.filter(
      (candidate) => candidate.errors === best.errors && best.context - candidate.context < SAME_SCORE,
    );
    const atSaved = equals.find((candidate) => candidate.start === savedStart);
    if (atSaved) return { found: atSaved };
    return equals.length === 1 ? { found: best } : { ambiguous: true };
  }
}

const WHITESPACE = /\s/;

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function collapseWhitespaceMapped(text: string): Collapsed {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let collapsed = '';
  let length = 0;
  for (let i = 0; i < text.length;) {
    let next = i + 1;
    if (WHITESPACE.test(text[i]!)) {
      while (next < text.length && WHITESPACE.test(text[next]!)) next++;
      collapsed += ' ';
    } else {
      collapsed += text[i];
    }
    starts[length] = i;
    ends[length] = next;
    length++;
    i = next;
  }
  return { text: collapsed, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Moves an offset off the second half of an astral character (fuzzy matches may split one). */
function snapStart(text: string, at: number): number {
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

function snapEnd(text: string, at: number): number {
  return at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

/** 1 for equal strings, 0 for entirely different ones (Levenshtein distance over length). */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Places where `quote` occurs in `text` with at most `allowed` edits (Levenshtein), the best
 * per place. Only windows that contain one of allowed + 1 pieces of the quote exactly are
 * searched: with at most `allowed` edits, at least one piece must survive intact.
 */
function approximateMatches(
  text: string,
  quote: string,
  allowed: number,
): { start: number; end: number; errors: number }[] {
  const pieces = allowed + 1;
  const pieceLength = Math.floor(quote.length / pieces);
  const starts: number[] = [];
  for (let piece = 0; piece < pieces; piece++) {
    const offset = piece * pieceLength;
    const part = quote.slice(offset, piece === pieces - 1 ? quote.length : offset + pieceLength);
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) starts.push(at - offset);
  }
  starts.sort((a, b) => a - b);

  const matches: { start: number; end: number; errors: number }[] = [];
  for (let i = 0; i < starts.length;) {
    // Nearby implied starts belong to one place: search it once.
    let j = i;
    while (j + 1 < starts.length && starts[j + 1]! - starts[j]! <= 2 * allowed) j++;
    const from = Math.max(0, starts[i]! - allowed);
    const to = Math.min(text.length, starts[j]! + quote.length + allowed);
    matches.push(...bestMatchesIn(text, from, to, quote, allowed));
    i = j + 1;
  }
  return mergeOverlapping(matches, quote.length);
}

/** Sellers' algorithm over text[from, to): every end with at most `allowed` edits, with its start. */
function bestMatchesIn(
  text: string,
  from: number,
  to: number,
  quote: string,
  allowed: number,
): { start: number; end: number; errors: number }[] {
  const m = quote.length;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let origin = new Array<number>(m + 1).fill(from);
  let nextCost = new Array<number>(m + 1);
  let nextOrigin = new Array<number>(m + 1);
  const found: { start: number; end: number; errors: number }[] = [];
  for (let j = from; j < to; j++) {
    const unit = text[j];
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const diagonal = cost[i - 1]! + (quote[i - 1] === unit ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipQuote = nextCost[i - 1]! + 1;
      if (diagonal <= skipText && diagonal <= skipQuote) {
        nextCost[i] = diagonal;
        nextOrigin[i] = origin[i - 1]!;
      } else if (skipText <= skipQuote) {
        nextCost[i] = skipText;
        nextOrigin[i] = origin[i]!;
      } else {
        nextCost[i] = skipQuote;
        nextOrigin[i] = nextOrigin[i - 1]!;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    if (cost[m]! <= allowed) found.push({ start: origin[m]!, end: j + 1, errors: cost[m]! });
  }
  return found;
}

/**
 * Overlapping matches are one place. Best first (fewest edits, then closest to the quote's
 * length), each kept only if it overlaps none kept before, so two separate occurrences stay two.
 */
function mergeOverlapping(
  matches: { start: number; end: number; errors: number }[],
  quoteLength: number,
): { start: number; end: number; errors: number }[] {
  const lengthGap = (match: { start: number; end: number }): number =>
    Math.abs(match.end - match.start - quoteLength);
  const ranked = [...matches].sort(
    (a, b) => a.errors - b.errors || lengthGap(a) - lengthGap(b) || a.start - b.start,
  );
  const kept: { start: number; end: number; errors: number }[] = [];
  for (const match of ranked) {
    if (kept.every((other) => match.end <= other.start || match.start >= other.end)) kept.push(match);
  }
  return kept;
}
