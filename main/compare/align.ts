// Aligns the paragraphs of two texts: identical or similar paragraphs are paired in order
// (the heaviest chain of candidate pairs), and pairs that break the order become moves.
// Candidates come from exact keys and an inverted index of distinctive words, so the cost
// stays near-linear even when most paragraphs changed a little.
import { isSpaceCode } from './tokenize';

export interface ParagraphProfile {
  /** Equal exact keys mean the paragraphs compare as identical under the options. */
  exactKey: string;
  /** Hashes of the paragraph's distinctive words, sorted and distinct (see featuresOf). */
  features: Int32Array;
  words: number;
}

export interface AlignedPair {
  a: number;
  b: number;
  similarity: number;
}

export interface Alignment {
  /** Pairs in increasing order of both `a` and `b`. */
  chain: AlignedPair[];
  /** Pairs whose paragraphs correspond but sit out of order: shown as moved. */
  moves: AlignedPair[];
}

/** Below this, two paragraphs are not paired in place. */
export const CHAIN_MIN_SIMILARITY = 0.3;
/** A move is claimed only for paragraphs at least this similar: a false move misleads. */
export const MOVE_MIN_SIMILARITY = 0.5;
/** A paragraph this similar to the one after its predecessor's match needs no wider search. */
const LIKELY_SAME_SIMILARITY = 0.6;
/** Words found in more paragraphs than this are too common to suggest a match. */
const MAX_POSTINGS = 32;
const MAX_EXACT_CANDIDATES = 16;
const MAX_SIMILAR_CANDIDATES = 3;

// What a character is to a word: not part of one, a letter kept as it is, a capital, a digit,
// or a non-ASCII word character (lower-cased through the string).
const NOT_WORD = 0;
const AS_IS = 1;
const CAPITAL = 2;
const DIGIT = 3;
const OTHER = 4;
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) =>
  code >= 48 && code <= 57
    ? DIGIT
    : code >= 65 && code <= 90
      ? CAPITAL
      : code >= 97 && code <= 122
        ? AS_IS
        : NOT_WORD,
);

function classOf(code: number): number {
  if (code < 128) return ASCII_CLASSES[code]!;
  return isSpaceCode(code) || (code >= 0x2010 && code <= 0x206f) ? NOT_WORD : OTHER;
}

// Scratch space reused across calls: feature extraction runs for every paragraph of long
// texts, and per-call arrays were most of its cost.
let scratchDistinct = new Int32Array(1024);
let scratchAll = new Int32Array(1024);

function sortedDistinct(values: Int32Array, count: number): Int32Array {
  const sorted = values.subarray(0, count).sort();
  let size = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || sorted[i] !== sorted[size - 1]) sorted[size++] = sorted[i]!;
  }
  return sorted.slice(0, size);
}

/** FNV-1a's offset basis, as the int32 that Math.imul and ^ make of it anyway. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The paragraph's distinctive words (four letters or more, or with a digit), lower-cased and
 * hashed; every word when there are fewer than three such (headlines, verse). Hashing in one
 * pass over the characters keeps long texts free of per-word strings.
 */
export function featuresOf(paragraph: string): Int32Array {
  const length = paragraph.length;
  if (scratchAll.length < length) {
    scratchAll = new Int32Array(length);
    scratchDistinct = new Int32Array(length);
  }
  let distinctCount = 0;
  let allCount = 0;
  let i = 0;
  while (i < length) {
    let kind = classOf(paragraph.charCodeAt(i));
    if (kind === NOT_WORD) {
      i++;
      continue;
    }
    let hash = FNV_OFFSET;
    let letters = 0;
    let hasDigit = false;
    do {
      let code = paragraph.charCodeAt(i);
      if (kind === CAPITAL) code += 32;
      else if (kind === OTHER) code = paragraph.charAt(i).toLowerCase().charCodeAt(0);
      else if (kind === DIGIT) hasDigit = true;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      letters++;
      i++;
    } while (i < length && (kind = classOf(paragraph.charCodeAt(i))) !== NOT_WORD);
    scratchAll[allCount++] = hash;
    if (letters >= 4 || hasDigit) scratchDistinct[distinctCount++] = hash;
  }
  const features = sortedDistinct(scratchDistinct, distinctCount);
  return features.length >= 3 ? features : sortedDistinct(scratchAll, allCount);
}

