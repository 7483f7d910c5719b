// The inverted index of the corpus: which articles hold each shingle, built by a two-level
// radix sort of (hash, article) entries rather than in a map of millions of entries; and the
// candidate pairs it yields, counted with a typed array per article. Shingles held by more
// than `maxDf` articles (stock phrases, leftover boilerplate) never make a pair, as in passim.

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

/**
 * The first pass spreads entries by the hash's top bits into this many buckets: few enough
 * that the write positions stay in the processor's cache however large the folder.
 */
const TOP_BITS = 10;
const TOP_BUCKETS = 1 << TOP_BITS;
/** The second pass, inside one bucket, aims at sub-buckets of about this many entries. */
const SUB_TARGET = 4;
/** A sub-bucket larger than this (shingles many articles hold) is sorted by the built-in sort. */
const INSERTION_MAX = 32;

/** Bits of hash that split `entries` into sub-buckets of about SUB_TARGET, at most `cap`. */
const subBitsFor = (entries: number, cap: number): number =>
  Math.min(cap, Math.max(0, Math.ceil(Math.log2(Math.max(1, entries / SUB_TARGET)))));

/**
 * `shingles[d]`: article d's shingle hashes, repeats allowed. Entries are spread in article
 * order, and each pass is stable, so inside every hash the articles come out ascending, an
 * article's repeats side by side (kept once).
 */
export function buildPostings(shingles: Uint32Array[]): Postings {
  if (shingles.length > MAX_DOCS) throw new Error(`At most ${MAX_DOCS} articles can be indexed.`);
  let total = 0;
  for (const hashes of shingles) total += hashes.length;
  // First pass: by the top bits, into one array of hashes and one of articles.
  const topShift = 32 - TOP_BITS;
  const topStart = new Int32Array(TOP_BUCKETS + 1);
  for (const hashes of shingles) {
    for (let i = 0; i < hashes.length; i++) topStart[(hashes[i]! >>> topShift) + 1]!++;
  }
  for (let b = 0; b < TOP_BUCKETS; b++) topStart[b + 1]! += topStart[b]!;
  const byTopHash = new Uint32Array(total);
  const byTopDoc = new Int32Array(total);
  const fill = topStart.slice(0, TOP_BUCKETS);
  shingles.forEach((hashes, doc) => {
    for (let i = 0; i < hashes.length; i++) {
      const at = fill[hashes[i]! >>> topShift]!++;
      byTopHash[at] = hashes[i]!;
      byTopDoc[at] = doc;
    }
  });
  let largest = 0;
  for (let b = 0; b < TOP_BUCKETS; b++) largest = Math.max(largest, topStart[b + 1]! - topStart[b]!);
  // Second pass, one bucket at a time in arrays small enough to stay in cache.
  const subBitsMax = subBitsFor(largest, topShift);
  const subStart = new Int32Array((1 << subBitsMax) + 1);
  const hashes = new Uint32Array(largest);
  const docs = new Int32Array(largest);
  const out = new PostingsBuilder(total);
  for (let b = 0; b < TOP_BUCKETS; b++) {
    const from = topStart[b]!;
    const size = topStart[b + 1]! - from;
    if (size === 0) continue;
    const subBits = subBitsFor(size, subBitsMax);
    const subShift = topShift - subBits;
    const subMask = (1 << subBits) - 1;
    const subs = 1 << subBits;
    subStart.fill(0, 0, subs + 1);
    for (let i = from; i < from + size; i++) subStart[((byTopHash[i]! >>> subShift) & subMask) + 1]!++;
    for (let k = 0; k < subs; k++) subStart[k + 1]! += subStart[k]!;
    for (let i = from; i < from + size; i++) {
      const at = subStart[(byTopHash[i]! >>> subShift) & subMask]!++;
      hashes[at] = byTopHash[i]!;
      docs[at] = byTopDoc[i]!;
    }
    // subStart[k] is now where sub-bucket k ends.
    for (let k = 0, start = 0; k < subs; k++) {
      const end = subStart[k]!;
      if (end - start <= INSERTION_MAX) insertionSortByHash(hashes, docs, start, end);
      else sortByHashThenDoc(hashes, docs, start, end);
      out.addRuns(hashes, docs, start, end);
      start = end;
    }
  }
  return out.finish();
}

/** Stable: entries of one hash keep their (article) order. */
function insertionSortByHash(hashes: Uint32Array, docs: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const hash = hashes[i]!;
    if (hashes[i - 1]! <= hash) continue;
    const doc = docs[i]!;
    let j = i - 1;
    while (j >= from && hashes[j]! > hash) {
      hashes[j + 1] = hashes[j]!;
      docs[j + 1] = docs[j]!;
      j--;
    }
    hashes[j + 1] = hash;
    docs[j + 1] = doc;
  }
}

/** For large sub-buckets: (hash, article) packed in one exactly representable double, sorted. */
function sortByHashThenDoc(hashes: Uint32Array, docs: Int32Array, from: number, to: number): void {
  const keys = new Float64Array(to - from);
  for (let i = from; i < to; i++) keys[i - from] = hashes[i]! * DOC_SLOTS + docs[i]!;
  keys.sort();
  for (let i = from; i < to; i++) {
    const hash = Math.floor(keys[i - from]! / DOC_SLOTS);
    hashes[i] = hash;
    docs[i] = keys[i - from]! - hash * DOC_SLOTS;
  }
}

/** The postings in typed arrays grown as needed. */
class PostingsBuilder {
  private hashes: Uint32Array;
  private offsets: Int32Array;
  private docs: Int32Array;
  private runs = 0;
  private count = 0;

  constructor(entries: number) {
    const guess = Math.max(1024, entries >> 3);
    this.hashes = new Uint32Array(guess);
    this.offsets = new Int32Array(guess + 1);
    this.docs = new Int32Array(guess);
  }

  /** Sorted entries [start, end): each hash that two or more articles hold becomes a run. */
  addRuns(hashes: Uint32Array, docs: Int32Array, start: number, end: number): void {
    while (start < end) {
      const hash = hashes[start]!;
      let last = start + 1;
      let distinctDocs = 1;
      for (; last < end && hashes[last] === hash; last++) if (docs[last] !== docs[last - 1]) distinctDocs++;
      if (distinctDocs >= 2) {
        this.reserve(distinctDocs);
        this.hashes[this.runs] = hash;
        this.offsets[this.runs++] = this.count;
        for (let i = start; i < last; i++) {
          if (i === start || docs[i] !== docs[i - 1]) this.docs[this.count++] = docs[i]!;
        }
      }
      start = last;
    }
  }

  private reserve(docCount: number): void {
    if (this.runs + 1 >= this.hashes.length) {
      const hashes = new Uint32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const offsets = new Int32Array(this.hashes.length + 1);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    if (this.count + docCount > this.docs.length) {
      const grown = new Int32Array(Math.max(this.docs.length * 2, this.count + docCount));
      grown.set(this.docs);
      this.docs = grown;
    }
  }

  finish(): Postings {
    this.offsets[this.runs] = this.count;
    return {
      hashes: this.hashes.slice(0, this.runs),
      offsets: this.offsets.slice(0, this.runs + 1),
      docs: this.docs.slice(0, this.count),
    };
  }
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
