// The inverted index of the corpus: which articles hold each shingle, built by sorting
// (hash, article) keys in buckets rather than in a map of millions of entries; and the candidate pairs it
// yields, counted with a typed array per article. Shingles held by more than `maxDf`
// articles (stock phrases, leftover boilerplate) never make a pair, as in passim.

/** Room for 2^21 articles beside a 32-bit hash in one exactly representable double. */
const DOC_SLOTS = 2 ** 21;
export const MAX_DOCS = DOC_SLOTS;

export interface Postings {
  /** Distinct shingle hashes held by two or more articles, ascending. */
  hashes: Uint32Array;
  /** Articles of hashes[i]: docs[offsets[i] .. offsets[i + 1]), ascending, each once. */
  offsets: Int32Array;
  docs: Int32Array;
}

/** Buckets hold about this many entries on average: small sorts, few of them. */
const BUCKET_TARGET = 256;

/**
 * `shingles[d]`: article d's shingle hashes, repeats allowed. A counting sort on the top bits
 * of the hash spreads the (hash, article) entries into small buckets, each then sorted on its
 * own: linear passes instead of one sort of millions of keys.
 */
export function buildPostings(shingles: Uint32Array[]): Postings {
  if (shingles.length > MAX_DOCS) throw new Error(`At most ${MAX_DOCS} articles can be indexed.`);
  let total = 0;
  for (const hashes of shingles) total += hashes.length;
  const bucketBits = Math.min(20, Math.max(1, Math.ceil(Math.log2(Math.max(2, total / BUCKET_TARGET)))));
  const shift = 32 - bucketBits;
  const buckets = 1 << bucketBits;
  const lowMask = 2 ** shift - 1;
  const bucketStart = new Int32Array(buckets + 1);
  for (const hashes of shingles) {
    for (let i = 0; i < hashes.length; i++) bucketStart[(hashes[i]! >>> shift) + 1]!++;
  }
  for (let b = 0; b < buckets; b++) bucketStart[b + 1]! += bucketStart[b]!;
  // Low hash bits and the article in one exactly representable double, sortable as a number.
  const keys = new Float64Array(total);
  const fill = bucketStart.slice(0, buckets);
  shingles.forEach((hashes, doc) => {
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]!;
      keys[fill[hash >>> shift]!++] = (hash & lowMask) * DOC_SLOTS + doc;
    }
  });
  const hashes: number[] = [];
  const offsets: number[] = [];
  let docs = new Int32Array(1024);
  let docCount = 0;
  for (let b = 0; b < buckets; b++) {
    const bucket = keys.subarray(bucketStart[b]!, bucketStart[b + 1]!);
    bucket.sort();
    for (let start = 0; start < bucket.length;) {
      const low = Math.floor(bucket[start]! / DOC_SLOTS);
      // An article's repeats of one shingle are equal keys, side by side: counted once.
      let distinctDocs = 1;
      let end = start + 1;
      for (; end < bucket.length && Math.floor(bucket[end]! / DOC_SLOTS) === low; end++) {
        if (bucket[end] !== bucket[end - 1]) distinctDocs++;
      }
      if (distinctDocs >= 2) {
        hashes.push(b * 2 ** shift + low);
        offsets.push(docCount);
        if (docCount + distinctDocs > docs.length) {
          const grown = new Int32Array(Math.max(docs.length * 2, docCount + distinctDocs));
          grown.set(docs);
          docs = grown;
        }
        for (let i = start; i < end; i++) {
          if (i === start || bucket[i] !== bucket[i - 1]) docs[docCount++] = bucket[i]! - low * DOC_SLOTS;
        }
      }
      start = end;
    }
  }
  offsets.push(docCount);
  return {
    hashes: Uint32Array.from(hashes),
    offsets: Int32Array.from(offsets),
    docs: docs.slice(0, docCount),
  };
}

export interface CandidatePair {
  a: number;
  b: number;
  /** Distinct shingles the two share among those under the frequency cap. */
  shared: number;
}

export interface CandidateOptions {
  /** Shingles in more articles than this are ignored. */
  maxDf: number;
  /** Fewest shared shingles (of those sampled) that make a pair worth scoring. */
  minShared: number;
  /**
   * Count only shingles whose hash is divisible by this (1: all). Versions share hundreds of
   * shingles, so a sample finds them at a fraction of the work; scores stay exact.
   */
  sample: number;
}

/** Pairs of articles (a < b) sharing at least `minShared` shingles under the cap. */
export function candidatePairs(
  postings: Postings,
  docCount: number,
  options: CandidateOptions,
): CandidatePair[] {
  const { offsets, docs } = postings;
  const runCount = offsets.length - 1;
  // Each article's runs (shingles) under the cap, as compressed rows.
  const perDoc = new Int32Array(docCount + 1);
  const counted = (run: number): boolean =>
    offsets[run + 1]! - offsets[run]! <= options.maxDf && postings.hashes[run]! % options.sample === 0;
  for (let run = 0; run < runCount; run++) {
    if (!counted(run)) continue;
    for (let i = offsets[run]!; i < offsets[run + 1]!; i++) perDoc[docs[i]! + 1]!++;
  }
  for (let d = 0; d < docCount; d++) perDoc[d + 1]! += perDoc[d]!;
  const runsOfDoc = new Int32Array(perDoc[docCount]!);
  const fill = perDoc.slice(0, docCount);
  for (let run = 0; run < runCount; run++) {
    if (!counted(run)) continue;
    for (let i = offsets[run]!; i < offsets[run + 1]!; i++) runsOfDoc[fill[docs[i]!]!++] = run;
  }
  const counts = new Int32Array(docCount);
  const touched = new Int32Array(docCount);
  const pairs: CandidatePair[] = [];
  for (let a = 0; a < docCount; a++) {
    let touchedCount = 0;
    for (let r = perDoc[a]!; r < perDoc[a + 1]!; r++) {
      const run = runsOfDoc[r]!;
      // Postings are ascending: only the articles after `a` are counted, so each pair once.
      for (let i = offsets[run + 1]! - 1; i >= offsets[run]!; i--) {
        const b = docs[i]!;
        if (b <= a) break;
        if (counts[b] === 0) touched[touchedCount++] = b;
        counts[b]!++;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      if (counts[b]! >= options.minShared) pairs.push({ a, b, shared: counts[b]! });
      counts[b] = 0;
    }
  }
  return pairs;
}