/** Dice similarity of two paragraphs' feature sets, 0–1. */
export function similarityOf(a: ParagraphProfile, b: ParagraphProfile): number {
  if (a.exactKey === b.exactKey) return 1;
  const x = a.features;
  const y = b.features;
  const total = x.length + y.length;
  if (total === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / total;
}

/** The paragraphs of B by exact key, in order. */
function indexByExactKey(b: ParagraphProfile[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  b.forEach((profile, j) => {
    const postings = index.get(profile.exactKey);
    if (postings) postings.push(j);
    else index.set(profile.exactKey, [j]);
  });
  return index;
}

/**
 * The paragraphs of B holding each feature, in order: an open-addressing hash table of the
 * distinct features whose slots point into one flat list of postings. Long texts put hundreds
 * of thousands of features in it, too many for a Map of arrays to be cheap.
 */
class FeatureIndex {
  private mask = 1023;
  private keys = new Int32Array(1024);
  /** Per slot, how many paragraphs hold its feature (0: an empty slot) ... */
  private counts = new Int32Array(1024);
  /** ... and where they start in `postings`. */
  private readonly starts: Int32Array;
  private readonly postings: Int32Array;

  constructor(b: ParagraphProfile[], skip: Uint8Array) {
    let total = 0;
    let distinct = 0;
    for (let j = 0; j < b.length; j++) {
      if (skip[j]) continue;
      for (const feature of b[j]!.features) {
        let slot = this.slotFor(feature);
        if (this.counts[slot] === 0 && 2 * ++distinct > this.keys.length) {
          this.grow();
          slot = this.slotFor(feature);
        }
        this.counts[slot]! += 1;
        total++;
      }
    }
    this.starts = new Int32Array(this.keys.length);
    for (let slot = 0, start = 0; slot < this.keys.length; slot++) {
      this.starts[slot] = start;
      start += this.counts[slot]!;
    }
    this.postings = new Int32Array(total);
    const filled = new Int32Array(this.keys.length);
    for (let j = 0; j < b.length; j++) {
      if (skip[j]) continue;
      for (const feature of b[j]!.features) {
        const slot = this.slotFor(feature);
        this.postings[this.starts[slot]! + filled[slot]!++] = j;
      }
    }
  }

  /** The feature's slot, or the empty slot where it goes (claimed for it). */
  private slotFor(feature: number): number {
    let slot = Math.imul(feature, 0x9e3779b1) & this.mask;
    while (this.counts[slot]! > 0 && this.keys[slot] !== feature) slot = (slot + 1) & this.mask;
    this.keys[slot] = feature;
    return slot;
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Int32Array(2 * keys.length);
    this.counts = new Int32Array(2 * keys.length);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      if (counts[slot]! > 0) this.counts[this.slotFor(keys[slot]!)] = counts[slot]!;
    }
  }

  /**
   * Adds to `shared[j]` the features of `features` that paragraph j holds, skipping features
   * more than `limit` paragraphs hold (too common to suggest a match); each j first counted is
   * appended to `touched`.
   */
  countShared(features: Int32Array, limit: number, shared: Int32Array, touched: number[]): void {
    for (const feature of features) {
      let slot = Math.imul(feature, 0x9e3779b1) & this.mask;
      while (this.counts[slot]! > 0 && this.keys[slot] !== feature) slot = (slot + 1) & this.mask;
      const count = this.counts[slot]!;
      if (count === 0 || count > limit) continue;
      for (let p = this.starts[slot]!, end = p + count; p < end; p++) {
        const j = this.postings[p]!;
        if (shared[j] === 0) touched.push(j);
        shared[j]! += 1;
      }
    }
  }
}

function findCandidates(a: ParagraphProfile[], b: ParagraphProfile[]): AlignedPair[] {
  const candidates: AlignedPair[] = [];
  const exactIndex = indexByExactKey(b);
  const exactlyMatchedB = new Uint8Array(b.length);
  const needsSimilarity: number[] = [];
  a.forEach((profile, i) => {
    const exact = exactIndex.get(profile.exactKey);
    if (!exact) {
      needsSimilarity.push(i);
      return;
    }
    for (const j of exact.slice(0, MAX_EXACT_CANDIDATES)) {
      candidates.push({ a: i, b: j, similarity: 1 });
      exactlyMatchedB[j] = 1;
    }
  });
  if (needsSimilarity.length === 0) return candidates;

  // Only paragraphs of B without an identical twin in A are worth a similarity search, and
  // the index is built only once a paragraph is not found where expected.
  let featureIndex: FeatureIndex | undefined;
  const shared = new Int32Array(b.length);
  const touched: number[] = [];
  const bestB = new Int32Array(a.length).fill(-1);
  for (const pair of candidates) bestB[pair.a] = pair.b;
  for (const i of needsSimilarity) {
    const profile = a[i]!;
    // Most edited paragraphs still sit right after the previous one's match: try that first
    // and skip the index search when it is a clear match.
    const guess = i === 0 ? 0 : bestB[i - 1]! >= 0 ? bestB[i - 1]! + 1 : -1;
    if (guess >= 0 && guess < b.length && !exactlyMatchedB[guess]) {
      const similarity = similarityOf(profile, b[guess]!);
      if (similarity >= LIKELY_SAME_SIMILARITY) {
        candidates.push({ a: i, b: guess, similarity });
        bestB[i] = guess;
        continue;
      }
    }
    featureIndex ??= new FeatureIndex(b, exactlyMatchedB);
    featureIndex.countShared(profile.features, MAX_POSTINGS, shared, touched);
    const similar: AlignedPair[] = [];
    for (const j of touched) {
      const similarity = (2 * shared[j]!) / (profile.features.length + b[j]!.features.length);
      if (similarity >= CHAIN_MIN_SIMILARITY) similar.push({ a: i, b: j, similarity });
      shared[j] = 0;
    }
    touched.length = 0;
    similar.sort((x, y) => y.similarity - x.similarity);
    if (similar.length > 0) bestB[i] = similar[0]!.b;
    for (let k = 0; k < similar.length && k < MAX_SIMILAR_CANDIDATES; k++) candidates.push(similar[k]!);
  }
  return candidates;
}

/**
 * The chain of pairs, increasing in both a and b, with the greatest total weight (similarity
 * times size), found in O(P log n) with a Fenwick tree of prefix maxima over b.
 */
function heaviestChain(
  candidates: AlignedPair[],
  a: ParagraphProfile[],
  b: ParagraphProfile[],
): AlignedPair[] {
  const sorted = [...candidates].sort((x, y) => x.a - y.a || x.b - y.b);
  const treeScore = new Float64Array(b.length + 1);
  const treeIndex = new Int32Array(b.length + 1).fill(-1);
  const score = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length);

  const bestBefore = (position: number): number => {
    let best = -1;
    let bestScore = 0;
    for (let k = position; k > 0; k -= k & -k) {
      if (treeIndex[k]! >= 0 && treeScore[k]! > bestScore) {
        bestScore = treeScore[k]!;
        best = treeIndex[k]!;
      }
    }
    return best;
  };
  const record = (position: number, value: number, index: number): void => {
    for (let k = position; k <= b.length; k += k & -k) {
      if (value > treeScore[k]!) {
        treeScore[k] = value;
        treeIndex[k] = index;
      }
    }
  };

  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end < sorted.length && sorted[end]!.a === sorted[start]!.a) end++;
    // Score the whole group before recording any of it: one paragraph of A, one pair.
    for (let c = start; c < end; c++) {
      const pair = sorted[c]!;
      const weight = pair.similarity * (a[pair.a]!.words + b[pair.b]!.words + 1);
      const before = bestBefore(pair.b);
      previous[c] = before;
      score[c] = weight + (before >= 0 ? score[before]! : 0);
    }
    for (let c = start; c < end; c++) record(sorted[c]!.b + 1, score[c]!, c);
    start = end;
  }

  let last = -1;
  for (let c = 0; c < sorted.length; c++) if (last < 0 || score[c]! > score[last]!) last = c;
  const chain: AlignedPair[] = [];
  for (let c = last; c >= 0; c = previous[c]!) chain.push(sorted[c]!);
  return chain.reverse();
}

