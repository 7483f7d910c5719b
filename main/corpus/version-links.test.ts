// Which pairs become version links: same text at any length, containment, close rewrites.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_OPTIONS, versionLinks, type ScoredLink } from './version-links';
import { wordsOf } from './words';

const words = (text: string) => wordsOf(text).hashes;
const pairsOf = (links: ReturnType<typeof versionLinks>) =>
  links.edges
    .map(({ a, b }) => [Math.min(a, b), Math.max(a, b)])
    .sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);

describe('versionLinks', () => {
  it('links texts with the same words in the same order whatever their length, not reordered ones', () => {
    const stub = 'Hedwig is a given name.';
    const links = versionLinks(
      [
        words(stub),
        words('Hedwig: is a GIVEN name!'),
        words('name given a is Hedwig'),
        words(stub),
        words(''),
      ],
      [],
      // Likeness off: the reordered text has the same words and would be linked by them.
      { ...DEFAULT_LINK_OPTIONS, closeCosine: 2 },
    );
    expect(pairsOf(links)).toEqual([
      [0, 1],
      [0, 3],
    ]);
  });

  it('links outright by containment with enough words, and weaker containment only between close articles', () => {
    const texts = [
      'orbital mechanics kepler tycho ellipse',
      'kepler tycho ellipse planets laws',
      'sourdough flour crumb oven starter',
      'unrelated baguette croissant words here',
    ].map(words);
    const pairs: ScoredLink[] = [
      { a: 0, b: 1, containment: 0.3, coveredWords: 3 },
      { a: 2, b: 3, containment: 0.3, coveredWords: 3 },
      { a: 1, b: 3, containment: 0.6, coveredWords: 40 },
    ];
    const links = versionLinks(texts, pairs, { ...DEFAULT_LINK_OPTIONS, closeCosine: 2 });
    // 0–1 share rare words (close); 2–3 share none; 1–3 is contained outright.
    expect(pairsOf(links)).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(links.cosine(0, 1)).toBeGreaterThan(0);
    expect(links.cosine(2, 3)).toBe(0);
  });

  it('links a rewrite by word likeness alone when the two are among each other’s closest', () => {
    const texts = [
      'at the prague observatory tycho brahe and johannes kepler studied the orbit of mars',
      'johannes kepler studied tycho brahe’s records of mars at the prague observatory: its orbit is an ellipse',
      'bread rises when the starter ferments the flour and water overnight',
      'the harbour freezes in winter and the ferries stop running',
      'a sonnet has fourteen lines and a turn after the eighth',
    ].map(words);
    expect(pairsOf(versionLinks(texts, [], DEFAULT_LINK_OPTIONS))).toEqual([[0, 1]]);
    expect(pairsOf(versionLinks(texts, [], { ...DEFAULT_LINK_OPTIONS, closest: 0 }))).toEqual([]);
  });
});
