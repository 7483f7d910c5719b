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

const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\s]/gu;
/** Keys of words seen lately: the same words recur across witnesses and paragraphs. */
const keys = new Map<string, string>();
function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size > 100_000) keys.clear();
    key = word.toLowerCase().replace(PUNCTUATION_OR_SPACE, '');
    keys.set(word, key);
  }
  return key;
}
const letters = (key: string): number => (key.match(/\p{L}/gu) ?? []).length;

/**
 * The words of witness `w` in the slot that stand in columns the other witness `other` lacks,
 * with their segment, their range in that segment's reading and their place among w's words.
 */
function ownTokensOf(slot: Slot, segmentOf: readonly number[], w: number, other: number): Token[] {
  const own: Token[] = [];
  let segment = -1;
  let offset = 0;
  let order = 0;
  slot.columns.forEach((column, k) => {
    if (segmentOf[k] !== segment) {
      segment = segmentOf[k]!;
      offset = 0;
    }
    const word = column.readings[w];
    if (word === undefined) return;
    if (column.readings[other] === undefined) {
      own.push({ key: keyOf(word), order, segment, start: offset, end: offset + word.trimEnd().length });
    }
    order++;
    offset += word.length;
  });
  return own;
}

/** How often each key occurs among witness `w`'s words in the slot. */
function keyCounts(slot: Slot, w: number): Map<string, number> {
  const result = new Map<string, number>();
  for (const column of slot.columns) {
    const word = column.readings[w];
    if (word === undefined) continue;
    const key = keyOf(word);
    result.set(key, (result.get(key) ?? 0) + 1);
  }
  return result;
}

const adjacent = (a: Token, b: Token): boolean => b.order === a.order + 1 && b.segment === a.segment;

interface Run {
  /** Index of the run's last token in each side's own tokens. */
  i: number;
  j: number;
  length: number;
}

/**
 * Every run of equal keys, adjacent on both sides, ending at each pair of own tokens. Only
 * pairs with equal keys are visited (through an index of the witness's keys), so a paragraph
 * rewritten throughout costs about its matches, not the product of its lengths.
 */
function matchingRuns(base: readonly Token[], witness: readonly Token[]): Run[] {
  const byKey = new Map<string, number[]>();
  witness.forEach((token, j) => {
    if (token.key === '') return;
    const list = byKey.get(token.key);
    if (list) list.push(j);
    else byKey.set(token.key, [j]);
  });
  const runs: Run[] = [];
  let previous = new Map<number, number>();
  base.forEach((b, i) => {
    const current = new Map<number, number>();
    for (const j of byKey.get(b.key) ?? []) {
      const before = j > 0 ? previous.get(j - 1) : undefined;
      const extends_ =
        before !== undefined && adjacent(base[i - 1]!, b) && adjacent(witness[j - 1]!, witness[j]!);
      const length = extends_ ? before + 1 : 1;
      current.set(j, length);
      runs.push({ i, j, length });
    }
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
  const baseOwn = ownTokensOf(slot, segmentOf, b, w);
  if (baseOwn.length === 0) return [];
  const witnessOwn = ownTokensOf(slot, segmentOf, w, b);
  if (witnessOwn.length === 0 || baseOwn.length * witnessOwn.length > MAX_PAIRS) return [];
  // Counted only when a single word needs them.
  let inBase: Map<string, number> | null = null;
  let inWitness: Map<string, number> | null = null;
  const qualifies = (run: Run): boolean => {
    if (run.length > 1) return true;
    const key = baseOwn[run.i]!.key;
    if (letters(key) < 3) return false;
    inBase ??= keyCounts(slot, b);
    inWitness ??= keyCounts(slot, w);
    return inBase.get(key) === 1 && inWitness.get(key) === 1;
  };
  // Longest first; among equals, reading order. A run that overlaps one taken is left.
  const runs = matchingRuns(baseOwn, witnessOwn)
    .filter(qualifies)
    .sort((x, y) => y.length - x.length || x.i - y.i || x.j - y.j);
  const usedBase = new Set<number>();
  const usedWitness = new Set<number>();
  const found: CollationTransposition[] = [];
  for (const run of runs) {
    const from = run.i - run.length + 1;
    const to = run.j - run.length + 1;
    if (baseOwn[run.i]!.segment === witnessOwn[run.j]!.segment) continue;
    let free = true;
    for (let k = 0; k < run.length && free; k++) free = !usedBase.has(from + k) && !usedWitness.has(to + k);
    if (!free) continue;
    for (let k = 0; k < run.length; k++) {
      usedBase.add(from + k);
      usedWitness.add(to + k);
    }
    found.push({
      witness: witnessId,
      base: endOf(baseOwn, run.i, run.length),
      witnessAt: endOf(witnessOwn, run.j, run.length),
    });
  }
  return found.sort((x, y) => x.base.segment - y.base.segment || x.base.start - y.base.start);
}
