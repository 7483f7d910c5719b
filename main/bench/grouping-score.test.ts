import { describe, expect, it } from 'vitest';
import { scoreGrouping, type TruthRow } from './grouping-score';

const truth: TruthRow[] = [
  { file: 'a0', article: 'A', rank: 0 },
  { file: 'a1', article: 'A', rank: 1 },
  { file: 'a2', article: 'A', rank: 2 },
  { file: 'b0', article: 'B', rank: 0 },
  { file: 'b1', article: 'B', rank: 1 },
];

describe('scoreGrouping', () => {
  it('is perfect on the truth itself', () => {
    const score = scoreGrouping(
      [
        ['a0', 'a1', 'a2'],
        ['b0', 'b1'],
      ],
      truth,
    );
    expect(score).toMatchObject({ precision: 1, recall: 1, groups: 2, meanTau: 1, exactlyOrdered: 2 });
  });

  it('counts a mixed group, a split article and a reversed order', () => {
    // Pairs: (a2,a1) right article, (a2,b0) (a1,b0) wrong; a0 and b1 left as singletons.
    const score = scoreGrouping([['a2', 'a1', 'b0']], truth);
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 4);
    expect(score.groups).toBe(1);
    expect(score.groupsWithSingletons).toBe(3);
    expect(score.meanTau).toBe(-1);
    expect(score.exactlyOrdered).toBe(0);
  });
});
