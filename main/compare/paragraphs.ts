// Where a file's paragraphs are, decided from its shape: blank-line blocks (hard-wrapped prose,
// verse stanzas) stay whole with their line breaks; blocks whose lines are paragraphs (one per
// line, Markdown headings and list items) are cut at those lines. Pure; every piece is a slice.

/**
 * No one hard-wraps prose wider than this, so a line this long is a paragraph of its own line
 * (the seeds' `002_…`), not a wrapped line.
 */
export const LONG_LINE = 100;

const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-{2,})\s*$/;
const BULLET_ITEM = /^\s*[-*+•]\s+\S/;
const NUMBERED_ITEM = /^\s*(\d{1,3})[.)]\s+\S/;
// A paragraph ends on a full stop (closing quotes or brackets allowed) and the next one starts
// with a capital, a digit, a quotation mark, a bracket or a bullet.
const PARAGRAPH_END = /[.!?…]["'”’)\]]*$/;
const PARAGRAPH_START = /^\s*[\p{Lu}\p{N}"“‘'([•*+-]/u;

/** How the line breaks inside one blank-line block are read. */
export type BlockShape =
  /** Every line is a paragraph (long lines, or several whole sentences, each on a line). */
  | 'lines'
  /** Wrapped prose or a verse stanza: the block is one paragraph, its lines kept as lines. */
  | 'block';

const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;

/**
 * A block is "one paragraph per line" when nearly every line break sits between a paragraph's
 * end and a paragraph's start, and the lines are either too long to be wrapped (a third of
 * them) or, in three lines or more, whole sentences of some length. Wrapped prose breaks
 * lines mid-sentence; verse breaks them on commas or nothing as often as on a stop, and its
 * lines are short.
 */
export function blockShape(lines: readonly string[]): BlockShape {
  if (lines.length < 2) return 'block';
  let hardBreaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (PARAGRAPH_END.test(lines[i]!.trimEnd()) && PARAGRAPH_START.test(lines[i + 1]!)) hardBreaks++;
  }
  if (hardBreaks < 0.8 * (lines.length - 1)) return 'block';
  const long = lines.filter((line) => line.trimEnd().length > LONG_LINE).length;
  if (long * 3 >= lines.length) return 'lines';
  const words = lines.reduce((sum, line) => sum + wordCount(line), 0);
  return lines.length >= 3 && words / lines.length >= 10 ? 'lines' : 'block';
}

/**
 * Indexes of the lines that start a new paragraph inside a block (0 always does): headings
 * stand alone (a setext underline stays with its heading), list items start paragraphs (a
 * number only once a list has begun or when it is 1, so "2019. The report" wrapped onto a line
 * start stays prose), and in a block of line-paragraphs every line starts one.
 */
function paragraphStarts(lines: readonly string[]): number[] {
  const everyLine = blockShape(lines) === 'lines';
  const starts = [0];
  let inList = BULLET_ITEM.test(lines[0]!) || NUMBERED_ITEM.exec(lines[0]!)?.[1] === '1';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!;
    const underline = SETEXT_UNDERLINE.test(line) && !SETEXT_UNDERLINE.test(previous);
    const previousUnderline = SETEXT_UNDERLINE.test(previous) && i >= 2;
    const number = NUMBERED_ITEM.exec(line)?.[1];
    const item = BULLET_ITEM.test(line) || (number !== undefined && (inList || number === '1'));
    if (item) inList = true;
    const start =
      !underline &&
      (everyLine ||
        item ||
        previousUnderline ||
        ATX_HEADING.test(line) ||
        ATX_HEADING.test(previous) ||
        SETEXT_UNDERLINE.test(lines[i + 1] ?? ''));
    if (start) starts.push(i);
  }
  return starts;
}

/**
 * The text's paragraphs, each trimmed, in order; joined they hold every word of the text in
 * order. Blocks are separated by blank lines (even ones holding spaces, tabs or no-break
 * spaces), then cut where their shape says (see blockShape, paragraphStarts).
 */
export function paragraphBlocks(text: string): string[] {
  const paragraphs: string[] = [];
  for (const raw of text.split(/\n[ \t\f\v\r\u00a0]*\n/)) {
    const block = raw.trim();
    if (block === '') continue;
    const lines = block.split('\n');
    if (lines.length === 1) {
      paragraphs.push(block);
      continue;
    }
    const starts = paragraphStarts(lines);
    for (let k = 0; k < starts.length; k++) {
      const piece = lines
        .slice(starts[k], starts[k + 1] ?? lines.length)
        .join('\n')
        .trim();
      if (piece !== '') paragraphs.push(piece);
    }
  }
  return paragraphs;
}
