// The view's model: units in reading order with the witnesses that differ, grouped readings,
// heat levels and distances, all read off main's collation.
import { describe, expect, it } from 'vitest';
import type { Collation } from '../../../preload/contract';
import {
  cellKey,
  cellMoves,
  distancesFromBase,
  offsetOf,
  groupsAt,
  heatLevel,
  movedPieces,
  movesByUnit,
  orderWitnesses,
  piecesAt,
  punctuationDifference,
  unitsOf,
} from './collation-model';

const witnesses = ['A', 'B', 'C'].map((id) => ({ id, path: `${id}.txt`, title: id, date: null }));
const collation: Collation = {
  witnesses,
  base: 'A',
  rows: [
    {
      paragraphs: { A: 0, B: 0, C: 0 },
      segments: [
        { readings: { A: 'The quick ', B: 'The quick ', C: 'The quick ' } },
        { readings: { A: 'brown ', B: 'red ', C: 'red ' } },
        { readings: { A: 'fox.', B: 'fox.', C: 'fox.' } },
      ],
    },
    { paragraphs: { A: null, B: 1, C: null }, segments: [{ readings: { B: 'Only B.' } }] },
    {
      paragraphs: { A: 1, B: 2, C: null },
      segments: [{ readings: { A: 'End', B: 'End' } }, { readings: { A: '', B: ' here' } }],
    },
  ],
};

describe('collation model', () => {
  it('lists the units where witnesses differ from the base, paragraphs included', () => {
    expect(unitsOf(collation)).toEqual([
      { index: 0, row: 0, segment: 1, differing: ['B', 'C'], spacingOnly: false },
      { index: 1, row: 1, segment: null, differing: ['B'], spacingOnly: false },
      { index: 2, row: 2, segment: null, differing: ['C'], spacingOnly: false },
      { index: 3, row: 2, segment: 1, differing: ['B'], spacingOnly: false },
    ]);
    // Leaving a witness out leaves out the places only it made.
    expect(unitsOf(collation, ['A', 'C']).map((unit) => unit.differing)).toEqual([['C'], ['C']]);
  });

  it('tells spacing-only variants (indentation) from real ones', () => {
    const verse: Collation = {
      witnesses,
      base: 'A',
      rows: [
        {
          paragraphs: { A: 0, B: 0, C: 0 },
          segments: [
            { readings: { A: 'day\nOne ', B: 'day\n One ', C: 'day\nOne ' } },
            { readings: { A: 'x', B: 'x', C: 'x' } },
          ],
        },
      ],
    };
    expect(unitsOf(verse)).toEqual([{ index: 0, row: 0, segment: 0, differing: ['B'], spacingOnly: true }]);
    expect(distancesFromBase(verse).B!.units).toBe(0);
  });

  it('groups witnesses that read alike, the base first', () => {
    expect(groupsAt(collation, { row: 0, segment: 1 })).toEqual([
      { text: 'brown ', witnesses: ['A'], isBase: true },
      { text: 'red ', witnesses: ['B', 'C'], isBase: false },
    ]);
    expect(groupsAt(collation, { row: 1, segment: null })).toEqual([
      { text: null, witnesses: ['A', 'C'], isBase: true },
      { text: 'Only B.', witnesses: ['B'], isBase: false },
    ]);
  });

  it('scales heat to five levels', () => {
    expect([0, 1, 2, 3, 4].map((n) => heatLevel(n, 4))).toEqual([0, 2, 3, 4, 5]);
    expect(heatLevel(1, 20)).toBe(1);
  });

  it('measures each witness against the base', () => {
    const distances = distancesFromBase(collation);
    expect(distances.A).toEqual({ units: 0, share: 0 });
    // B shares "The quick", "fox." and "End" (4 words) with the base: 8 + 5 words in all.
    expect(distances.B).toEqual({ units: 3, share: 1 - (2 * 4) / 13 });
    expect(distances.C!.units).toBe(2);
  });

  it('finds where a unit starts in a witness text, as the pair view counts', () => {
    expect(offsetOf(collation, { row: 0, segment: 1 }, 'A')).toBe('The quick '.length);
    expect(offsetOf(collation, { row: 2, segment: 1 }, 'A')).toBe(
      'The quick brown fox.'.length + 2 + 'End'.length,
    );
    expect(offsetOf(collation, { row: 2, segment: 1 }, 'B')).toBe(
      'The quick red fox.'.length + 2 + 'Only B.'.length + 2 + 'End'.length,
    );
    expect(offsetOf(collation, { row: 1, segment: null }, 'A')).toBeNull();
  });

  it('orders by stated dates only', () => {
    const a = { date: '2020-02-01', dateIsFileTime: false };
    const b = { date: '2020-01-01', dateIsFileTime: false };
    expect(orderWitnesses([a, b])).toEqual([b, a]);
    expect(orderWitnesses([a, { ...b, dateIsFileTime: true }])).toEqual([a, { ...b, dateIsFileTime: true }]);
  });
});

