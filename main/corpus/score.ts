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

/** Words of a text (given as its shingle sequence) covered by shingles in `other`. */
export function coveredWords(shingles: Uint32Array, other: ReadonlySet<number>): number {
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
