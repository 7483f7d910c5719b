// Deterministic synthetic articles and edits for the benchmarks: Zipf-distributed words
// in sentences and paragraphs, then word replacements in short runs, deleted and inserted
// sentences and two moved paragraphs. Fixed seeds make every run compare the same texts.

export type Random = () => number;

/** mulberry32: a tiny, fast, seedable PRNG. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ru sa te vo di pa re lu fi go na si bo mu ta ve'.split(' ');
const MAX_SYLLABLES = 4;

// Every syllable is two letters, so a word is told by its syllables alone and a number names
// it: the words of each length get their own range, and within it the syllables read in base
// 20. Thousands of vocabularies are drawn for a big generated folder; naming words by number
// lets each drawing skip building and hashing strings, and each word's string is built once.
const firstCodeOfLength: number[] = [0, 0];
for (let length = 1; length <= MAX_SYLLABLES; length++) {
  firstCodeOfLength[length + 1] = firstCodeOfLength[length]! + SYLLABLES.length ** length;
}
const WORD_CODES = firstCodeOfLength[MAX_SYLLABLES + 1]!;
// Filled up front, so the array stays a dense one as words are spelled into it at random.
const wordOfCode: string[] = new Array<string>(WORD_CODES).fill('');
const drawnIn = new Uint32Array(WORD_CODES);
let drawing = 0;

/** `size` distinct words of one to four syllables, in the order `random` first draws them. */
export function makeVocabulary(random: Random, size: number): string[] {
  const words: string[] = [];
  drawing++;
  while (words.length < size) {
    const length = 1 + Math.floor(random() * 3) + (words.length > 100 ? 1 : 0);
    let syllables = 0;
    for (let i = 0; i < length; i++)
      syllables = syllables * SYLLABLES.length + Math.floor(random() * SYLLABLES.length);
    const code = firstCodeOfLength[length]! + syllables;
    if (drawnIn[code] === drawing) continue;
    drawnIn[code] = drawing;
    if (wordOfCode[code] === '') wordOfCode[code] = spell(syllables, length);
    words.push(wordOfCode[code]!);
  }
  return words;
}

function spell(syllables: number, length: number): string {
  let word = '';
  for (let i = 0; i < length; i++) {
    word = SYLLABLES[syllables % SYLLABLES.length]! + word;
    syllables = Math.floor(syllables / SYLLABLES.length);
  }
  return word;
}

const cumulativeWeights = new Map<number, { cumulative: Float64Array; sum: number }>();

/** The running sums of 1/rank for `size` ranks, computed once per size. */
function zipfWeights(size: number): { cumulative: Float64Array; sum: number } {
  let weights = cumulativeWeights.get(size);
  if (!weights) {
    const cumulative = new Float64Array(size);
    let sum = 0;
    for (let rank = 0; rank < size; rank++) cumulative[rank] = sum += 1 / (rank + 1);
    cumulativeWeights.set(size, (weights = { cumulative, sum }));
  }
  return weights;
}

/** Draws word ranks with a Zipf-like law, so a few words are everywhere as in real prose. */
function zipfPicker(random: Random, size: number): () => number {
  const { cumulative, sum } = zipfWeights(size);
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export interface TextGenerator {
  sentence: () => string[];
  word: () => string;
}

export function textGenerator(seed: number, vocabularySize = 5000): TextGenerator {
  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random, vocabularySize);
  const pick = zipfPicker(random, vocabulary.length);
  const word = (): string => vocabulary[pick()]!;
  const sentence = (): string[] => {
    const length = 8 + Math.floor(random() * 18);
    const words = Array.from({ length }, word);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    words[length - 1] += random() < 0.9 ? '.' : '?';
    if (length > 12 && random() < 0.4) words[Math.floor(length / 2)] += ',';
    return words;
  };
  return { sentence, word };
}

/** Paragraphs as lists of sentences, each sentence a list of words. */
export type Article = string[][][];

export function generateArticle(seed: number, targetWords: number): Article {
  const random = seededRandom(seed * 7919 + 1);
  const generator = textGenerator(seed);
  const article: Article = [];
  let words = 0;
  while (words < targetWords) {
    const paragraph: string[][] = [];
    const sentences = 2 + Math.floor(random() * 6);
    for (let s = 0; s < sentences && words < targetWords; s++) {
      const sentence = generator.sentence();
      paragraph.push(sentence);
      words += sentence.length;
    }
    article.push(paragraph);
  }
  return article;
}

export const articleText = (article: Article): string =>
  article.map((paragraph) => paragraph.map((sentence) => sentence.join(' ')).join(' ')).join('\n\n');

/**
 * Edits about `rate` of the words: most as replacements in runs of one to three words, some
 * as deleted and inserted sentences; then moves two paragraphs.
 */
export function editArticle(article: Article, rate: number, seed: number): Article {
  const random = seededRandom(seed * 104729 + 3);
  const generator = textGenerator(seed + 1000);
  const edited: Article = article.map((paragraph) => paragraph.map((sentence) => [...sentence]));
  const totalWords = edited.flat(2).length;
  let budget = Math.round(totalWords * rate);
  const randomParagraph = (): string[][] => edited[Math.floor(random() * edited.length)]!;
  while (budget > 0) {
    const roll = random();
    const paragraph = randomParagraph();
    if (roll < 0.8 || paragraph.length < 2) {
      const sentence = paragraph[Math.floor(random() * paragraph.length)]!;
      const run = Math.min(1 + Math.floor(random() * 3), budget, sentence.length);
      const start = Math.floor(random() * (sentence.length - run + 1));
      for (let k = 0; k < run; k++) sentence[start + k] = generator.word();
      budget -= run;
    } else if (roll < 0.9) {
      const [removed] = paragraph.splice(Math.floor(random() * paragraph.length), 1);
      budget -= removed!.length;
    } else {
      const sentence = generator.sentence();
      paragraph.splice(Math.floor(random() * (paragraph.length + 1)), 0, sentence);
      budget -= sentence.length;
    }
  }
  for (let move = 0; move < 2 && edited.length > 4; move++) {
    const from = Math.floor(random() * edited.length);
    const [paragraph] = edited.splice(from, 1);
    const to = (from + Math.floor(edited.length / 2) + Math.floor(random() * 3)) % edited.length;
    edited.splice(to, 0, paragraph!);
  }
  return edited.filter((paragraph) => paragraph.length > 0);
}
