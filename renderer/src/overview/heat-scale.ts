// The heat map's colours: viridis (perceptually even and readable with every common colour
// vision deficiency), stretched over the folder's own range of similarities, so six editions
// that all share 87–99% get clearly different colours instead of one purple. On the light
// theme little shared is pale yellow and copies deep purple; on the dark theme the scale runs
// the other way and leaves out the darkest purples, which vanish into a dark page.
const VIRIDIS = [
  '#fde725',
  '#b5de2b',
  '#6ece58',
  '#35b779',
  '#1f9e89',
  '#26828e',
  '#31688e',
  '#3e4989',
  '#482878',
  '#440154',
];

/** Low to high similarity, per theme. */
const STOPS_BY_THEME = {
  light: VIRIDIS,
  dark: VIRIDIS.slice(0, 7).reverse(),
};

export type ThemeName = keyof typeof STOPS_BY_THEME;

/** Pairs below this are not listed by main (see overview-service): they are drawn empty. */
export const HEAT_FLOOR = 0.02;

/** The narrowest range the scale is stretched over: closer figures are the same text. */
const NARROWEST = 0.05;

const toRgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

export interface HeatScale {
  /** The similarities the first and last colours stand for. */
  low: number;
  high: number;
  /** The colour of a similarity; figures outside [low, high] take the end colours. */
  color: (similarity: number) => string;
  /** A CSS gradient of the scale from low to high, for its legend. */
  gradient: string;
}

/**
 * A scale over the range of `similarities` (the pairs on the map, at least HEAT_FLOOR), at
 * least NARROWEST wide, rounded out to whole percents so the legend's ends read plainly.
 */
export function fitHeatScale(similarities: Iterable<number>, theme: ThemeName): HeatScale {
  let min = Infinity;
  let max = -Infinity;
  for (const value of similarities) {
    if (value < HEAT_FLOOR) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  if (min > max) [min, max] = [HEAT_FLOOR, 1];
  let high = Math.min(1, Math.ceil(max * 100) / 100);
  let low = Math.max(HEAT_FLOOR, Math.floor(min * 100) / 100);
  if (high - low < NARROWEST) {
    low = Math.max(HEAT_FLOOR, high - NARROWEST);
    high = Math.max(high, low + NARROWEST);
  }
  const hexes = STOPS_BY_THEME[theme];
  const stops = hexes.map(toRgb);
  const color = (similarity: number): string => {
    const t = Math.min(1, Math.max(0, (similarity - low) / (high - low)));
    const at = t * (stops.length - 1);
    const below = Math.floor(at);
    const above = Math.min(stops.length - 1, below + 1);
    const mix = at - below;
    const [r, g, b] = stops[below]!.map((value, i) => Math.round(value + (stops[above]![i]! - value) * mix));
    return `rgb(${r}, ${g}, ${b})`;
  };
  return { low, high, color, gradient: `linear-gradient(to right, ${hexes.join(', ')})` };
}

export const percent = (value: number): string =>
  value >= 0.995 || value < 0.1 ? `${(value * 100).toFixed(1)}%` : `${Math.round(value * 100)}%`;
