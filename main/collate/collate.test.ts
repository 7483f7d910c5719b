// The collation's invariant on random edits and on real texts: every witness's readings, in
// order across rows and segments, are exactly its paragraphs and words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Collation } from '../../preload/contract';
import { splitParagraphs } from '../compare/tokenize';
import {
  joinParagraphs,
  mulberry32,
  randomEdits,
  randomInt,
  randomParagraphs,
  type ArticleShape,
} from '../compare/test-texts';
import { isAgreement } from './analyse';
import { collateTexts, defaultBase, type WitnessText } from './collate';
import { SHARED_CORPUS } from '../testing/shared-corpus';

const CORPUS = SHARED_CORPUS ?? '';

const witness = (id: string, text: string, date: string | null = null): WitnessText => ({
  id,
  path: `${id}.txt`,
  title: id,
  date,
  text,
});

/** Checks the invariant for every witness; returns the collation for further checks. */
function expectExact(witnesses: WitnessText[], baseId?: string): Collation {
  const collation = collateTexts(witnesses, baseId);
  for (const w of witnesses) {
    const paragraphs = splitParagraphs(w.text);
    const seen: number[] = [];
    const rebuilt: string[] = [];
    for (const row of collation.rows) {
      const index = row.paragraphs[w.id];
      expect(index).not.toBeUndefined();
      if (index === null) {
        for (const segment of row.segments) expect(segment.readings[w.id]).toBeUndefined();
        continue;
      }
      const text = row.segments.map((segment) => segment.readings[w.id]).join('');
      if (seen[seen.length - 1] === index) rebuilt[rebuilt.length - 1] += text;
      else {
        seen.push(index!);
        rebuilt.push(text);
      }
    }
    expect(seen).toEqual(paragraphs.map((_, k) => k));
    expect(rebuilt).toEqual(paragraphs);
  }
  for (const row of collation.rows) {
    expect(Object.values(row.paragraphs).some((index) => index !== null)).toBe(true);
    for (const segment of row.segments) {
      // Readings of a unit are never all empty: every position holds some witness's word.
      expect(Object.values(segment.readings).some((reading) => reading !== '')).toBe(true);
    }
  }
  return collation;
}

const SHAPE: ArticleShape = { minParagraphs: 3, maxParagraphs: 14, minWords: 1, maxWords: 60 };