/** Past this many unpaired-A × unpaired-B cells the second look for moves is skipped. */
const SECOND_LOOK_CELLS = 40_000;

/** Chain pairs before paragraph `position` of one side: equal counts mean the same gap. */
function gapOf(chain: AlignedPair[], position: number, side: 'a' | 'b'): number {
  let low = 0;
  let high = chain.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chain[mid]![side] < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Aligns paragraphs. `confirmMove` may accept a move less alike by features than
 * MOVE_MIN_SIMILARITY (a heavily edited paragraph that also moved) once its words agree.
 */
export function alignParagraphs(
  a: ParagraphProfile[],
  b: ParagraphProfile[],
  confirmMove?: (a: number, b: number) => boolean,
): Alignment {
  const candidates = findCandidates(a, b);
  const chain = heaviestChain(candidates, a, b);
  const usedA = new Set(chain.map((pair) => pair.a));
  const usedB = new Set(chain.map((pair) => pair.b));
  const moves: AlignedPair[] = [];
  const moveCandidates = candidates
    .filter((pair) => pair.similarity >= MOVE_MIN_SIMILARITY && !usedA.has(pair.a) && !usedB.has(pair.b))
    .sort((x, y) => y.similarity - x.similarity || x.a - y.a);
  for (const pair of moveCandidates) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
    usedA.add(pair.a);
    usedB.add(pair.b);
    moves.push(pair);
  }
  // Second look: paragraphs still unpaired on both sides, in different gaps (those in one gap
  // are paired in place later), compared directly, since the candidate search is capped.
  const leftA: number[] = [];
  const leftB: number[] = [];
  for (let i = 0; i < a.length; i++) if (!usedA.has(i)) leftA.push(i);
  for (let j = 0; j < b.length; j++) if (!usedB.has(j)) leftB.push(j);
  if (leftA.length * leftB.length <= SECOND_LOOK_CELLS) {
    const late: AlignedPair[] = [];
    for (const i of leftA) {
      const gap = gapOf(chain, i, 'a');
      for (const j of leftB) {
        if (gapOf(chain, j, 'b') === gap) continue;
        const similarity = similarityOf(a[i]!, b[j]!);
        if (similarity >= CHAIN_MIN_SIMILARITY) late.push({ a: i, b: j, similarity });
      }
    }
    late.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
    for (const pair of late) {
      if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
      if (pair.similarity < MOVE_MIN_SIMILARITY && !confirmMove?.(pair.a, pair.b)) continue;
      usedA.add(pair.a);
      usedB.add(pair.b);
      moves.push(pair);
    }
  }
  moves.sort((x, y) => x.a - y.a);
  return { chain, moves };
}
