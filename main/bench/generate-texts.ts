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

function makeVocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(random() * 3) + (words.size > 100 ? 1 : 0);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** Draws word ranks with a Zipf-like law, so a few words are everywhere as in real prose. */
function zipfPicker(random: Random, size: number): () => number {
  const weights = Array.from({ length: size }, (_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
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
