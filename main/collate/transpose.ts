// Transpositions inside a paragraph slot: words and phrases the base and a witness both read,
// but which the alignment could not keep in order (so they stand as the base's omission in
// one variation unit and the witness's addition in another). As CollateX does, they are
// reported as moves rather than left as an omission plus an addition.
import type { CollationTransposition, TranspositionEnd } from '../../preload/contract';
import type { Slot } from './spine';

interface Token {
  /** The comparison key: lower case, without punctuation; "" for punctuation alone. */
  key: string;
  /** Position among the witness's words in this slot, to tell adjacent words. */
  order: number;
  segment: number;
  start: number;
  end: number;
}

/** Above this many base × witness word pairs in one paragraph, no moves are looked for. */
const MAX_PAIRS = 1_000_000;

const keyOf = (word: string): string => word.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
const letters = (key: string): number => (key.match(/\p{L}/gu) ?? []).length;

/**
 * Each word of witness `w` in the slot, with its segment and its range in that segment's
 * reading, and whether it stands in a column the other witness `other` lacks.
 */
function tokensOf(slot: Slot, segmentOf: readonly number[], w: number, other: number) {
  const all: Token[] = [];
  const own: Token[] = [];
  let segment = -1;
  let offset = 0;
  slot.columns.forEach((column, k) => {
    if (segmentOf[k] !== segment) {
      segment = segmentOf[k]!;
      offset = 0;
    }
    const word = column.readings[w];
    if (word === undefined) return;
    const token = {
      key: keyOf(word),
      order: all.length,
      segment,
      start: offset,
      end: offset + word.trimEnd().length,
    };
    all.push(token);
    if (column.readings[other] === undefined) own.push(token);
    offset += word.length;
  });
  return { all, own };
}

const adjacent = (a: Token, b: Token): boolean => b.order === a.order + 1 && b.segment === a.segment;

const counts = (tokens: readonly Token[]): Map<string, number> => {
  const result = new Map<string, number>();
  for (const { key } of tokens) result.set(key, (result.get(key) ?? 0) + 1);
  return result;
};

interface Run {
  /** Index of the run's last token in each side's own tokens. */
  i: number;
  j: number;
  length: number;
}

/** Every run of equal keys, adjacent on both sides, ending at each pair of own tokens. */
function matchingRuns(base: readonly Token[], witness: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let previous = new Array<number>(witness.length).fill(0);
  base.forEach((b, i) => {
    const current = new Array<number>(witness.length).fill(0);
    witness.forEach((w, j) => {
      if (b.key === '' || b.key !== w.key) return;
      const extends_ =
        i > 0 && j > 0 && previous[j - 1]! > 0 && adjacent(base[i - 1]!, b) && adjacent(witness[j - 1]!, w);
      current[j] = extends_ ? previous[j - 1]! + 1 : 1;
      runs.push({ i, j, length: current[j]! });
    });
    previous = current;
  });
  return runs;
}

const endOf = (tokens: readonly Token[], last: number, length: number): TranspositionEnd => ({
  segment: tokens[last]!.segment,
  start: tokens[last - length + 1]!.start,
  end: tokens[last]!.end,
});

/**
 * The transpositions of witness `w` against the base `b` in one slot. `segmentOf` gives each
 * column's segment. A phrase of two words or more counts; a single word counts when it has
 * three letters or more and occurs once in each paragraph (so which word moved is plain).
 * The two ends always lie in different segments: a change inside one unit is not a move.
 */
export function transpositionsIn(
  slot: Slot,
  segmentOf: readonly number[],
  b: number,
  w: number,
  witnessId: string,
): CollationTransposition[] {
  const base = tokensOf(slot, segmentOf, b, w);
  const witness = tokensOf(slot, segmentOf, w, b);
  if (base.own.length === 0 || witness.own.length === 0) return [];
  if (base.own.length * witness.own.length > MAX_PAIRS) return [];
  const inBase = counts(base.all);
  const inWitness = counts(witness.all);
  const qualifies = (run: Run): boolean => {
    if (run.length > 1) return true;
    const key = base.own[run.i]!.key;
    return letters(key) >= 3 && inBase.get(key) === 1 && inWitness.get(key) === 1;
  };
  // Longest first; among equals, reading order. A run that overlaps one taken is left.
  const runs = matchingRuns(base.own, witness.own)
    .filter(qualifies)
    .sort((x, y) => y.length - x.length || x.i - y.i || x.j - y.j);
  const usedBase = new Set<number>();
  const usedWitness = new Set<number>();
  const found: CollationTransposition[] = [];
  for (const run of runs) {
    const from = run.i - run.length + 1;
    const to = run.j - run.length + 1;
    if (base.own[run.i]!.segment === witness.own[run.j]!.segment) continue;
    let free = true;
    for (let k = 0; k < run.length && free; k++) free = !usedBase.has(from + k) && !usedWitness.has(to + k);
    if (!free) continue;
    for (let k = 0; k < run.length; k++) {
      usedBase.add(from + k);
      usedWitness.add(to + k);
    }
    found.push({
      witness: witnessId,
      base: endOf(base.own, run.i, run.length),
      witnessAt: endOf(witness.own, run.j, run.length),
    });
  }
  return found.sort((x, y) => x.base.segment - y.base.segment || x.base.start - y.base.start);
}
