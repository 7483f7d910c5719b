// displayItems and changeItems: folding long unchanged runs, keeping context and changes.
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../preload/contract';
import { changeItems, displayItems, withRemovedText } from './display-items';

const row = (kind: ComparisonRow['kind']): ComparisonRow => ({ kind, left: [], right: [] });
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
    expect(changeItems(items, rows)).toEqual([2, 6, 7]);
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
      { kind: 'equal', left: [], right: [], leftParagraph: 0, rightParagraph: 0 },
      { kind: 'added', left: [], right: [], rightParagraph: 1 },
      { kind: 'equal', left: [], right: [], leftParagraph: 1, rightParagraph: 2 },
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
