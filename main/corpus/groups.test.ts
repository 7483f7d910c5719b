// The order of a group read from its texts: the chain of most-alike neighbours, leaning
// towards growth, read oldest first by the way its edits grow.
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
      if (a === 0 || b === 0) return a + b === 4 ? 0.305 : 0.3;
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

  it('reads the chain the way most of its edits grow, so one large cut counts once', () => {
    // 0–1 grow, 1–2 cuts the page to a quarter, 2–4 grow again: more pairs shrink than grow
    // (every version before the cut is longer than every one after it), but three edits of
    // four add text.
    const info = [member(1500, 'a'), member(1800, 'b'), member(400, 'c'), member(480, 'd'), member(520, 'e')];
    const alike = (a: number, b: number): number => 1 - 0.2 * Math.abs(a - b);
    expect(orderGroup([0, 1, 2, 3, 4], (i) => info[i]!, alike).members).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads the parts of a chain on either side of a wholesale rewrite each on its own edits', () => {
    // A stub 0–3 (grown, then cut back at 3) replaced by a new article 4–5 that shares no
    // passage with it. Crossing to the new article from 0 rather than 3 scores as well, and
    // the stub's path leans that way; the stub's own edits still say 0 came first.
    const info = [member(100, 'a'), member(200, 'b'), member(250, 'c'), member(90, 'd'), member(1000, 'e'), member(1100, 'f')];
    const alike = (a: number, b: number): number => {
      if (a < 4 && b < 4) return 1 - 0.3 * Math.abs(a - b);
      if (a >= 4 && b >= 4) return 0.9;
      return 0;
    };
    expect(orderGroup([0, 1, 2, 3, 4, 5], (i) => info[i]!, alike).members).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a version that was cut back at the end, not beside the earlier version it matches in length', () => {
    // Each version is a set of passages (their word counts): a page grows passage by passage,
    // then 4 cuts b and d. Put between 2 and 3, version 4 would have b cut and then restored.
    const passages: Record<string, number> = { a: 50, b: 150, c: 300, d: 250 };
    const versions = [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a', 'c']];
    const size = (names: string[]): number => names.reduce((sum, name) => sum + passages[name]!, 0);
    const info = versions.map((names, i) => member(size(names), `v${i}`));
    const alike = (x: number, y: number): number =>
      (2 * size(versions[x]!.filter((name) => versions[y]!.includes(name)))) /
      (size(versions[x]!) + size(versions[y]!));
    expect(orderGroup([0, 1, 2, 3, 4], (i) => info[i]!, alike).members).toEqual([0, 1, 2, 3, 4]);
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
