// Splits texts into paragraphs and paragraphs into tokens (words or sentences). Every
// character of a paragraph belongs to exactly one token, so segments rebuild it exactly.
import type { Granularity } from '../../preload/contract';
import { paragraphBlocks } from './paragraphs';

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

/** Whitespace-separated words, counted without building a list (texts can be long). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Pieces of `text` (which join back to it exactly), each of at most `limit` words if possible. */
function unitsOf(text: string, limit: number): string[] {
  if (countWords(text) <= limit) return [text];
  const lines = text.split(/(?<=\n)/);
  if (lines.length > 1) return lines.flatMap((line) => unitsOf(line, limit));
  const sentences = text.match(/[^.!?…]*(?:[.!?…]+["'”’)\]]*\s*|$)/g)?.filter(Boolean) ?? [text];
  if (sentences.length > 1) return sentences.flatMap((sentence) => unitsOf(sentence, limit));
  // One enormous sentence: cut it between words.
  const words = text.match(/\S+\s*/g) ?? [text];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += limit) chunks.push(words.slice(i, i + limit).join(''));
  return chunks;
}

/** Splits an over-long paragraph at line breaks, then sentences, then words; never inside one. */
function splitLong(paragraph: string): string[] {
  // A word takes at least two characters with its space, so short paragraphs need no count.
  if (paragraph.length <= 2 * MAX_PARAGRAPH_WORDS || countWords(paragraph) <= MAX_PARAGRAPH_WORDS) {
    return [paragraph];
  }
  const pieces: string[] = [];
  let current = '';
  let currentWords = 0;
  for (const unit of unitsOf(paragraph, MAX_PARAGRAPH_WORDS)) {
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
  return pieces;
}

/**
 * Paragraphs as the file's shape gives them (see paragraphs.ts), over-long ones split; each is
 * trimmed. Words are never lost or split.
 */
export function splitParagraphs(text: string): string[] {
  return paragraphBlocks(text).flatMap(splitLong);
}

/** The text as Compare shows it and note anchors count in: its paragraphs, a blank line apart. */
export const comparedText = (text: string): string => splitParagraphs(text).join('\n\n');

/** Exactly JavaScript's `\s`, so tokens split words just as `text.split(/\s+/)` does. */
export function isSpaceCode(code: number): boolean {
  // Printable ASCII and Latin-1 controls first: most characters of most texts, never a space.
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The key function that leaves text as it is; tokenize skips calling it. */
export const IDENTITY_KEY = (text: string): string => text;

// A sentence ends at . ! ? or … (with closing quotes or brackets) followed by whitespace.
const SENTENCE_WITH_SPACE = /\S(?:[^]*?)(?:[.!?…]+["'”’)\]]*(?=\s|$)|$)\s*/gy;

/**
 * Splits a paragraph into tokens. With `keepWhitespaceInKey`, the whitespace after a word is
 * part of its key (a single space, by far the most common, costs nothing), so whitespace
 * changes count; `spaceKey` maps whitespace to its compared form (see normalize.ts spaceClass).
 */
export function tokenize(
  paragraph: string,
  granularity: Granularity,
  keyOf: (text: string) => string,
  keepWhitespaceInKey: boolean,
  spaceKey: (space: string) => string = IDENTITY_KEY,
): Token[] {
  return granularity === 'word'
    ? tokenizeWords(paragraph, keyOf, keepWhitespaceInKey, spaceKey)
    : tokenizeSentences(paragraph, keyOf, keepWhitespaceInKey, spaceKey);
}

// Hot path for long texts: one pass over the characters, one string per token in the
// common case, no regular-expression match objects.
function tokenizeWords(
  paragraph: string,
  keyOf: (text: string) => string,
  keepWhitespaceInKey: boolean,
  spaceKey: (space: string) => string,
): Token[] {
  const tokens: Token[] = [];
  const length = paragraph.length;
  const identity = keyOf === IDENTITY_KEY;
  let i = 0;
  while (i < length) {
    const start = i;
    while (i < length && !isSpaceCode(paragraph.charCodeAt(i))) i++;
    const wordEnd = i;
    while (i < length && isSpaceCode(paragraph.charCodeAt(i))) i++;
    const text = paragraph.slice(start, i);
    const singleSpace = i - wordEnd === 1 && paragraph.charCodeAt(wordEnd) === 32;
    let key: string;
    let blank = false;
    if (identity && keepWhitespaceInKey && singleSpace) {
      key = text;
    } else {
      const wordKey = identity ? paragraph.slice(start, wordEnd) : keyOf(paragraph.slice(start, wordEnd));
      blank = wordKey === '';
      if (!keepWhitespaceInKey) key = wordKey;
      else {
        // A space that compares as one plain space gets the same key as a plain space.
        const space = singleSpace ? ' ' : spaceKey(paragraph.slice(wordEnd, i));
        key = space === ' ' ? `${wordKey} ` : `${wordKey}\u0000${space}`;
      }
    }
    tokens.push({ text, key, words: 1, blank });
  }
  return tokens;
}

function tokenizeSentences(
  paragraph: string,
  keyOf: (text: string) => string,
  keepWhitespaceInKey: boolean,
  spaceKey: (space: string) => string,
): Token[] {
  const tokens: Token[] = [];
  SENTENCE_WITH_SPACE.lastIndex = 0;
  for (const match of paragraph.matchAll(SENTENCE_WITH_SPACE)) {
    const text = match[0];
    const key = keepWhitespaceInKey
      ? text.replace(/\S+|\s+/g, (part) => (isSpaceCode(part.charCodeAt(0)) ? spaceKey(part) : keyOf(part)))
      : text.trimEnd().split(/\s+/).map(keyOf).join(' ');
    tokens.push({ text, key, words: countWords(text), blank: key.trim() === '' });
  }
  return tokens;
}
