// The rarity-weighted word likeness used for grouping: what it finds, what it ignores.
import { describe, expect, it } from 'vitest';
import { likePairs, wordBagOf } from './word-vectors';
import { wordsOf } from './words';

const bag = (text: string) => wordBagOf(wordsOf(text).hashes);

describe('word bags', () => {
  it('holds each distinct word once with its count', () => {
    const found = bag('the cat and the hat and the bat');
    expect(Array.from(found.counts).sort()).toEqual([1, 1, 1, 2, 3]);
    expect(new Set(found.words).size).toBe(5);
  });
});

describe('likePairs', () => {
  const furniture = 'this article is within the scope of the project please sign your comments';
  const texts = [
    `${furniture} kepler orbit ellipse tycho brahe observatory prague`,
    `${furniture} kepler tycho brahe prague observatory ellipse laws planets`,
    `${furniture} sourdough starter flour hydration oven crumb`,
    `${furniture} baguette croissant boulangerie paris`,
  ];

  it('finds a rewrite that names the same rare things, and not neighbours that share furniture', () => {
    const pairs = likePairs(texts.map(bag), { minCosine: 0.3, maxDf: 100 });
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[0, 1]]);
    expect(pairs[0]!.cosine).toBeGreaterThan(0.5);
    expect(pairs[0]!.cosine).toBeLessThan(1);
  });

  it('gives 1 to the same words however often repeated alike, and lists each pair once, a < b', () => {
    const pairs = likePairs([bag('alpha beta gamma'), bag('delta'), bag('gamma beta alpha')], {
      minCosine: 0.1,
      maxDf: 100,
    });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 0, b: 2 });
    expect(pairs[0]!.cosine).toBeCloseTo(1, 10);
  });

  it('leaves words in more than maxDf articles out of the search, so they make no pair', () => {
    const pairs = likePairs([bag('common one'), bag('common two'), bag('common three')], {
      minCosine: 0.01,
      maxDf: 2,
    });
    expect(pairs).toEqual([]);
  });

  it('reports nothing for words found in every article of a folder (they weigh nothing)', () => {
    expect(likePairs([bag('same words'), bag('same words')], { minCosine: 0.01, maxDf: 100 })).toEqual([]);
  });
});
