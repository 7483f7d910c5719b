// Benchmarks the N-way collation (six 12k-word editions; twenty 10k-word witnesses) against
// running the pair engine on every pair of the same witnesses, in the same process. Both are
// medians of alternating rounds after a warm-up; the figure to read is the ratio.
import { collateTexts, type WitnessText } from '../collate/collate';
import { isAgreement } from '../collate/analyse';
import { compareTexts } from '../compare/compare';
import { articleText, editArticle, generateArticle, type Article } from './generate-texts';

interface Case {
  name: string;
  witnesses: WitnessText[];
  /** The issue's target for the collation, in ms. */
  targetMs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Editions in a chain: each revises the one before (as editions and revisions do). */
function editions(seed: number, words: number, count: number, rate: number): WitnessText[] {
  let article: Article = generateArticle(seed, words);
  return Array.from({ length: count }, (_, k) => {
    if (k > 0) article = editArticle(article, rate, seed * 100 + k);
    return {
      id: `w${k + 1}`,
      path: `w${k + 1}.txt`,
      title: `w${k + 1}`,
      date: null,
      text: articleText(article),
    };
  });
}

function buildCases(): Case[] {
  return [
    { name: '6 editions × 12k words', witnesses: editions(41, 12_000, 6, 0.05), targetMs: 2_000 },
    { name: '20 witnesses × 10k words', witnesses: editions(43, 10_000, 20, 0.02), targetMs: 10_000 },
  ];
}

function everyPair(witnesses: WitnessText[]): void {
  for (let i = 0; i < witnesses.length; i++) {
    for (let j = i + 1; j < witnesses.length; j++) compareTexts(witnesses[i]!.text, witnesses[j]!.text);
  }
}

export const COLLATE_HEADER = `${'case'.padEnd(26)} ${'collation'.padStart(11)} ${'target'.padStart(8)} ${'all pairs'.padStart(11)} ${'pairs'.padStart(6)} ${'ratio'.padStart(7)}  rows, units`;

export function runCollateBench(log: (line: string) => void): void {
  for (const testCase of buildCases()) {
    const { witnesses } = testCase;
    const collation = collateTexts(witnesses);
    everyPair(witnesses);
    const collationTimes: number[] = [];
    const pairTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      collationTimes.push(time(() => collateTexts(witnesses)));
      pairTimes.push(time(() => everyPair(witnesses)));
    }
    const collationMs = median(collationTimes);
    const pairsMs = median(pairTimes);
    const pairs = (witnesses.length * (witnesses.length - 1)) / 2;
    const units = collation.rows.reduce(
      (sum, row) => sum + row.segments.filter((s) => !isAgreement(s)).length,
      0,
    );
    log(
      `${testCase.name.padEnd(26)} ${`${collationMs.toFixed(0)} ms`.padStart(11)} ${`${testCase.targetMs / 1000} s`.padStart(8)} ${`${pairsMs.toFixed(0)} ms`.padStart(11)} ${String(pairs).padStart(6)} ${`${(collationMs / pairsMs).toFixed(2)}×`.padStart(7)}  ${collation.rows.length}, ${units}`,
    );
  }
}
