// Exact scores for candidate pairs: how many words of each article lie inside a shingle the
// other also holds. Containment (the larger of the two shares) links a stub to the full
// article it grew into; similarity (words covered on both sides over all words) is the
// figure the map shows. Jaccard over shingles would miss reprints, which share few 3-grams.
import { SHINGLE } from './words';

export interface PairScore {
  similarity: number;
  containment: number;
  /** Words of the article that is more contained, covered by the other. */
  coveredWords: number;
}

/**
 * One article's shingles (a repeat stored once) as an open-addressing table of typed arrays:
 * built once per article and probed for each of its partners, without a JS Set's allocations.
 */
export class ShingleSet {
  private slots = new Uint32Array(0);
  private used = new Uint8Array(0);
  private mask = 0;

  /** Replaces the contents (the buffers are reused when large enough). */
  fill(hashes: Uint32Array): this {
    let size = 16;
    while (size < hashes.length * 2) size <<= 1;
    if (this.slots.length < size) {
      this.slots = new Uint32Array(size);
      this.used = new Uint8Array(size);
    } else this.used.fill(0, 0, size);
    this.mask = size - 1;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]!;
      let at = hash & this.mask;
      while (this.used[at] && this.slots[at] !== hash) at = (at + 1) & this.mask;
      this.slots[at] = hash;
      this.used[at] = 1;
    }
    return this;
  }

  has(hash: number): boolean {
    let at = hash & this.mask;
    while (this.used[at]) {
      if (this.slots[at] === hash) return true;
      at = (at + 1) & this.mask;
    }
    return false;
  }
}

/** Words of a text (given as its shingle sequence) covered by shingles in `other`. */
export function coveredWords(shingles: Uint32Array, other: { has(hash: number): boolean }): number {
  let coveredUntil = -1;
  let covered = 0;
  for (let i = 0; i < shingles.length; i++) {
    if (!other.has(shingles[i]!)) continue;
    const from = Math.max(i, coveredUntil + 1);
    const to = i + SHINGLE - 1;
    covered += to - from + 1;
    coveredUntil = to;
  }
  return covered;
}

export function pairScore(wordsA: number, coveredA: number, wordsB: number, coveredB: number): PairScore {
  const shareA = wordsA ? coveredA / wordsA : 0;
  const shareB = wordsB ? coveredB / wordsB : 0;
  return {
    similarity: wordsA + wordsB ? (coveredA + coveredB) / (wordsA + wordsB) : 0,
    containment: Math.max(shareA, shareB),
    coveredWords: shareA >= shareB ? coveredA : coveredB,
  };
}
