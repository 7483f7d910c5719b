// The inverted index of the corpus: which articles hold each shingle, built by sorting
// (hash, article) keys rather than a map of millions of entries; and the candidate pairs it
// yields, counted with a typed array per article. Shingles held by more than `maxDf`
// articles (stock phrases, leftover boilerplate) never make a pair, as in passim.

/** Room for 2^21 articles beside a 32-bit hash in one exactly representable double. */
const DOC_SLOTS = 2 ** 21;
export const MAX_DOCS = DOC_SLOTS;

export interface Postings {
  /** Distinct shingle hashes held by two or more articles, ascending. */
  hashes: Uint32Array;
  /** Articles of hashes[i]: docs[offsets[i] .. offsets[i + 1]), ascending. */
  offsets: Int32Array;
  docs: Int32Array;
}

/** `distinct[d]`: article d's distinct shingle hashes. */
export function buildPostings(distinct: Uint32Array[]): Postings {
  if (distinct.length > MAX_DOCS) throw new Error(`At most ${MAX_DOCS} articles can be indexed.`);
  let total = 0;
  for (const hashes of distinct) total += hashes.length;
  const keys = new Float64Array(total);
  let at = 0;
  distinct.forEach((hashes, doc) => {
    for (let i = 0; i < hashes.length; i++) keys[at++] = hashes[i]! * DOC_SLOTS + doc;
  });
  keys.sort();
  const hashes: number[] = [];
  const offsets: number[] = [];
  const docs: number[] = [];
  for (let start = 0; start < keys.length;) {
    const hash = Math.floor(keys[start]! / DOC_SLOTS);
    let end = start + 1;
    while (end < keys.length && Math.floor(keys[end]! / DOC_SLOTS) === hash) end++;
    if (end - start >= 2) {
      hashes.push(hash);
      offsets.push(docs.length);
      for (let i = start; i < end; i++) docs.push(keys[i]! - hash * DOC_SLOTS);
    }
    start = end;
  }
  offsets.push(docs.length);
  return { hashes: Uint32Array.from(hashes), offsets: Int32Array.from(offsets), docs: Int32Array.from(docs) };
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
  /** Fewest shared shingles that make a pair worth scoring. */
  minShared: number;
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
  for (let run = 0; run < runCount; run++) {
    const df = offsets[run + 1]! - offsets[run]!;
    if (df > options.maxDf) continue;
    for (let i = offsets[run]!; i < offsets[run + 1]!; i++) perDoc[docs[i]! + 1]!++;
  }
  for (let d = 0; d < docCount; d++) perDoc[d + 1]! += perDoc[d]!;
  const runsOfDoc = new Int32Array(perDoc[docCount]!);
  const fill = perDoc.slice(0, docCount);
  for (let run = 0; run < runCount; run++) {
    const df = offsets[run + 1]! - offsets[run]!;
    if (df > options.maxDf) continue;
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
