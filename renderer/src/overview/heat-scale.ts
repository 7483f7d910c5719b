// The heat map's colours: viridis (perceptually even and readable with every common colour
// vision deficiency), from pale yellow for little shared text to deep purple for copies.
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

const toRgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const STOPS = VIRIDIS.map(toRgb);

/** The colour for a similarity 0–1. */
export function heatColor(similarity: number): string {
  const at = Math.min(1, Math.max(0, similarity)) * (STOPS.length - 1);
  const low = Math.floor(at);
  const high = Math.min(STOPS.length - 1, low + 1);
  const t = at - low;
  const [r, g, b] = STOPS[low]!.map((value, i) => Math.round(value + (STOPS[high]![i]! - value) * t));
  return `rgb(${r}, ${g}, ${b})`;
}

export const HEAT_GRADIENT = `linear-gradient(to right, ${VIRIDIS.join(', ')})`;

export const percent = (value: number): string =>
  value >= 0.995 || value < 0.1 ? `${(value * 100).toFixed(1)}%` : `${Math.round(value * 100)}%`;