describe('punctuationDifference', () => {
  it('says when every reading has the same words, or only some do', () => {
    expect(punctuationDifference(['told us, plainly,', 'told us plainly', null])).toBe('all');
    expect(punctuationDifference(['told us,', 'told us', 'told them'])).toBe('some');
  });

  it('is silent on other words, on spacing alone and on omissions', () => {
    expect(punctuationDifference(['told us', 'told them'])).toBeNull();
    expect(punctuationDifference(['told  us', 'told us'])).toBeNull();
    expect(punctuationDifference(['told us', ''])).toBeNull();
  });

  it('gives each end of a transposition its words, its witnesses and the unit at the other end', () => {
    const moved: Collation = {
      witnesses,
      base: 'A',
      rows: [
        {
          paragraphs: { A: 0, B: 0, C: 0 },
          segments: [
            { readings: { A: 'in which Space ', B: 'in which ', C: 'in which ' } },
            { readings: { A: 'is ', B: 'is ', C: 'is ' } },
            { readings: { A: '', B: 'Space ', C: 'Space ' } },
            { readings: { A: 'begun', B: 'begun', C: 'begun' } },
          ],
          transpositions: ['B', 'C'].map((witness) => ({
            witness,
            base: { segment: 0, start: 9, end: 14 },
            witnessAt: { segment: 2, start: 0, end: 5 },
          })),
        },
      ],
    };
    const units = unitsOf(moved);
    expect(units.map((unit) => unit.segment)).toEqual([0, 2]);
    const byUnit = movesByUnit(moved, units, ['A', 'B', 'C']);
    expect(byUnit.get(0)).toEqual([
      { words: 'Space', here: 'base', witnesses: ['B', 'C'], other: 1, start: 9, end: 14 },
    ]);
    expect(byUnit.get(1)).toEqual([
      { words: 'Space', here: 'witness', witnesses: ['B', 'C'], other: 0, start: 0, end: 0 },
    ]);
    // A witness left out takes its moves with it.
    expect(movesByUnit(moved, units, ['A', 'C']).get(0)![0]!.witnesses).toEqual(['C']);
    expect(movedPieces('in which Space ', byUnit.get(0)!)).toEqual([
      { text: 'in which ', moved: false },
      { text: 'Space', moved: true },
      { text: ' ', moved: false },
    ]);
    expect(movedPieces('', byUnit.get(1)!)).toEqual([{ text: '', moved: false }]);

    // The alignment table: the base's words in its column, each witness's in its own.
    const byCell = cellMoves(moved, units, ['A', 'B', 'C']);
    expect(byCell.get(cellKey(0, 0, 'A'))).toEqual([
      { start: 9, end: 14, words: 'Space', here: 'base', partners: ['B', 'C'], other: 1 },
    ]);
    expect(byCell.get(cellKey(0, 2, 'B'))).toEqual([
      { start: 0, end: 5, words: 'Space', here: 'witness', partners: ['A'], other: 0 },
    ]);
    expect(byCell.get(cellKey(0, 2, 'C'))).toHaveLength(1);
    expect([...byCell.keys()].sort()).toEqual(['0:0:A', '0:2:B', '0:2:C']);
    expect(cellMoves(moved, units, ['A', 'C']).has(cellKey(0, 2, 'B'))).toBe(false);
  });

  it('cuts a reading at ranges, overlapping ones merged into one piece', () => {
    const at = (start: number, end: number) => ({ start, end });
    expect(piecesAt('which is Space begun', [at(9, 14)]).map((p) => [p.text, p.ranges.length])).toEqual([
      ['which is ', 0],
      ['Space', 1],
      [' begun', 0],
    ]);
    expect(
      piecesAt('which is Space begun', [at(6, 14), at(0, 8)]).map((p) => [p.text, p.ranges.length]),
    ).toEqual([
      ['which is Space', 2],
      [' begun', 0],
    ]);
    expect(piecesAt('', []).map((p) => p.text)).toEqual(['']);
  });
});