describe('collateTexts', () => {
  it('keeps every witness exact under random edits (seeded)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rand = mulberry32(seed);
      const original = randomParagraphs(rand, SHAPE);
      const count = randomInt(rand, 2, 6);
      let previous = original;
      const witnesses = Array.from({ length: count }, (_, k) => {
        // Some witnesses derive from the original, some from the one before (a revision chain).
        const source = rand() < 0.5 ? previous : original;
        previous = randomEdits(rand, source, randomInt(rand, 0, 12), SHAPE);
        return witness(`w${k + 1}`, joinParagraphs(rand, previous));
      });
      expectExact(witnesses, witnesses[randomInt(rand, 0, count - 1)]!.id);
    }
  });

  it('marks agreements and groups witnesses that read alike', () => {
    const collation = expectExact([
      witness('A', 'The quick brown fox jumps.'),
      witness('B', 'The quick red fox jumps.'),
      witness('C', 'The quick red fox jumps.'),
    ]);
    expect(collation.rows).toHaveLength(1);
    const segments = collation.rows[0]!.segments;
    expect(segments.map(isAgreement)).toEqual([true, false, true]);
    expect(segments[1]!.readings).toEqual({ A: 'brown ', B: 'red ', C: 'red ' });
    expect(segments[0]!.readings.A).toBe('The quick ');
  });

  it('aligns words a later witness shares with an earlier one, not with the base', () => {
    const collation = expectExact([
      witness('A', 'One two three.'),
      witness('B', 'One two added words here three.'),
      witness('C', 'One two added words here three.'),
    ]);
    const unit = collation.rows[0]!.segments[1]!;
    expect(unit.readings).toEqual({ A: '', B: 'added words here ', C: 'added words here ' });
  });

  it('gives a witness no reading where it has no paragraph', () => {
    const collation = expectExact([
      witness('A', 'First paragraph here.\n\nLast one.'),
      witness('B', 'First paragraph here.\n\nA middle paragraph only B has.\n\nLast one.'),
    ]);
    expect(collation.rows.map((row) => row.paragraphs)).toEqual([
      { A: 0, B: 0 },
      { A: null, B: 1 },
      { A: 1, B: 2 },
    ]);
    expect(collation.rows[1]!.segments).toEqual([{ readings: { B: 'A middle paragraph only B has.' } }]);
  });

  it('shows a transposed paragraph as a move, linked both ways', () => {
    const p = [
      'The harbour council met on Tuesday evening to discuss the bridge.',
      'Residents spoke for two hours about the noise of the works.',
      'The mayor promised a decision before the winter storms arrive.',
      'Officials said the budget would be published next month in full.',
    ];
    const collation = expectExact([
      witness('A', p.join('\n\n')),
      witness('B', [p[0], p[2], p[3], p[1]].join('\n\n')),
    ]);
    const movedRows = collation.rows.flatMap((row, k) => (row.moved ? [[k, row.moved.B]] : []));
    expect(movedRows).toHaveLength(2);
    const [[from, to], [back, again]] = movedRows as [[number, number], [number, number]];
    expect([from, to]).toEqual([again, back]);
    expect(collation.rows[from]!.paragraphs).toEqual({ A: 1, B: null });
    expect(collation.rows[to]!.paragraphs).toEqual({ A: null, B: 3 });
  });

  it('chooses the earliest dated witness as the default base', () => {
    expect(
      defaultBase([witness('x', '', null), witness('y', '', '2020-01-02'), witness('z', '', '2019-05-01')]),
    ).toBe('z');
    expect(defaultBase([witness('x', ''), witness('y', '')])).toBe('x');
  });

  it('refuses fewer than two witnesses, a repeated one or a foreign base', () => {
    expect(() => collateTexts([witness('A', 'a')])).toThrow(/two witnesses/);
    expect(() => collateTexts([witness('A', 'a'), witness('A', 'b')])).toThrow(/once/);
    expect(() => collateTexts([witness('A', 'a'), witness('B', 'b')], 'C')).toThrow(/base/);
  });

  it('keeps witnesses exact when a paragraph grows past the long-paragraph limit', () => {
    const rand = mulberry32(7);
    const long = randomParagraphs(rand, {
      minParagraphs: 1,
      maxParagraphs: 1,
      minWords: 700,
      maxWords: 700,
    })[0]!;
    const extra = randomParagraphs(rand, {
      minParagraphs: 1,
      maxParagraphs: 1,
      minWords: 600,
      maxWords: 600,
    })[0]!;
    const words = long.split(' ');
    const grown = [...words.slice(0, 300), extra, ...words.slice(300)].join(' ');
    expectExact([witness('A', long), witness('B', grown), witness('C', `${grown} tail`)]);
  });
});

const corpusFolder = (name: string): string[] => {
  const folder = path.join(CORPUS, name);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt') && file !== 'SOURCE.txt')
    .sort()
    .map((file) => path.join(folder, file));
};

const witnessesOf = (files: string[]): WitnessText[] =>
  files.map((file, k) => witness(`w${k + 1}`, readFileSync(file, 'utf8')));

describe.skipIf(CORPUS === '')('collateTexts on the corpus', () => {
  it('collates the six Rossetti witnesses with lines kept as lines', () => {
    const witnesses = witnessesOf(corpusFolder('rossetti-blessed-damozel'));
    for (const base of witnesses) {
      const collation = expectExact(witnesses, base.id);
      // Line ends stay in the readings, and most words agree across all six witnesses.
      const agreements = collation.rows.flatMap((row) => row.segments).filter(isAgreement);
      expect(agreements.some((segment) => Object.values(segment.readings)[0]!.includes('\n'))).toBe(true);
      const agreed = agreements.reduce(
        (sum, s) => sum + Object.values(s.readings)[0]!.split(/\s+/).length,
        0,
      );
      expect(agreed).toBeGreaterThan(500);
    }
  });

  it('collates each set of Wikipedia revisions', () => {
    const root = path.join(CORPUS, 'wikipedia-revisions');
    for (const article of readdirSync(root)) {
      const witnesses = witnessesOf(corpusFolder(path.join('wikipedia-revisions', article)));
      expectExact(witnesses);
      expectExact([...witnesses].reverse());
    }
  });

  it('collates the seeds', () => {
    expectExact(witnessesOf(corpusFolder('seeds')));
  });
});
