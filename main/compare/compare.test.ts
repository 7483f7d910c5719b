// compareTexts: properties checked on seeded random articles and edits (no word lost or
// reordered, identity, mirror symmetry, planted moves, stats), then targeted cases per option.
import { describe, expect, it } from 'vitest';
import type { CompareOptions, ComparisonRow, Segment, TextComparison } from '../../preload/contract';
import { compareTexts } from './compare';
import {
  joinParagraphs,
  moveParagraph,
  mulberry32,
  randomEdits,
  randomInt,
  randomParagraphs,
  replaceWord,
  type ArticleShape,
  type Random,
} from './test-texts';
import { MAX_PARAGRAPH_WORDS, splitParagraphs } from './tokenize';

const textOf = (segments: Segment[]): string => segments.map((segment) => segment.text).join('');
const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const wordsWith = (segments: Segment[], op: string): string[] =>
  segments.filter((segment) => segment.op === op).flatMap((segment) => wordsOf(segment.text));

const ALL_OPTIONS: CompareOptions[] = (['word', 'sentence'] as const).flatMap((granularity) =>
  Array.from({ length: 16 }, (_, bits) => ({
    granularity,
    ignoreCase: (bits & 1) !== 0,
    ignoreWhitespace: (bits & 2) !== 0,
    ignorePunctuation: (bits & 4) !== 0,
    ignoreTypography: (bits & 8) !== 0,
  })),
);
const DEFAULTS = ALL_OPTIONS[0]!;

const SHAPE: ArticleShape = { minParagraphs: 3, maxParagraphs: 30, minWords: 5, maxWords: 80 };
const CASES = 200;

interface Case {
  label: string;
  a: string;
  b: string;
  options: CompareOptions[];
}

/** Case `seed`: a random article, an edited copy, the default options and two sampled ones. */
function randomCase(seed: number): Case {
  const rand = mulberry32(seed);
  const original = randomParagraphs(rand, SHAPE);
  const edited = randomEdits(rand, original, randomInt(rand, 0, 8), SHAPE);
  const sampled = [1, 2].map(() => ALL_OPTIONS[randomInt(rand, 1, ALL_OPTIONS.length - 1)]!);
  return {
    label: `seed ${seed}`,
    a: joinParagraphs(rand, original),
    b: joinParagraphs(rand, edited),
    options: [DEFAULTS, ...sampled],
  };
}

const cases = Array.from({ length: CASES }, (_, seed) => randomCase(seed + 1));

const describeOptions = (options: CompareOptions): string =>
  Object.entries(options)
    .filter(([, value]) => value !== false)
    .map(([key, value]) => (value === true ? key : String(value)))
    .join('+');

/** Every structural promise of a comparison, for one side of it. */
function expectSideInvariants(
  text: string,
  rows: ComparisonRow[],
  side: 'left' | 'right',
  where: string,
): void {
  const paragraphs = splitParagraphs(text);
  const index = side === 'left' ? 'leftParagraph' : 'rightParagraph';
  expect(
    rows.flatMap((row) => wordsOf(textOf(row[side]))),
    `${where}: ${side} words`,
  ).toEqual(wordsOf(text));
  const shown = rows.filter((row) => row[side].length > 0);
  expect(
    shown.map((row) => row[index]),
    `${where}: ${side} paragraphs in order`,
  ).toEqual(paragraphs.map((_, k) => k));
  for (const row of shown) {
    expect(textOf(row[side]), `${where}: ${side} paragraph ${row[index]}`).toBe(paragraphs[row[index]!]);
    for (const segment of row[side]) {
      expect(segment.text, `${where}: empty segment`).not.toBe('');
      if (segment.chars) expect(textOf(segment.chars), `${where}: chars`).toBe(segment.text);
    }
  }
  for (const row of rows) if (row[side].length === 0) expect(row[index], where).toBeUndefined();
}

