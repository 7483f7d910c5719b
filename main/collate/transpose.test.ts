// Transpositions on small texts: a phrase read in another order is a move, with both ends
// pointing at the same words; a change inside one unit, or a common word, is not.
import { describe, expect, it } from 'vitest';
import type { Collation, CollationTransposition, TranspositionEnd } from '../../preload/contract';
import { collateTexts, type WitnessText } from './collate';

const witness = (id: string, text: string): WitnessText => ({
  id,
  path: `${id}.txt`,
  title: id,
  date: null,
  text,
});

const collate = (...texts: string[]): Collation =>
  collateTexts(texts.map((text, k) => witness(String.fromCharCode(65 + k), text)));

/** The words at one end of a transposition, read from the collation. */
const wordsAt = (collation: Collation, row: number, id: string, end: TranspositionEnd): string =>
  collation.rows[row]!.segments[end.segment]!.readings[id]!.slice(end.start, end.end);

const moves = (collation: Collation): CollationTransposition[] =>
  collation.rows.flatMap((row) => row.transpositions ?? []);

describe('transpositions', () => {
  it('finds "distribution and use" read as "use and distribution"', () => {
    const collation = collate(
      'Permission is granted for distribution and use of this work in any form.',
      'Permission is granted for use and distribution of this work in any form.',
    );
    const found = moves(collation);
    expect(found.length).toBeGreaterThan(0);
    for (const move of found) {
      expect(move.witness).toBe('B');
      expect(wordsAt(collation, 0, 'B', move.witnessAt)).toBe(wordsAt(collation, 0, 'A', move.base));
      expect(move.base.segment).not.toBe(move.witnessAt.segment);
    }
    // Nothing is left as an omission: every word of the base's variant readings is moved.
    const row = collation.rows[0]!;
    row.segments.forEach((segment, s) => {
      let reading = segment.readings.A!;
      for (const move of found
        .filter((m) => m.base.segment === s)
        .sort((x, y) => y.base.start - x.base.start))
        reading = reading.slice(0, move.base.start) + reading.slice(move.base.end);
      if (segment.readings.A !== segment.readings.B) expect(reading.trim()).toBe('');
    });
  });

  it('finds a phrase moved to the end of a sentence, with its punctuation ignored', () => {
    const collation = collate(
      'On the next morning, the ship left the harbour at dawn with all hands.',
      'The ship left the harbour at dawn with all hands on the next morning.',
    );
    const found = moves(collation);
    expect(found).toHaveLength(1);
    expect(wordsAt(collation, 0, 'A', found[0]!.base)).toBe('On the next morning,');
    expect(wordsAt(collation, 0, 'B', found[0]!.witnessAt)).toBe('on the next morning.');
  });

  it('reports each witness that moves the phrase, and none for one that keeps the order', () => {
    const base = 'She sold the old house in the spring and moved to the coast.';
    const moved = 'In the spring she sold the old house and moved to the coast.';
    const collation = collate(base, moved, base, moved);
    const found = moves(collation);
    expect(found.map((move) => move.witness).sort()).toEqual(['B', 'D']);
    for (const move of found)
      expect(wordsAt(collation, 0, move.witness, move.witnessAt)).toBe('In the spring');
  });

  it('does not call a substitution, a repeated common word or a paragraph elsewhere a move', () => {
    // A changed word inside one unit.
    expect(moves(collate('The cat sat on the mat.', 'The dog sat on the mat.'))).toEqual([]);
    // "the" occurs more than once: which one moved cannot be told.
    expect(moves(collate('the cat saw the dog near the gate', 'cat saw the dog near the the gate'))).toEqual(
      [],
    );
    // Two-letter words alone are not moves.
    expect(moves(collate('we go up to it now', 'we go to up it now'))).toEqual([]);
  });

  it('looks only in paragraphs the base has', () => {
    const collation = collate('First paragraph here.', 'First paragraph here.\n\nA new one with words.');
    expect(moves(collation)).toEqual([]);
  });
});
