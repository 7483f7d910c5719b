// displayItems and changeStops: folding long unchanged runs, keeping context and changes,
// and stepping edit by edit or paragraph by paragraph.
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../preload/contract';
import { changeStops, displayItems, paragraphStop, withRemovedText } from './display-items';

// A changed row here holds two changes: a deletion, then (after shared text) an insertion.
const row = (kind: ComparisonRow['kind']): ComparisonRow => ({
  kind,
  left: [],
  right: [],
  edits:
    kind === 'changed'
      ? [
          { op: 'delete', text: 'x ' },
          { op: 'equal', text: 'y ' },
          { op: 'insert', text: 'z' },
        ]
      : [],
});
const rowsOf = (kinds: string): ComparisonRow[] =>
  [...kinds].map((k) => row(k === 'c' ? 'changed' : k === 'a' ? 'added' : 'equal'));

describe('displayItems', () => {
  it('shows every row when folding is off', () => {
    const rows = rowsOf('eeeeeeecee');
    expect(displayItems(rows, { collapse: false, expanded: new Set() })).toHaveLength(rows.length);
  });

  it('folds long unchanged runs, keeping one row of context beside each change', () => {
    const rows = rowsOf('eeeeeceeeeeeeca');
    const items = displayItems(rows, { collapse: true, expanded: new Set() });
    expect(items).toEqual([
      { kind: 'collapsed', from: 0, to: 4 },
      { kind: 'row', row: 4 },
      { kind: 'row', row: 5 },
      { kind: 'row', row: 6 },
      { kind: 'collapsed', from: 7, to: 12 },
      { kind: 'row', row: 12 },
      { kind: 'row', row: 13 },
      { kind: 'row', row: 14 },
    ]);
    const stops = changeStops(items, rows);
    expect(stops.map((stop) => [stop.item, stop.local])).toEqual([
      [2, 0],
      [2, 1],
      [6, 0],
      [6, 1],
      [7, 0],
    ]);
    // By paragraph (Shift): to the first change of the next or previous row with changes.
    expect(paragraphStop(stops, -1, true)).toBe(0);
    expect(paragraphStop(stops, 0, true)).toBe(2);
    expect(paragraphStop(stops, 3, true)).toBe(4);
    expect(paragraphStop(stops, 4, true)).toBe(0);
    expect(paragraphStop(stops, 3, false)).toBe(0);
    expect(paragraphStop(stops, 4, false)).toBe(2);
    expect(paragraphStop(stops, 1, false)).toBe(4);
    expect(paragraphStop(stops, -1, false)).toBe(4);
  });

  it('does not fold runs too short to be worth it, and opens a fold once expanded', () => {
    const rows = rowsOf('ceeeec');
    expect(displayItems(rows, { collapse: true, expanded: new Set() }).every((i) => i.kind === 'row')).toBe(
      true,
    );
    const long = rowsOf('ceeeeeeec');
    expect(
      displayItems(long, { collapse: true, expanded: new Set() }).some((i) => i.kind === 'collapsed'),
    ).toBe(true);
    expect(
      displayItems(long, { collapse: true, expanded: new Set([2]) }).every((i) => i.kind === 'row'),
    ).toBe(true);
  });
});

describe('withRemovedText', () => {
  it('puts each removed block before the paragraph that followed it, per side, and the rest at the end', () => {
    const rows: ComparisonRow[] = [
      { kind: 'equal', left: [], right: [], edits: [], leftParagraph: 0, rightParagraph: 0 },
      { kind: 'added', left: [], right: [], edits: [], rightParagraph: 1 },
      { kind: 'equal', left: [], right: [], edits: [], leftParagraph: 1, rightParagraph: 2 },
    ];
    const items = displayItems(rows, { collapse: false, expanded: new Set() });
    const junk = (beforeParagraph: number, text: string) => ({
      beforeParagraph,
      text,
      reason: 'widget error',
    });
    const shown = withRemovedText(items, rows, {
      left: [junk(1, 'Oops!')],
      right: [junk(0, 'Advertisement'), junk(3, 'Sign up')],
    });
    expect(
      shown.map((item) =>
        item.kind === 'removed-text' ? `${item.side}:${item.blocks.map((b) => b.text)}` : item.kind,
      ),
    ).toEqual(['right:Advertisement', 'row', 'row', 'left:Oops!', 'row', 'right:Sign up']);
  });
});
