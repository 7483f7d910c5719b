// The inverted index against the plain way of building it (a map from hash to a set of
// articles): repeats inside an article, shingles nearly every article holds, hashes at both
// ends of the 32-bit range, and the candidate pairs.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/generate-texts';
import { buildPostings, candidatePairs, type Postings } from './shingle-index';

function plainPostings(shingles: Uint32Array[]): Map<number, number[]> {
  const byHash = new Map<number, Set<number>>();
  shingles.forEach((hashes, doc) => {
    for (const hash of hashes) byHash.set(hash, (byHash.get(hash) ?? new Set()).add(doc));
  });
  const kept = [...byHash].filter(([, docs]) => docs.size >= 2).sort(([x], [y]) => x - y);
  return new Map(kept.map(([hash, docs]) => [hash, [...docs].sort((x, y) => x - y)]));
}

function asMap(postings: Postings): Map<number, number[]> {
  const map = new Map<number, number[]>();
  postings.hashes.forEach((hash, run) =>
    map.set(hash, [...postings.docs.subarray(postings.offsets[run]!, postings.offsets[run + 1]!)]),
  );
  return map;
}

describe('buildPostings', () => {
  it('lists each shared hash once, ascending, with its articles ascending and each once', () => {
    const random = seededRandom(11);
    // A small vocabulary of hashes, so that articles share many and repeat some.
    const vocabulary = Array.from({ length: 3_000 }, () => Math.floor(random() * 2 ** 32));
    vocabulary.push(0, 2 ** 32 - 1);
    const heavy = [vocabulary[0]!, vocabulary[1]!];
    const shingles = Array.from({ length: 120 }, () => {
      const hashes = Array.from(
        { length: 50 + Math.floor(random() * 400) },
        () => vocabulary[Math.floor(random() * vocabulary.length)]!,
      );
      // Two shingles nearly every article holds, several times: large buckets.
      hashes.push(...heavy, ...heavy, 0, 2 ** 32 - 1);
      return Uint32Array.from(hashes);
    });
    const postings = buildPostings(shingles);
    const expected = plainPostings(shingles);
    expect([...postings.hashes]).toEqual([...expected.keys()]);
    expect(asMap(postings)).toEqual(expected);
    expect(asMap(postings).get(heavy[0]!)).toHaveLength(120);
  });

  it('gives the pairs sharing enough shingles under the frequency cap', () => {
    const shingles = [
      Uint32Array.from([1, 2, 3, 4, 9]),
      Uint32Array.from([2, 3, 4, 4, 4, 9]),
      Uint32Array.from([4, 9, 10]),
      Uint32Array.from([9, 11]),
    ];
    const pairs = candidatePairs(buildPostings(shingles), 4, { maxDf: 3, minShared: 2, sample: 1 });
    // 9 is in all four articles, over the cap; 4 counts once for article 1 however often it repeats.
    expect(pairs).toEqual([{ a: 0, b: 1, shared: 3 }]);
  });
});
