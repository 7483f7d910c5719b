// Words of a cleaned text as the corpus pipeline sees them: letters and digits (apostrophes
// inside a word kept), folded for case and typography, each with its place in the text and
// a 32-bit hash; and the hashed shingles (runs of SHINGLE words) built from them.

/** Words per shingle: long enough that stock phrases rarely match, short enough for quotes. */
export const SHINGLE = 5;

export interface WordList {
  /** UTF-16 offsets of each word in the text. */
  starts: Int32Array;
  ends: Int32Array;
  /** Hash of each word's folded form. */
  hashes: Uint32Array;
}

/** FNV-1a over UTF-16 units, with a final mix so near keys spread. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return mix(hash);
}

function mix(value: number): number {
  let x = value ^ (value >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Case, accents' composition and curly apostrophes do not make two words differ. */
export const foldWord = (word: string): string => word.normalize('NFKC').toLowerCase().replace(/’/g, "'");

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** ASCII letters and digits, folded: 0 for other characters (the table spares a test per character). */
const ASCII_FOLDED = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  if (code >= 48 && code <= 57) ASCII_FOLDED[code] = code;
  else if (code >= 97 && code <= 122) ASCII_FOLDED[code] = code;
  else if (code >= 65 && code <= 90) ASCII_FOLDED[code] = code + 32;
}

/** A word character: letters, digits and combining marks; other scripts through Unicode. */
function isWordCode(text: string, at: number, code: number): boolean {
  if (code < 128) return ASCII_FOLDED[code] !== 0;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(at, at + 2));
  return LETTER_OR_DIGIT.test(text[at]!);
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** Grown as needed and reused by every call, so a folder's texts do not each allocate them. */
let scratch = { starts: new Int32Array(1024), ends: new Int32Array(1024), hashes: new Uint32Array(1024) };

/**
 * One pass over the text without regular-expression matches or substrings for plain ASCII
 * words (the common case); other words are folded with foldWord.
 */
export function wordsOf(text: string): WordList {
  const capacity = (text.length >> 1) + 1;
  if (scratch.starts.length < capacity) {
    const size = Math.max(capacity, scratch.starts.length * 2);
    scratch = { starts: new Int32Array(size), ends: new Int32Array(size), hashes: new Uint32Array(size) };
  }
  const { starts, ends, hashes } = scratch;
  let count = 0;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    if (!isWordCode(text, i, code)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let hash = 0x811c9dc5;
    while (i < length) {
      const c = text.charCodeAt(i);
      const folded = c < 128 ? ASCII_FOLDED[c]! : 0;
      if (folded !== 0) {
        hash = Math.imul(hash ^ folded, 16777619);
        i++;
      } else if (c >= 128 && isWordCode(text, i, c)) {
        ascii = false;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      } else if (isApostrophe(c) && i + 1 < length && isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
        hash = Math.imul(hash ^ 39, 16777619);
        i++;
      } else break;
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = ascii ? mix(hash) : hashString(foldWord(text.slice(start, i)));
    count++;
  }
  return { starts: starts.slice(0, count), ends: ends.slice(0, count), hashes: hashes.slice(0, count) };
}

/** The hash of each run of SHINGLE words, by its first word (empty when the text is shorter). */
export function shinglesOf(words: WordList): Uint32Array {
  const count = Math.max(0, words.hashes.length - SHINGLE + 1);
  const shingles = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) hash = Math.imul(hash ^ words.hashes[i + k]!, 16777619);
    shingles[i] = mix(hash);
  }
  return shingles;
}

/** Distinct values, ascending. */
export function distinctSorted(values: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i]!;
  }
  return sorted.slice(0, length);
}

/** Maps UTF-16 offsets of one text to code points, as note anchors count them. */
export function codePointOffsets(text: string): (offset: number) => number {
  // Most texts have no astral characters: then the offsets already are code points.
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const astralBefore: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) astralBefore.push(i);
  }
  return (offset) => {
    let low = 0;
    let high = astralBefore.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (astralBefore[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  };
}
