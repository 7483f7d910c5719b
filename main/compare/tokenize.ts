// Splits texts into paragraphs and paragraphs into tokens (words or sentences). Every
// character of a paragraph belongs to exactly one token, so segments rebuild it exactly.
import type { Granularity } from '../../preload/contract';

export interface Token {
  /** The exact text, including the whitespace that follows it. */
  text: string;
  /** What it is compared by (see normalize.ts); tokens with equal keys are "the same". */
  key: string;
  /** Number of whitespace-separated words in `text`. */
  words: number;
  /** Nothing is left of it once ignored differences are removed (e.g. a lone dash). */
  blank: boolean;
}

/**
 * Paragraphs longer than this many words are split at line breaks, then at sentences, so a
 * file without blank lines still aligns paragraph by paragraph instead of as one huge block.
 */
export const MAX_PARAGRAPH_WORDS = 1000;

const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;

function splitLong(paragraph: string): string[] {
  if (countWords(paragraph) <= MAX_PARAGRAPH_WORDS) return [paragraph];
  const pieces: string[] = [];
  let current = '';
  let currentWords = 0;
  const units = paragraph.includes('\n')
    ? paragraph.split(/(?<=\n)/)
    : (paragraph.match(/[^.!?]*(?:[.!?]+["'”’)\]]*\s*|$)/g) ?? [paragraph]);
  for (const unit of units) {
    const unitWords = countWords(unit);
    if (currentWords > 0 && currentWords + unitWords > MAX_PARAGRAPH_WORDS) {
      pieces.push(current.trim());
      current = '';
      currentWords = 0;
    }
    current += unit;
    currentWords += unitWords;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces.flatMap((piece) =>
    countWords(piece) > MAX_PARAGRAPH_WORDS && piece.includes('\n')
      ? splitLong(piece.replace(/\n/g, ' '))
      : [piece],
  );
}

/** Paragraphs are separated by blank lines; each is trimmed. Words are never lost or split. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t\f\v\r\u00a0]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .flatMap(splitLong);
}

const WORD_WITH_SPACE = /(\S+)(\s*)/g;
// A sentence ends at . ! ? or … (with closing quotes or brackets) followed by whitespace.
const SENTENCE_WITH_SPACE = /\S(?:[^]*?)(?:[.!?…]+["'”’)\]]*(?=\s|$)|$)\s*/gy;

export function tokenize(
  paragraph: string,
  granularity: Granularity,
  keyOf: (text: string) => string,
  keepWhitespaceInKey: boolean,
): Token[] {
  const tokens: Token[] = [];
  if (granularity === 'word') {
    for (const match of paragraph.matchAll(WORD_WITH_SPACE)) {
      const word = match[1] ?? '';
      const space = match[2] ?? '';
      const wordKey = keyOf(word);
      tokens.push({
        text: word + space,
        key: keepWhitespaceInKey ? `${wordKey}\u0000${space}` : wordKey,
        words: 1,
        blank: wordKey === '',
      });
    }
    return tokens;
  }
  SENTENCE_WITH_SPACE.lastIndex = 0;
  for (const match of paragraph.matchAll(SENTENCE_WITH_SPACE)) {
    const text = match[0];
    const key = keepWhitespaceInKey
      ? text.replace(/\S+/g, (word) => keyOf(word))
      : text.trimEnd().split(/\s+/).map(keyOf).join(' ');
    tokens.push({ text, key, words: countWords(text), blank: key.trim() === '' });
  }
  return tokens;
}
