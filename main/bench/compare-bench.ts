// Benchmarks the comparison engine against jsdiff's plain diffWords over the whole texts,
// measured in the same process with alternating runs (median of per-round ratios), and
// checks how many of the optimal common words (exact word LCS) the engine keeps, on the fixed
// grid and on 20 seeded draws of it at 50% edits (reporting the worst seed).
import { diffWords } from 'diff';
import type { TextComparison } from '../../preload/contract';
import { compareTexts } from '../compare/compare';
import { articleText, editArticle, generateArticle } from './generate-texts';
import { wordLcsLength } from './word-lcs';

const BASELINE_CAP_MS = 60_000;

interface Case {
  name: string;
  a: string;
  b: string;
  words: number;
  rate: number | 'unrelated';
}

export interface CompareBenchRow {
  name: string;
  engineMs: number;
  baselineMs: number | null;
  /** Median of per-round baseline/engine ratios; a lower bound when the baseline hit its cap. */
  speedup: number;
  baselineCapped: boolean;
  keptShare: number;
  rows: number;
  coarse: boolean;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export function commonWordsKept(result: TextComparison): number {
  let kept = 0;
  for (const row of result.rows) {
    for (const segment of row.left) {
      // A word kept with other whitespace after it (a paragraph's last word, now followed by
      // more) is shown as kept, marked "spacing only": it is a common word too.
      const keptWord =
        segment.op === 'equal' ||
        segment.op === 'normalized' ||
        (segment.op === 'delete' && segment.spacingOnly);
      if (keptWord) kept += (segment.text.match(/\S+/g) ?? []).length;
    }
  }
  return kept;
}

function buildCases(quick: boolean): Case[] {
  const sizes = quick ? [1_000, 10_000, 50_000] : [1_000, 10_000, 50_000, 200_000];
  const cases: Case[] = [];
  sizes.forEach((words, sizeIndex) => {
    const article = generateArticle(17 + sizeIndex, words);
    const a = articleText(article);
    for (const rate of [0.01, 0.1, 0.5]) {
      const b = articleText(editArticle(article, rate, 29 + sizeIndex));
      cases.push({ name: `${words / 1000}k words, ${rate * 100}% edited`, a, b, words, rate });
    }
  });
  cases.push({
    name: '10k vs unrelated 10k',
    a: articleText(generateArticle(101, 10_000)),
    b: articleText(generateArticle(202, 10_000)),
    words: 10_000,
    rate: 'unrelated',
  });
  return cases;
}

export function runCompareBench(options: { quick: boolean; log: (line: string) => void }): CompareBenchRow[] {
  const results: CompareBenchRow[] = [];
  for (const testCase of buildCases(options.quick)) {
    // Warm up the engine (JIT) before timing.
    compareTexts(testCase.a, testCase.b);
    const firstBaseline = time(() => diffWords(testCase.a, testCase.b, { timeout: BASELINE_CAP_MS }));
    const baselineSlow = firstBaseline.ms > 2_000;
    const rounds = baselineSlow ? 1 : firstBaseline.ms > 300 ? 3 : 7;
    const engineTimes: number[] = [];
    const baselineTimes: number[] = [firstBaseline.ms];
    const ratios: number[] = [];
    let capped = firstBaseline.value === undefined;
    let result: TextComparison | undefined;
    for (let round = 0; round < rounds; round++) {
      const engine = time(() => compareTexts(testCase.a, testCase.b));
      result = engine.value;
      engineTimes.push(engine.ms);
      const baseline =
        round === 0
          ? firstBaseline
          : time(() => diffWords(testCase.a, testCase.b, { timeout: BASELINE_CAP_MS }));
      if (round > 0) baselineTimes.push(baseline.ms);
      capped ||= baseline.value === undefined;
      ratios.push(baseline.ms / engine.ms);
    }
    // More engine-only rounds for a stable engine figure when the baseline was too slow to repeat.
    for (let extra = engineTimes.length; extra < 7; extra++) {
      engineTimes.push(time(() => compareTexts(testCase.a, testCase.b)).ms);
    }
    const lcs = wordLcsLength(testCase.a.split(/\s+/), testCase.b.split(/\s+/));
    const row: CompareBenchRow = {
      name: testCase.name,
      engineMs: median(engineTimes),
      baselineMs: capped ? null : median(baselineTimes),
      speedup: median(ratios),
      baselineCapped: capped,
      keptShare: lcs === 0 ? 1 : commonWordsKept(result!) / lcs,
      rows: result!.rows.length,
      coarse: result!.coarse,
    };
    results.push(row);
    options.log(formatRow(row));
  }
  return results;
}

export const COMPARE_HEADER = `${'case'.padEnd(26)} ${'engine'.padStart(10)} ${'diffWords'.padStart(11)} ${'speed-up'.padStart(10)} ${'kept/LCS'.padStart(9)}  rows`;

function formatRow(row: CompareBenchRow): string {
  const baseline =
    row.baselineMs === null ? `>${BASELINE_CAP_MS / 1000}s cap` : `${row.baselineMs.toFixed(1)} ms`;
  const speedup = `${row.baselineCapped ? '≥' : ''}${row.speedup.toFixed(0)}×`;
  return `${row.name.padEnd(26)} ${`${row.engineMs.toFixed(2)} ms`.padStart(10)} ${baseline.padStart(11)} ${speedup.padStart(10)} ${`${(row.keptShare * 100).toFixed(2)}%`.padStart(9)}  ${row.rows}${row.coarse ? ' (coarse)' : ''}`;
}

export interface RobustnessRow {
  words: number;
  draws: number;
  worstSeed: number;
  worstKept: number;
  medianKept: number;
  /** Draws keeping less than ROBUST_MIN_KEPT of the optimal common words. */
  below: number;
}

/** The engine must keep at least this share of the optimal common words on every draw. */
export const ROBUST_MIN_KEPT = 0.995;
const ROBUST_SEEDS = 100;

/**
 * 100 seeded draws of the grid at 50% edits per size: a fresh article and edit per seed, so one
 * lucky fixed seed cannot hide an alignment that falls apart.
 */
export function runRobustnessBench(options: {
  quick: boolean;
  log: (line: string) => void;
}): RobustnessRow[] {
  const sizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  const results: RobustnessRow[] = [];
  options.log(
    `Common words kept at 50% edits, ${ROBUST_SEEDS} seeded draws per size (target ≥ ${ROBUST_MIN_KEPT * 100}% on every draw)`,
  );
  for (const words of sizes) {
    const kept: Array<{ seed: number; share: number }> = [];
    for (let seed = 1; seed <= ROBUST_SEEDS; seed++) {
      const article = generateArticle(1000 + seed, words);
      const a = articleText(article);
      const b = articleText(editArticle(article, 0.5, 2000 + seed));
      const lcs = wordLcsLength(a.split(/\s+/), b.split(/\s+/));
      kept.push({ seed, share: lcs === 0 ? 1 : commonWordsKept(compareTexts(a, b)) / lcs });
    }
    const worst = kept.reduce((low, draw) => (draw.share < low.share ? draw : low));
    const row: RobustnessRow = {
      words,
      draws: kept.length,
      worstSeed: worst.seed,
      worstKept: worst.share,
      medianKept: median(kept.map((draw) => draw.share)),
      below: kept.filter((draw) => draw.share < ROBUST_MIN_KEPT).length,
    };
    results.push(row);
    options.log(
      `${`${words / 1000}k words`.padEnd(12)} worst ${(row.worstKept * 100).toFixed(2)}% (seed ${row.worstSeed}), median ${(row.medianKept * 100).toFixed(2)}%, ${row.below} of ${row.draws} draws below target`,
    );
    const below = kept.filter((draw) => draw.share < ROBUST_MIN_KEPT);
    if (below.length)
      options.log(
        `  below: ${below.map((draw) => `seed ${draw.seed} ${(draw.share * 100).toFixed(2)}%`).join(', ')}`,
      );
  }
  return results;
}
