// fitHeatScale: the colours span the folder's range, so close figures near the top differ.
import { describe, expect, it } from 'vitest';
import { fitHeatScale } from './heat-scale';

const rgb = (color: string): number[] => color.match(/\d+/g)!.map(Number);
const distance = (a: string, b: string): number =>
  Math.hypot(...rgb(a).map((value, i) => value - rgb(b)[i]!));

describe('fitHeatScale', () => {
  it('stretches six editions sharing 87–99% over the whole scale', () => {
    const scale = fitHeatScale([0.87, 0.9, 0.93, 0.95, 0.97, 0.99], 'light');
    expect([scale.low, scale.high]).toEqual([0.87, 0.99]);
    expect(scale.color(0.87)).toBe('rgb(253, 231, 37)');
    expect(scale.color(0.99)).toBe('rgb(68, 1, 84)');
    // Two percent apart is still a visible step (the old 2–100% scale gave about 10).
    expect(distance(scale.color(0.95), scale.color(0.97))).toBeGreaterThan(40);
  });

  it('spans 2–100% when the folder does, leaving pairs under 2% out of the range', () => {
    const scale = fitHeatScale([0.01, 0.03, 1], 'light');
    expect([scale.low, scale.high]).toEqual([0.03, 1]);
    expect(fitHeatScale([], 'light')).toMatchObject({ low: 0.02, high: 1 });
  });

  it('widens a range too narrow to mean anything to five points', () => {
    const scale = fitHeatScale([0.995, 0.999], 'light');
    expect(scale.high).toBe(1);
    expect(scale.low).toBeCloseTo(0.95);
  });

  it('runs from blue to yellow on the dark theme, without the purples a dark page hides', () => {
    const scale = fitHeatScale([0.5, 0.9], 'dark');
    expect(scale.color(0.9)).toBe('rgb(253, 231, 37)');
    expect(scale.color(0.5)).toBe('rgb(49, 104, 142)');
    expect(scale.gradient).not.toContain('#440154');
  });
});
