import { describe, expect, it } from 'vitest';
import { makeVocabulary, seededRandom } from './generate-texts';

const SYLLABLES = 'ka lo mi ne ru sa te vo di pa re lu fi go na si bo mu ta ve'.split(' ');

/** The plain way to draw a vocabulary (strings in a Set), which the benchmarks' texts were
 *  first generated with: the numbered words must give the very same words in the same order. */
function vocabularyBySet(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(random() * 3) + (words.size > 100 ? 1 : 0);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

describe('makeVocabulary', () => {
  it('draws the same words in the same order as the string set did, drawing after drawing', () => {
    for (const [seed, size] of [
      [1, 5000],
      [2, 5000],
      [1, 5000],
      [7, 120],
      [99, 20_000],
    ] as const) {
      expect(makeVocabulary(seededRandom(seed), size)).toEqual(vocabularyBySet(seededRandom(seed), size));
    }
  });

  it('leaves the generator where the string set left it', () => {
    const numbered = seededRandom(5);
    const bySet = seededRandom(5);
    makeVocabulary(numbered, 3000);
    vocabularyBySet(bySet, 3000);
    expect(numbered()).toBe(bySet());
  });
});
