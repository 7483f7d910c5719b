// Aligns the paragraphs of two texts: identical or similar paragraphs are paired in order
// (the heaviest chain of candidate pairs), and pairs that break the order become moves.
// Candidates come from exact keys and an inverted index of distinctive words, so the cost
// stays near-linear even when most paragraphs changed a little.

export interface ParagraphProfile {
  /** Equal exact keys mean the paragraphs compare as identical under the options. */
  exactKey: string;
  /** Distinct distinctive words (lower-cased, letters and digits only). */
  features: string[];
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
/** Words found in more paragraphs than this are too common to suggest a match. */
const MAX_POSTINGS = 32;
const MAX_EXACT_CANDIDATES = 16;
const MAX_SIMILAR_CANDIDATES = 3;

const WORD = /[\p{L}\p{N}]+/gu;

export function featuresOf(paragraph: string): string[] {
  const all = paragraph.toLowerCase().match(WORD) ?? [];
  const distinctive = new Set(all.filter((word) => word.length >= 4 || /\p{N}/u.test(word)));
  // Short lines (headlines, verse) may have few long words: then every word counts.
  return distinctive.size >= 3 ? [...distinctive] : [...new Set(all)];
}

/** Dice similarity of two paragraphs' feature sets, 0–1. */
export function similarityOf(a: ParagraphProfile, b: ParagraphProfile): number {
  if (a.exactKey === b.exactKey) return 1;
  const total = a.features.length + b.features.length;
  if (total === 0) return 0;
  const inA = new Set(a.features);
  let shared = 0;
  for (const feature of b.features) if (inA.has(feature)) shared++;
  return (2 * shared) / total;
}

function indexBy<T>(items: T[], keysOf: (item: T) => Iterable<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  items.forEach((item, position) => {
    for (const key of keysOf(item)) {
      const postings = index.get(key);
      if (postings) postings.push(position);
      else index.set(key, [position]);
    }
  });
  return index;
}

function findCandidates(a: ParagraphProfile[], b: ParagraphProfile[]): AlignedPair[] {
  const candidates: AlignedPair[] = [];
  const exactIndex = indexBy(b, (profile) => [profile.exactKey]);
  let featureIndex: Map<string, number[]> | undefined;
  const shared = new Int32Array(b.length);
  const touched: number[] = [];

  a.forEach((profile, i) => {
    const exact = exactIndex.get(profile.exactKey);
    if (exact) {
      for (const j of exact.slice(0, MAX_EXACT_CANDIDATES)) {
        candidates.push({ a: i, b: j, similarity: 1 });
      }
      return;
    }
    featureIndex ??= indexBy(b, (other) => other.features);
    for (const feature of profile.features) {
      const postings = featureIndex.get(feature);
      if (!postings || postings.length > MAX_POSTINGS) continue;
      for (const j of postings) {
        if (shared[j] === 0) touched.push(j);
        shared[j]! += 1;
      }
    }
    const similar: AlignedPair[] = [];
    for (const j of touched) {
      const similarity = (2 * shared[j]!) / (profile.features.length + b[j]!.features.length);
      if (similarity >= CHAIN_MIN_SIMILARITY) similar.push({ a: i, b: j, similarity });
      shared[j] = 0;
    }
    touched.length = 0;
    similar.sort((x, y) => y.similarity - x.similarity);
    candidates.push(...similar.slice(0, MAX_SIMILAR_CANDIDATES));
  });
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
      const weight = pair.similarity * (a[pair.a]!.words + b[pair.b]!.words) + pair.similarity;
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

export function alignParagraphs(a: ParagraphProfile[], b: ParagraphProfile[]): Alignment {
  const candidates = findCandidates(a, b);
  const chain = heaviestChain(candidates, a, b);
  const usedA = new Set(chain.map((pair) => pair.a));
  const usedB = new Set(chain.map((pair) => pair.b));
  const moves: AlignedPair[] = [];
  const moveCandidates = candidates
    .filter((pair) => pair.similarity >= MOVE_MIN_SIMILARITY)
    .sort((x, y) => y.similarity - x.similarity || x.a - y.a);
  for (const pair of moveCandidates) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
    usedA.add(pair.a);
    usedB.add(pair.b);
    moves.push(pair);
  }
  moves.sort((x, y) => x.a - y.a);
  return { chain, moves };
}
