// diffMiddles against diffTokens on the whole token lists: whenever it answers, the same diff
// and the same size, on seeded random paragraphs with word edits, whitespace changes and
// insertions at either end (where one middle can end inside the other's shared text).
import { describe, expect, it } from 'vitest';
import { diffMiddles, diffTokens, type DiffOptions } from './diff-tokens';
import { spaceClass } from './normalize';
import { mulberry32, randomEdits, randomInt, randomParagraph, type Random } from './test-texts';
import { IDENTITY_KEY, tokenize } from './tokenize';

const optionsFor = (size: number): DiffOptions => ({
  maxEditLength: Math.max(64, Math.floor(2_000_000 / Math.max(1, size))),
  charDetail: true,
});

const SHAPE = { minParagraphs: 1, maxParagraphs: 1, minWords: 1, maxWords: 40 };

/** A second version of a paragraph: word and whitespace edits, or words added at an end. */
function edited(rand: Random, paragraph: string): string {
  const roll = rand();
  if (roll < 0.2) return `${paragraph} ${randomParagraph(rand, 1, 3)}`;
  if (roll < 0.3) return `${randomParagraph(rand, 1, 3)} ${paragraph}`;
  const [result] = randomEdits(rand, [paragraph], randomInt(rand, 1, 4), SHAPE);
  return (result ?? paragraph).trim() || paragraph;
}

describe('diffMiddles', () => {
  it.each([
    ['whitespace kept in keys', true],
    ['whitespace ignored', false],
  ])('gives diffTokens’ result on the whole paragraphs (%s)', (_name, keepWhitespace) => {
    const tokens = (text: string) => tokenize(text, 'word', IDENTITY_KEY, keepWhitespace, spaceClass);
    const rand = mulberry32(keepWhitespace ? 3 : 4);
    let answered = 0;
    for (let round = 0; round < 3000; round++) {
      const left = randomParagraph(rand, 1, 60).trim();
      const right = edited(rand, left);
      const middles = diffMiddles(left, right, tokens, optionsFor);
      if (!middles) continue;
      answered++;
      const whole = [tokens(left), tokens(right)] as const;
      const size = whole[0].length + whole[1].length;
      expect(middles.size).toBe(size);
      expect(middles.diff, `${left}\n→\n${right}`).toEqual(diffTokens(...whole, optionsFor(size)));
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it('leaves to the whole diff a middle that ends inside the other side’s shared text', () => {
    const tokens = (text: string) => tokenize(text, 'word', IDENTITY_KEY, true, spaceClass);
    expect(diffMiddles('a b c d', 'a b c c d', tokens, optionsFor)).toBeUndefined();
    expect(diffMiddles('a b c d', 'x y z w', tokens, optionsFor)).toBeUndefined();
  });
});
