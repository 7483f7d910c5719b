// The find bar's hits come from the model, in reading order, and name the row they sit in.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../preload/contract';
import { sideText } from '../notes/side-texts';
import { comparisonHits, foldSides, hitIndexAt } from './comparison-hits';

const summary = (id: string) => ({ id }) as Comparison['left'];
const comparison = {
  left: summary('a'),
  right: summary('b'),
  stats: {
    similarity: 0,
    wordsAdded: 0,
    wordsRemoved: 0,
    wordsMoved: 0,
    changedParagraphs: 0,
    edits: 0,
    punctuationOnlyEdits: 0,
    spacingOnlyEdits: 0,
  },
  coarse: false,
  removed: { left: [], right: [] },
  rows: [
    {
      kind: 'changed',
      left: [
        { op: 'equal', text: 'The wall ' },
        { op: 'delete', text: 'costs ' },
      ],
      right: [
        { op: 'equal', text: 'The wall ' },
        { op: 'insert', text: 'will cost' },
      ],
      edits: [
        { op: 'equal', text: 'The wall ' },
        { op: 'delete', text: 'costs ' },
        { op: 'insert', text: 'will cost' },
      ],
      leftParagraph: 0,
      rightParagraph: 0,
    },
    {
      kind: 'added',
      left: [],
      right: [{ op: 'insert', text: 'A second wall.' }],
      edits: [{ op: 'insert', text: 'A second wall.' }],
      rightParagraph: 1,
    },
    {
      kind: 'equal',
      left: [{ op: 'equal', text: 'Wall street.' }],
      right: [{ op: 'equal', text: 'Wall street.' }],
      edits: [{ op: 'equal', text: 'Wall street.' }],
      leftParagraph: 1,
      rightParagraph: 2,
    },
  ],
} satisfies Comparison;

describe('comparisonHits', () => {
  const sides = { left: sideText(comparison, 'left'), right: sideText(comparison, 'right') };
  const options = { matchCase: false, matchDiacritics: false };

  it('lists both sides row by row, A before B', () => {
    const hits = comparisonHits(comparison.rows, sides, foldSides(sides, options), 'wall', options);
    expect(hits.map((hit) => [hit.row, hit.side])).toEqual([
      [0, 'left'],
      [0, 'right'],
      [1, 'right'],
      [2, 'left'],
      [2, 'right'],
    ]);
    for (const hit of hits) expect(sides[hit.side].text.slice(hit.start, hit.end).toLowerCase()).toBe('wall');
  });

  it('respects match case and finds a hit by place', () => {
    const exact = { matchCase: true, matchDiacritics: false };
    const hits = comparisonHits(comparison.rows, sides, foldSides(sides, exact), 'Wall', exact);
    expect(hits.map((hit) => hit.row)).toEqual([2, 2]);
    const right = sides.right.text.indexOf('Wall street');
    expect(hitIndexAt(hits, 'right', right)).toBe(1);
    expect(hitIndexAt(hits, 'left', 10_000)).toBe(-1);
  });
});
