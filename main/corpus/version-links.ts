// Which pairs of articles are versions of one text: the edges that groups are joined over.
// Three kinds of evidence, from the surest:
// - the same words in the same order (a page saved twice), whatever its length;
// - a large share of one text inside the other in 5-word shingles (a stub inside the article
//   it grew into, a reprint inside a scraped page);
// - a weaker share, or a page rewritten in new sentences that still names the same rare
//   things (rarity-weighted word cosine), but only between articles that are among each
//   other's closest few: two neighbouring subjects (a programme and its award, two states
//   of one country) can look alike, yet each is closer to its own versions.
import { likePairs, wordBagOf, type LikePair } from './word-vectors';

export interface LinkOptions {
  /** Containment that links two articles outright. */
  containment: number;
  /** Fewest covered words for such an outright link. */
  minWords: number;
  /** Containment that links two close articles. */
  closeContainment: number;
  /** Word cosine that links two close articles. */
  closeCosine: number;
  /** How many nearest articles (by word cosine) count as close. */
  closest: number;
  /** Words in more articles than this are furniture, left out of the search for likeness. */
  wordMaxDf: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  containment: 0.5,
  minWords: 25,
  closeContainment: 0.25,
  closeCosine: 0.35,
  closest: 3,
  wordMaxDf: 100,
};

/** Likeness below this is not kept: it never links, and ranks no article's closest. */
const KEPT_COSINE = 0.1;

export interface ScoredLink {
  a: number;
  b: number;
  containment: number;
  coveredWords: number;
}

export interface VersionLinks {
  edges: Array<{ a: number; b: number }>;
  /** The word cosine of a pair (0 when under KEPT_COSINE). */
  cosine: (a: number, b: number) => number;
}

/** `words`: each article's word hashes in order; `pairs`: the shingle-scored candidates. */
export function versionLinks(words: Uint32Array[], pairs: ScoredLink[], options: LinkOptions): VersionLinks {
  const n = words.length;
  const likes = likePairs(words.map(wordBagOf), { minCosine: KEPT_COSINE, maxDf: options.wordMaxDf });
  const cosines = new Map<number, number>();
  for (const like of likes) cosines.set(like.a * n + like.b, like.cosine);
  const cosine = (a: number, b: number): number => cosines.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0;
  const closest = closestOf(n, likes, options.closest);
  const close = (a: number, b: number): boolean => closest[a]!.has(b) || closest[b]!.has(a);

  const edges: Array<{ a: number; b: number }> = sameTextLinks(words);
  for (const pair of pairs) {
    const outright = pair.containment >= options.containment && pair.coveredWords >= options.minWords;
    if (outright || (pair.containment >= options.closeContainment && close(pair.a, pair.b))) edges.push(pair);
  }
  for (const like of likes) if (like.cosine >= options.closeCosine && close(like.a, like.b)) edges.push(like);
  return { edges, cosine };
}

/** Each article's `count` most alike others, by word cosine. */
function closestOf(n: number, likes: LikePair[], count: number): Array<Set<number>> {
  const partners: Array<Array<{ other: number; cosine: number }>> = Array.from({ length: n }, () => []);
  for (const { a, b, cosine } of likes) {
    partners[a]!.push({ other: b, cosine });
    partners[b]!.push({ other: a, cosine });
  }
  return partners.map(
    (list) =>
      new Set(
        list
          .sort((x, y) => y.cosine - x.cosine || x.other - y.other)
          .slice(0, count)
          .map((partner) => partner.other),
      ),
  );
}

/** Articles with the same words in the same order (at least one word), each linked to the first. */
function sameTextLinks(words: Uint32Array[]): Array<{ a: number; b: number }> {
  const firstWith = new Map<string, number>();
  const links: Array<{ a: number; b: number }> = [];
  words.forEach((hashes, index) => {
    if (hashes.length === 0) return;
    // Two 32-bit hashes of the sequence and its length: a false match is out of reach.
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < hashes.length; i++) {
      h1 = Math.imul(h1 ^ hashes[i]!, 16777619);
      h2 = Math.imul(h2 + hashes[i]!, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const key = `${hashes.length}:${h1 >>> 0}:${h2 >>> 0}`;
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, index);
    else links.push({ a: first, b: index });
  });
  return links;
}
