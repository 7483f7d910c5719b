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

/** Appends a run of one kind, merging it into the previous run of the same kind. */
function push(changes: Change[], count: number, added: boolean, removed: boolean): void {
  if (count === 0) return;
  const last = changes[changes.length - 1];
  if (last && last.added === added && last.removed === removed) last.count += count;
  else changes.push({ count, added, removed });
}

/** Middles shorter than this (both sides together) go to jsdiff directly: anchoring won't pay. */
const ANCHOR_MIN_TOKENS = 32;

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

/** A key's mark once it has been seen twice on the left (else: where it was seen). */
const DUPLICATE = -1;
// Per left position of the middle: how often its key occurs on the right, and where last.
// Reused across calls, as the engine diffs thousands of paragraphs.
let rightCounts = new Int32Array(256);
let rightAt = new Int32Array(256);

/** Positions of the keys that occur once on each side, as pairs in left order. */
function uniquePairs(
  left: string[],
  start: number,
  endLeft: number,
  right: string[],
  endRight: number,
): Array<[number, number]> {
  const size = endLeft - start;
  if (rightCounts.length < size) {
    rightCounts = new Int32Array(size);
    rightAt = new Int32Array(size);
  } else rightCounts.fill(0, 0, size);
  const onlyAt = new Map<string, number>();
  for (let index = start; index < endLeft; index++) {
    const seen = onlyAt.get(left[index]!);
    if (seen === undefined) onlyAt.set(left[index]!, index);
    else if (seen !== DUPLICATE) onlyAt.set(left[index]!, DUPLICATE);
  }
  for (let index = start; index < endRight; index++) {
    const at = onlyAt.get(right[index]!);
    if (at === undefined || at === DUPLICATE) continue;
    rightCounts[at - start]! += 1;
    rightAt[at - start] = index;
  }
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < size; k++) if (rightCounts[k] === 1) pairs.push([start + k, rightAt[k]!]);
  return pairs;
}

/** jsdiff on one stretch of both sides; false when it would exceed the edit budget. */
function diffStretch(
  left: string[],
  leftStart: number,
  leftEnd: number,
  right: string[],
  rightStart: number,
  rightEnd: number,
  changes: Change[],
  budget: { edits: number },
): boolean {
  if (leftStart === leftEnd || rightStart === rightEnd) {
    push(changes, leftEnd - leftStart, false, true);
    push(changes, rightEnd - rightStart, true, false);
    return true;
  }
  const result = diffArrays(left.slice(leftStart, leftEnd), right.slice(rightStart, rightEnd), {
    maxEditLength: Math.max(1, budget.edits),
  });
  if (!result) return false;
  for (const change of result) {
    push(changes, change.count, Boolean(change.added), Boolean(change.removed));
    if (change.added || change.removed) budget.edits -= change.count;
  }
  return true;
}

/**
 * The changes turning `left` into `right` (a replacement is a removal then an addition), or
 * undefined when more than `maxEditLength` tokens would change.
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

  const anchors =
    endLeft - start + (endRight - start) >= ANCHOR_MIN_TOKENS
      ? increasingAnchors(uniquePairs(left, start, endLeft, right, endRight))
      : [];

  let fromLeft = start;
  let fromRight = start;
  for (const [anchorLeft, anchorRight] of [...anchors, [endLeft, endRight] as [number, number]]) {
    const ok = diffStretch(left, fromLeft, anchorLeft, right, fromRight, anchorRight, changes, budget);
    if (!ok) return undefined;
    if (anchorLeft < endLeft) push(changes, 1, false, false);
    fromLeft = anchorLeft + 1;
    fromRight = anchorRight + 1;
  }
  push(changes, left.length - endLeft, false, false);
  return changes;
}
