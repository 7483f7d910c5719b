// inlineSegments: merging both sides of a row into one reading order.
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../preload/contract';
import { inlineSegments } from './inline-segments';

describe('inlineSegments', () => {
  it('puts deleted words before the inserted ones that replace them, shared words once', () => {
    const row: ComparisonRow = {
      kind: 'changed',
      left: [
        { op: 'equal', text: 'cost ' },
        { op: 'delete', text: '$4.8 ' },
        { op: 'normalized', text: 'million, ' },
      ],
      right: [
        { op: 'equal', text: 'cost ' },
        { op: 'insert', text: '$8.4 ' },
        { op: 'normalized', text: 'million; ' },
        { op: 'insert', text: 'engineers said' },
      ],
    };
    expect(inlineSegments(row).map((s) => [s.side, s.op, s.text])).toEqual([
      ['both', 'equal', 'cost '],
      ['left', 'delete', '$4.8 '],
      ['right', 'insert', '$8.4 '],
      ['both', 'normalized', 'million; '],
      ['right', 'insert', 'engineers said'],
    ]);
  });

  it('keeps a one-sided row whole', () => {
    const removed: ComparisonRow = { kind: 'removed', left: [{ op: 'delete', text: 'Gone.' }], right: [] };
    expect(inlineSegments(removed)).toEqual([{ op: 'delete', text: 'Gone.', side: 'left' }]);
  });
});