function expectInvariants(a: string, b: string, result: TextComparison, where: string): void {
  const { rows, stats } = result;
  expectSideInvariants(a, rows, 'left', where);
  expectSideInvariants(b, rows, 'right', where);

  const moveSides = new Map<number, string[]>();
  for (const row of rows) {
    const changes = [...wordsWith(row.left, 'delete'), ...wordsWith(row.right, 'insert')].length;
    const hasLeft = row.left.length > 0;
    const hasRight = row.right.length > 0;
    switch (row.kind) {
      case 'equal':
        expect(hasLeft && hasRight && changes === 0, `${where}: equal row`).toBe(true);
        break;
      case 'changed':
        expect(hasLeft && hasRight && changes > 0, `${where}: changed row`).toBe(true);
        break;
      case 'added':
        expect(!hasLeft && hasRight, `${where}: added row`).toBe(true);
        break;
      case 'removed':
        expect(hasLeft && !hasRight, `${where}: removed row`).toBe(true);
        break;
      case 'moved':
        expect(hasLeft !== hasRight && row.move !== undefined, `${where}: moved row`).toBe(true);
        moveSides.set(row.move!, [...(moveSides.get(row.move!) ?? []), hasLeft ? 'left' : 'right']);
        break;
    }
    if (row.kind !== 'moved') expect(row.move, where).toBeUndefined();
  }
  for (const sides of moveSides.values()) expect(sides.sort(), `${where}: move ends`).toEqual(['left', 'right']);

  expect(stats.similarity, where).toBeGreaterThanOrEqual(0);
  expect(stats.similarity, where).toBeLessThanOrEqual(1);
  expect(stats.wordsAdded, `${where}: wordsAdded`).toBe(rows.flatMap((row) => wordsWith(row.right, 'insert')).length);
  expect(stats.wordsRemoved, `${where}: wordsRemoved`).toBe(
    rows.flatMap((row) => wordsWith(row.left, 'delete')).length,
  );
}

const MIRROR_KIND = { equal: 'equal', changed: 'changed', added: 'removed', removed: 'added', moved: 'moved' };

/** Differences between compare(b, a) and the mirror image of compare(a, b), described. */
function mirrorDifferences(forward: TextComparison, backward: TextComparison): string[] {
  const problems: string[] = [];
  if (Math.abs(forward.stats.similarity - backward.stats.similarity) > 1e-9) {
    problems.push(`similarity ${forward.stats.similarity} vs ${backward.stats.similarity}`);
  }
  if (forward.stats.wordsAdded !== backward.stats.wordsRemoved) problems.push('wordsAdded ≠ mirrored wordsRemoved');
  if (forward.stats.wordsRemoved !== backward.stats.wordsAdded) problems.push('wordsRemoved ≠ mirrored wordsAdded');
  if (forward.stats.changedParagraphs !== backward.stats.changedParagraphs) problems.push('changedParagraphs');
  const count = (rows: ComparisonRow[], kind: string): number => rows.filter((row) => row.kind === kind).length;
  for (const kind of ['equal', 'changed', 'added', 'removed', 'moved'] as const) {
    if (count(forward.rows, kind) !== count(backward.rows, MIRROR_KIND[kind])) problems.push(`${kind} row count`);
  }
  if (forward.rows.length !== backward.rows.length) {
    problems.push(`rows ${forward.rows.length} vs ${backward.rows.length}`);
    return problems;
  }
  forward.rows.forEach((row, k) => {
    const other = backward.rows[k]!;
    if (other.kind !== MIRROR_KIND[row.kind]) problems.push(`row ${k}: ${row.kind} vs ${other.kind}`);
    else if (textOf(row.left) !== textOf(other.right) || textOf(row.right) !== textOf(other.left)) {
      problems.push(`row ${k}: texts not swapped`);
    }
  });
  return problems;
}

