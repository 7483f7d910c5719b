// The order of a group read from its texts: the chain of most-alike neighbours, leaning
// towards growth, read oldest first.
import { describe, expect, it } from 'vitest';
import { orderGroup, type GroupMember } from './groups';

const member = (words: number, name: string): GroupMember => ({
  words,
  date: null,
  dateIsFileTime: false,
  name,
});

describe('orderGroup', () => {
  it('starts with the stub even when it resembles the last version a little more than the first', () => {
    // 0 is a stub; 1–4 grow one from the next. The stub is about as alike to all of them.
    const info = [member(100, 's'), member(600, 'a'), member(620, 'b'), member(640, 'c'), member(660, 'd')];
    const alike = (a: number, b: number): number => {
      if (a === 0 || b === 0) return a + b === 4 ? 0.31 : 0.3;
      return Math.abs(a - b) === 1 ? 0.9 : 0.8 - 0.05 * Math.abs(a - b);
    };
    const ordered = orderGroup([0, 1, 2, 3, 4], (i) => info[i]!, alike);
    expect(ordered).toEqual({ members: [0, 1, 2, 3, 4], orderedBy: 'content' });
  });

  it('reads the chain the way most of its pairs grow, not by its two ends alone', () => {
    // A chain 0–1–2–3–4 of growing texts whose last version was cut back below the first.
    const info = [member(300, 'a'), member(400, 'b'), member(500, 'c'), member(600, 'd'), member(250, 'e')];
    const alike = (a: number, b: number): number => 1 - 0.2 * Math.abs(a - b);
    expect(orderGroup([4, 3, 2, 1, 0], (i) => info[i]!, alike).members).toEqual([0, 1, 2, 3, 4]);
  });

  it('orders by stated dates when every member states one', () => {
    const info = [
      { ...member(900, 'a'), date: '2020-01-03' },
      { ...member(100, 'b'), date: '2020-01-01' },
      { ...member(500, 'c'), date: '2020-01-02' },
    ];
    expect(
      orderGroup(
        [0, 1, 2],
        (i) => info[i]!,
        () => 0.5,
      ),
    ).toEqual({ members: [1, 2, 0], orderedBy: 'date' });
  });
});
