// Vocabulary likeness for grouping: a page rewritten in new sentences shares few 5-word
// shingles with its old self but still names the same rare things (people, places, terms).
// Each article is a bag of its words weighted by how rare each word is in the folder (tf-idf),
// and two articles are compared by the cosine of their bags. Words found in many articles
// (the folder's furniture: function words, talk-page boilerplate, infobox labels) weigh little,
// so neighbouring subjects that share them do not look alike.

export interface WordBag {
  /** Distinct word hashes, ascending. */
  words: Uint32Array;
  /** How often each of them occurs in the article. */
  counts: Uint32Array;
}

/** The distinct words of an article (as hashes) with their counts. */
export function wordBagOf(hashes: Uint32Array): WordBag {
  const sorted = Uint32Array.from(hashes).sort();
  const words = new Uint32Array(sorted.length);
  const counts = new Uint32Array(sorted.length);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[distinct - 1]!++;
    else {
      words[distinct] = sorted[i]!;
      counts[distinct++] = 1;
    }
  }
  return { words: words.slice(0, distinct), counts: counts.slice(0, distinct) };
}

export interface LikePair {
  a: number;
  b: number;
  cosine: number;
}

export interface LikenessOptions {
  /** Pairs below this cosine are not reported. */
  minCosine: number;
  /**
   * Words in more articles than this are left out of the search for pairs (they still count in
   * each bag's length, so they dilute a match rather than make one): it bounds the work by
   * the folder's rare words.
   */
  maxDf: number;
}

/**
 * Every pair of articles whose rarity-weighted word bags have a cosine of at least
 * `minCosine`, a < b, in ascending order of a then b.
 */
export function likePairs(bags: WordBag[], { minCosine, maxDf }: LikenessOptions): LikePair[] {
  const n = bags.length;
  // The folder's vocabulary, sorted, with each word's document frequency: typed arrays and a
  // binary search rather than maps, which cost more than the search itself on a big folder.
  let total = 0;
  for (const bag of bags) total += bag.words.length;
  const every = new Uint32Array(total);
  let at = 0;
  for (const bag of bags) {
    every.set(bag.words, at);
    at += bag.words.length;
  }
  every.sort();
  const vocabulary = new Uint32Array(total);
  const df = new Int32Array(total);
  let distinct = 0;
  for (let i = 0; i < total; i++) {
    if (i > 0 && every[i] === every[i - 1]) df[distinct - 1]!++;
    else {
      vocabulary[distinct] = every[i]!;
      df[distinct++] = 1;
    }
  }
  const idOf = (word: number): number => {
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (vocabulary[mid]! < word) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // Each article's weights and searchable words (bag index, word id), and its length.
  const weights: Float64Array[] = [];
  const searchable: Int32Array[] = [];
  const norms = new Float64Array(n);
  const postingStart = new Int32Array(distinct + 1);
  bags.forEach((bag, doc) => {
    const weight = new Float64Array(bag.words.length);
    const kept = new Int32Array(bag.words.length * 2);
    let keptLength = 0;
    let norm = 0;
    for (let i = 0; i < bag.words.length; i++) {
      const id = idOf(bag.words[i]!);
      const seen = df[id]!;
      const w = (1 + Math.log(bag.counts[i]!)) * Math.log(n / seen);
      weight[i] = w;
      norm += w * w;
      if (seen < 2 || seen > maxDf) continue;
      kept[keptLength++] = i;
      kept[keptLength++] = id;
      postingStart[id + 1]!++;
    }
    weights.push(weight);
    norms[doc] = Math.sqrt(norm);
    searchable.push(kept.slice(0, keptLength));
  });
  // Posting lists of the searchable words in one buffer: the articles holding each word, in
  // ascending order, with the word's weight in each.
  for (let id = 0; id < distinct; id++) postingStart[id + 1]! += postingStart[id]!;
  const postingDocs = new Int32Array(postingStart[distinct]!);
  const postingWeights = new Float64Array(postingStart[distinct]!);
  const filled = postingStart.slice(0, distinct);
  searchable.forEach((kept, doc) => {
    for (let k = 0; k < kept.length; k += 2) {
      const slot = filled[kept[k + 1]!]!++;
      postingDocs[slot] = doc;
      postingWeights[slot] = weights[doc]![kept[k]!]!;
    }
  });
  // One row of dot products at a time, over later articles only, in a reused dense buffer.
  const dot = new Float64Array(n);
  const touched = new Int32Array(n);
  const isTouched = new Uint8Array(n);
  const found: LikePair[] = [];
  for (let a = 0; a < n; a++) {
    let touchedCount = 0;
    const kept = searchable[a]!;
    for (let k = 0; k < kept.length; k += 2) {
      const wa = weights[a]![kept[k]!]!;
      const id = kept[k + 1]!;
      for (let p = postingStart[id]!, end = postingStart[id + 1]!; p < end; p++) {
        const b = postingDocs[p]!;
        if (b <= a) continue;
        if (!isTouched[b]) {
          isTouched[b] = 1;
          touched[touchedCount++] = b;
        }
        dot[b] = dot[b]! + wa * postingWeights[p]!;
      }
    }
    const row: LikePair[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      const cosine = norms[a]! && norms[b]! ? dot[b]! / (norms[a]! * norms[b]!) : 0;
      if (cosine >= minCosine) row.push({ a, b, cosine });
      dot[b] = 0;
      isTouched[b] = 0;
    }
    found.push(...row.sort((x, y) => x.b - y.b));
  }
  return found;
}
