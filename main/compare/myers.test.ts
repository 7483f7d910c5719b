// myersChanges against jsdiff's diffArrays, which it follows step for step: the same changes
// on seeded random key arrays (small alphabets, so paths tie often), within ranges, and the
// same give-up point under an edit budget.
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { myersChanges, pushChange, type Change } from './myers';
import { mulberry32, randomInt, type Random } from './test-texts';

function jsdiffChanges(left: string[], right: string[], maxEditLength: number): Change[] | undefined {
  const result = diffArrays(left, right, { maxEditLength });
  if (!result) return undefined;
  const changes: Change[] = [];
  for (const change of result)
    pushChange(changes, change.count, Boolean(change.added), Boolean(change.removed));
  return changes;
}

function ours(left: string[], right: string[], maxEditLength: number): Change[] | undefined {
  const changes: Change[] = [];
  return myersChanges(left, 0, left.length, right, 0, right.length, maxEditLength, changes) < 0
    ? undefined
    : changes;
}

const randomKeys = (rand: Random, length: number, alphabet: number): string[] =>
  Array.from({ length }, () => `w${randomInt(rand, 0, alphabet - 1)}`);

/** A copy of `keys` with a few random replacements, insertions and deletions. */
function edited(rand: Random, keys: string[], alphabet: number): string[] {
  const result = [...keys];
  for (let k = randomInt(rand, 0, 6); k > 0; k--) {
    const at = randomInt(rand, 0, result.length);
    const roll = rand();
    if (roll < 0.4) result.splice(at, 1);
    else if (roll < 0.7) result.splice(at, 0, `w${randomInt(rand, 0, alphabet - 1)}`);
    else result[at] = `x${randomInt(rand, 0, alphabet - 1)}`;
  }
  return result;
}

describe('myersChanges', () => {
  it('finds the changes jsdiff finds, on random and on lightly edited arrays', () => {
    const rand = mulberry32(7);
    for (let round = 0; round < 3000; round++) {
      const alphabet = randomInt(rand, 1, 8);
      const left = randomKeys(rand, randomInt(rand, 0, 30), alphabet);
      const right =
        rand() < 0.5 ? randomKeys(rand, randomInt(rand, 0, 30), alphabet) : edited(rand, left, alphabet);
      expect(ours(left, right, Infinity), `${left.join()} → ${right.join()}`).toEqual(
        jsdiffChanges(left, right, Infinity),
      );
    }
  });

  it('gives up exactly where jsdiff gives up under an edit budget', () => {
    const rand = mulberry32(11);
    for (let round = 0; round < 2000; round++) {
      const left = randomKeys(rand, randomInt(rand, 1, 25), 5);
      const right = randomKeys(rand, randomInt(rand, 1, 25), 5);
      const budget = randomInt(rand, 1, 30);
      expect(ours(left, right, budget), `${left.join()} → ${right.join()} within ${budget}`).toEqual(
        jsdiffChanges(left, right, budget),
      );
    }
  });

  it('diffs only the given ranges, and appends to the changes it is given', () => {
    const left = ['a', 'b', 'c', 'd', 'e'];
    const right = ['x', 'b', 'y', 'd', 'z'];
    const changes: Change[] = [{ count: 1, added: false, removed: false }];
    expect(myersChanges(left, 1, 4, right, 1, 4, 10, changes)).toBe(2);
    expect(changes).toEqual([
      { count: 2, added: false, removed: false },
      { count: 1, added: false, removed: true },
      { count: 1, added: true, removed: false },
      { count: 1, added: false, removed: false },
    ]);
  });
});
