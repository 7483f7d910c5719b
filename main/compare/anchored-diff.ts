// Diffs two key sequences with jsdiff, cutting the work first: the common start and end are
// trimmed, and keys that occur exactly once on each side, in the same order, become anchors
// (as patience and histogram diffs do). jsdiff then runs only on the short stretches between
// anchors, so heavily edited paragraphs cost about N·d instead of N·D.
import { diffArrays } from 'diff';

export interface Change {
  count: number;
  added: boolean;
  removed: boolean;
}

/** Middles shorter than this (both sides together) go to jsdiff directly: anchoring won't pay. */
const ANCHOR_MIN_TOKENS = 32;

function push(changes: Change[], count: number, added: boolean, removed: boolean): void {
  if (count === 0) return;
  const last = changes[changes.length - 1];
  if (last && last.added === added && last.removed === removed) last.count += count;
  else changes.push({ count, added, removed });
}

/** Longest chain of anchors increasing on both sides (patience sorting, O(k log k)). */
function increasingAnchors(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, right], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]!]![1] < right) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const chain: Array<[number, number]> = [];
  for (let index = tails.length ? tails[tails.length - 1]! : -1; index >= 0; index = previous[index]!) {
    chain.push(pairs[index]!);
  }
  return chain.reverse();
}

/** jsdiff on one stretch; false when it would exceed the edit budget. */
function diffStretch(left: string[], right: string[], changes: Change[], budget: { edits: number }): boolean {
  if (left.length === 0 || right.length === 0) {
    push(changes, left.length, false, true);
    push(changes, right.length, true, false);
    return true;
  }
  const result = diffArrays(left, right, { maxEditLength: Math.max(1, budget.edits) });
  if (!result) return false;
  for (const change of result) {
    push(changes, change.count, Boolean(change.added), Boolean(change.removed));
    if (change.added || change.removed) budget.edits -= change.count;
  }
  return true;
}

/**
 * The changes turning `left` into `right`, in jsdiff's shape (a replacement is a removal then an
 * addition), or undefined when more than `maxEditLength` tokens would change.
 */
export function diffKeys(left: string[], right: string[], maxEditLength: number): Change[] | undefined {
  const changes: Change[] = [];
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let endLeft = left.length;
  let endRight = right.length;
  while (endLeft > start && endRight > start && left[endLeft - 1] === right[endRight - 1]) {
    endLeft--;
    endRight--;
  }
  push(changes, start, false, false);
  const budget = { edits: maxEditLength };
  const middleLeft = left.slice(start, endLeft);
  const middleRight = right.slice(start, endRight);

  let anchors: Array<[number, number]> = [];
  if (middleLeft.length + middleRight.length >= ANCHOR_MIN_TOKENS) {
    // Per key: occurrences on the left, on the right, and where (meaningful when unique).
    const seen = new Map<string, { left: number; right: number; at: number; atRight: number }>();
    middleLeft.forEach((key, index) => {
      const entry = seen.get(key);
      if (entry) entry.left++;
      else seen.set(key, { left: 1, right: 0, at: index, atRight: -1 });
    });
    middleRight.forEach((key, index) => {
      const entry = seen.get(key);
      if (!entry) return;
      entry.right++;
      entry.atRight = index;
    });
    const unique: Array<[number, number]> = [];
    for (const entry of seen.values()) {
      if (entry.left === 1 && entry.right === 1) unique.push([entry.at, entry.atRight]);
    }
    unique.sort((x, y) => x[0] - y[0]);
    anchors = increasingAnchors(unique);
  }

  let fromLeft = 0;
  let fromRight = 0;
  for (const [anchorLeft, anchorRight] of [
    ...anchors,
    [middleLeft.length, middleRight.length] as [number, number],
  ]) {
    const ok = diffStretch(
      middleLeft.slice(fromLeft, anchorLeft),
      middleRight.slice(fromRight, anchorRight),
      changes,
      budget,
    );
    if (!ok) return undefined;
    if (anchorLeft < middleLeft.length) push(changes, 1, false, false);
    fromLeft = anchorLeft + 1;
    fromRight = anchorRight + 1;
  }
  push(changes, left.length - endLeft, false, false);
  return changes;
}
