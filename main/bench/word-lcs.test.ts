// wordLcsLength, the benchmark's denominator, against a plain dynamic-programming LCS on
// random word lists (including lengths that are not multiples of 32).
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../compare/compare';
import { commonWordsKept } from './compare-bench';
import { seededRandom } from './generate-texts';
import { wordLcsLength } from './word-lcs';

function tableLcs(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) {
      current.push(word === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('wordLcsLength', () => {
  it('equals the table LCS on random word lists', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const vocabulary = 2 + Math.floor(random() * 12);
      const word = (): string => `w${Math.floor(random() * vocabulary)}`;
      const a = Array.from({ length: Math.floor(random() * 90) }, word);
      const b = Array.from({ length: Math.floor(random() * 90) }, word);
      expect(wordLcsLength(a, b)).toBe(tableLcs(a, b));
    }
  });

  it('handles empty and identical lists', () => {
    expect(wordLcsLength([], ['a'])).toBe(0);
    const words = Array.from({ length: 100 }, (_, i) => `w${i % 7}`);
    expect(wordLcsLength(words, words)).toBe(100);
  });
});

describe('commonWordsKept, the benchmark numerator', () => {
  it('counts a word kept with other spacing after it, and not a replaced one', () => {
    // "lost." ends A's paragraph and is followed by more in B: kept, marked spacing only.
    const grown = compareTexts('The vote was lost.', 'The vote was lost. Again.');
    expect(commonWordsKept(grown)).toBe(
      wordLcsLength(['The', 'vote', 'was', 'lost.'], ['The', 'vote', 'was', 'lost.', 'Again.']),
    );
    expect(commonWordsKept(compareTexts('The vote was lost.', 'The vote was won.'))).toBe(3);
  });
});