describe('compareTexts on random articles', () => {
  it('keeps every word of both texts, in order, and every paragraph exactly, for all options', () => {
    for (const { label, a, b, options } of cases) {
      for (const option of options) {
        const where = `${label}, ${describeOptions(option)}`;
        expectInvariants(a, b, compareTexts(a, b, option), where);
        expectInvariants(b, a, compareTexts(b, a, option), `${where}, swapped`);
      }
    }
  });

  it('finds identical inputs equal under every option', () => {
    for (const { label, a, options } of cases.slice(0, 100)) {
      for (const option of options) {
        const { rows, stats } = compareTexts(a, a, option);
        const where = `${label}, ${describeOptions(option)}`;
        expect(
          rows.every((row) => row.kind === 'equal'),
          where,
        ).toBe(true);
        expect(rows.length, where).toBe(splitParagraphs(a).length);
        expect(stats, where).toEqual({
          similarity: 1,
          wordsAdded: 0,
          wordsRemoved: 0,
          wordsMoved: 0,
          changedParagraphs: 0,
        });
      }
    }
  });

  it('gives the mirror image when the texts are swapped', () => {
    const failures: string[] = [];
    for (const { label, a, b, options } of cases) {
      for (const option of options) {
        const problems = mirrorDifferences(compareTexts(a, b, option), compareTexts(b, a, option));
        if (problems.length > 0) failures.push(`${label}, ${describeOptions(option)}: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('compareTexts with a planted move', () => {
  const MOVE_SHAPE: ArticleShape = { minParagraphs: 8, maxParagraphs: 16, minWords: 20, maxWords: 50 };

  /** A random article and a copy with one paragraph moved from near the start to near the end. */
  function plantedMove(seed: number, rand: Random = mulberry32(seed)) {
    const original = randomParagraphs(rand, MOVE_SHAPE);
    const from = randomInt(rand, 0, 1);
    const to = original.length - 1 - randomInt(rand, 0, 1);
    return { rand, original, from, to, moved: moveParagraph(original, from, to) };
  }

  const movedRows = (result: TextComparison): ComparisonRow[] => result.rows.filter((row) => row.kind === 'moved');

  it('shows a moved paragraph as two moved rows with one id, everything else equal', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { rand, original, from, to, moved } = plantedMove(seed);
      const [a, b] = [joinParagraphs(rand, original), joinParagraphs(rand, moved)];
      const result = compareTexts(a, b);
      const where = `seed ${seed}`;
      expectInvariants(a, b, result, where);

      const [out, into] = movedRows(result);
      expect(movedRows(result), where).toHaveLength(2);
      expect(out!.move, where).toBe(into!.move);
      expect([textOf(out!.left), out!.right], where).toEqual([original[from], []]);
      expect([out!.leftParagraph, into!.rightParagraph], where).toEqual([from, to]);
      expect([into!.left, textOf(into!.right)], where).toEqual([[], original[from]]);
      expect([...out!.left, ...into!.right].every((segment) => segment.op === 'equal')).toBe(true);
      expect(
        result.rows.filter((row) => row.kind !== 'moved').every((row) => row.kind === 'equal'),
        where,
      ).toBe(true);
      expect(result.stats.wordsMoved, where).toBe(wordsOf(original[from]!).length);
      expect([result.stats.wordsAdded, result.stats.wordsRemoved, result.stats.changedParagraphs]).toEqual([
        0, 0, 1,
      ]);
    }
  });

  it('shows a word changed inside a moved paragraph as delete/insert on the moved rows', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { rand, original, from, to, moved } = plantedMove(seed);
      let changed = moved[to]!;
      while (changed === moved[to]) changed = replaceWord(moved[to]!, rand);
      moved[to] = changed;
      const [a, b] = [joinParagraphs(rand, original), joinParagraphs(rand, moved)];
      const result = compareTexts(a, b);
      const where = `seed ${seed}`;
      expectInvariants(a, b, result, where);

      const [out, into] = movedRows(result);
      expect(movedRows(result), where).toHaveLength(2);
      expect(out!.move, where).toBe(into!.move);
      expect([textOf(out!.left), textOf(into!.right)], where).toEqual([original[from], changed]);
      expect(out!.right.length + into!.left.length, where).toBe(0);
      expect(
        result.rows.some((row) => row.kind === 'added' || row.kind === 'removed'),
        where,
      ).toBe(false);
      const deleted = wordsWith(out!.left, 'delete');
      const inserted = wordsWith(into!.right, 'insert');
      expect(deleted.length + inserted.length, where).toBeGreaterThan(0);
      expect(deleted.length, where).toBeLessThanOrEqual(1);
      expect(inserted.length, where).toBeLessThanOrEqual(1);
    }
  });
});
