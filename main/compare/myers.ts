// Myers' O(ND) diff of two ranges of key arrays, step for step as jsdiff's diffArrays runs it
// (same diagonal choices, so the same changes), but on typed arrays: the engine calls it for
// thousands of short stretches, where jsdiff's per-call setup and per-step objects dominated.

export interface Change {
  count: number;
  added: boolean;
  removed: boolean;
}

/** Appends a run of one kind, merging it into the previous run of the same kind. */
export function pushChange(changes: Change[], count: number, added: boolean, removed: boolean): void {
  if (count === 0) return;
  const last = changes[changes.length - 1];
  if (last && last.added === added && last.removed === removed) last.count += count;
  else changes.push({ count, added, removed });
}

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;
/** No path on this diagonal (jsdiff's `undefined` in bestPath). */
const NO_PATH = -2;

// Scratch space reused across calls, grown as needed. Paths are kept per diagonal (offset so
// that diagonal 0 sits in the middle); components form linked lists, as jsdiff's objects do,
// since paths share their beginnings.
let pathOldPos = new Int32Array(256);
let pathLast = new Int32Array(256);
let componentCount = new Int32Array(1024);
let componentKind = new Uint8Array(1024);
let componentPrevious = new Int32Array(1024);
let components = 0;
/** A pathological stretch can need millions of components; past this many they are let go. */
const KEPT_COMPONENTS = 1 << 16;

function addComponent(count: number, kind: number, previous: number): number {
  if (components === componentCount.length) {
    const size = components * 2;
    componentCount = grown(componentCount, size);
    componentPrevious = grown(componentPrevious, size);
    const kinds = new Uint8Array(size);
    kinds.set(componentKind);
    componentKind = kinds;
  }
  componentCount[components] = count;
  componentKind[components] = kind;
  componentPrevious[components] = previous;
  return components++;
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

function runMyers(
  left: readonly string[],
  leftStart: number,
  leftEnd: number,
  right: readonly string[],
  rightStart: number,
  rightEnd: number,
  maxEditLength: number,
  changes: Change[],
): number {
  const oldLen = leftEnd - leftStart;
  const newLen = rightEnd - rightStart;
  const maxEdits = Math.min(oldLen + newLen, maxEditLength);
  const offset = maxEdits + 1;
  if (pathOldPos.length < 2 * offset + 1) {
    pathOldPos = new Int32Array(2 * offset + 1);
    pathLast = new Int32Array(2 * offset + 1);
  }
  pathOldPos.fill(NO_PATH, 0, 2 * offset + 1);
  components = 0;

  // Follows the diagonal from (oldPos, oldPos - diagonal) while keys agree; returns the new oldPos.
  const extendCommon = (diagonal: number): number => {
    let oldPos = pathOldPos[offset + diagonal]!;
    let newPos = oldPos - diagonal;
    let common = 0;
    while (
      newPos + 1 < newLen &&
      oldPos + 1 < oldLen &&
      left[leftStart + oldPos + 1] === right[rightStart + newPos + 1]
    ) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common > 0) pathLast[offset + diagonal] = addComponent(common, COMMON, pathLast[offset + diagonal]!);
    pathOldPos[offset + diagonal] = oldPos;
    return oldPos;
  };

  pathOldPos[offset] = -1;
  pathLast[offset] = -1;
  let oldPos = extendCommon(0);
  if (oldPos + 1 >= oldLen && oldPos + 1 >= newLen) return emit(pathLast[offset]!, changes);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdits; editLength++) {
    for (
      let diagonal = Math.max(minDiagonal, -editLength);
      diagonal <= Math.min(maxDiagonal, editLength);
      diagonal += 2
    ) {
      const here = offset + diagonal;
      const removeOldPos = pathOldPos[here - 1]!;
      const addOldPos = pathOldPos[here + 1]!;
      const hasRemove = removeOldPos !== NO_PATH;
      if (hasRemove) pathOldPos[here - 1] = NO_PATH;
      let canAdd = false;
      if (addOldPos !== NO_PATH) {
        const addNewPos = addOldPos - diagonal;
        canAdd = addNewPos >= 0 && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathOldPos[here] = NO_PATH;
        continue;
      }
      // Branch from the neighbouring path that got furthest through the old side.
      if (!canRemove || (canAdd && removeOldPos < addOldPos)) {
        pathLast[here] = extended(pathLast[here + 1]!, ADDED);
        pathOldPos[here] = addOldPos;
      } else {
        pathLast[here] = extended(pathLast[here - 1]!, REMOVED);
        pathOldPos[here] = removeOldPos + 1;
      }
      oldPos = extendCommon(diagonal);
      const newPos = oldPos - diagonal;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return emit(pathLast[here]!, changes);
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return -1;
}

/**
 * Appends to `changes` the changes turning `left[leftStart, leftEnd)` into
 * `right[rightStart, rightEnd)` (a replacement is a removal then an addition), and returns how
 * many tokens changed; or returns -1, appending nothing, when more than `maxEditLength` edits
 * would be needed.
 */
export function myersChanges(
  left: readonly string[],
  leftStart: number,
  leftEnd: number,
  right: readonly string[],
  rightStart: number,
  rightEnd: number,
  maxEditLength: number,
  changes: Change[],
): number {
  const changed = runMyers(left, leftStart, leftEnd, right, rightStart, rightEnd, maxEditLength, changes);
  if (componentCount.length > KEPT_COMPONENTS) {
    componentCount = new Int32Array(1024);
    componentKind = new Uint8Array(1024);
    componentPrevious = new Int32Array(1024);
  }
  return changed;
}

/** One more token of `kind` after component `last`: a longer run, or a new one. */
function extended(last: number, kind: number): number {
  return last >= 0 && componentKind[last] === kind
    ? addComponent(componentCount[last]! + 1, kind, componentPrevious[last]!)
    : addComponent(1, kind, last);
}

/** Appends the path ending in component `last`, in order; returns how many tokens changed. */
function emit(last: number, changes: Change[]): number {
  let length = 0;
  for (let c = last; c >= 0; c = componentPrevious[c]!) length++;
  const order = new Int32Array(length);
  for (let c = last, k = length - 1; c >= 0; c = componentPrevious[c]!, k--) order[k] = c;
  let changed = 0;
  for (const c of order) {
    const kind = componentKind[c]!;
    pushChange(changes, componentCount[c]!, kind === ADDED, kind === REMOVED);
    if (kind !== COMMON) changed += componentCount[c]!;
  }
  return changed;
}
