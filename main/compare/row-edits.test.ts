// The ordered edits: a seeded property test over random edits (both layouts spell both texts,
// under every option), character-exact marks, "spacing only" where it belongs, changes counted
// edit by edit, and one similarity whatever the granularity.
import { describe, expect, it } from 'vitest';
import type { CompareOptions, RowEdit } from '../../preload/contract';
import { inlinePieces, sidePieces } from '../../preload/shared/row-pieces';
import { layoutProblems } from './check-layouts';
import { compareTexts } from './compare';
import { joinParagraphs, mulberry32, randomEdits, randomInt, randomParagraphs } from './test-texts';

const SHAPE = { minParagraphs: 1, maxParagraphs: 8, minWords: 1, maxWords: 40 };

const OPTIONS: Array<Partial<CompareOptions>> = [
  {},
  { granularity: 'sentence' },
  { ignoreCase: true, ignorePunctuation: true },
  { ignoreWhitespace: true, ignoreTypography: true },
];

const changedEdits = (a: string, b: string): RowEdit[] => compareTexts(a, b).rows[0]!.edits;

describe('ordered edits on seeded random edits', () => {
  it(
    'give both layouts exactly A’s words under left/both and B’s under right/both',
    { timeout: 60_000 },
    () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= 150; seed++) {
        const rand = mulberry32(seed);
        const paragraphs = randomParagraphs(rand, SHAPE);
        const a = joinParagraphs(rand, paragraphs);
        const b = joinParagraphs(rand, randomEdits(rand, paragraphs, randomInt(rand, 0, 12), SHAPE));
        for (const options of OPTIONS) {
          for (const [x, y] of [
            [a, b],
            [b, a],
          ] as const) {
            const problems = layoutProblems(x, y, compareTexts(x, y, options));
            failures.push(
              ...problems.map((problem) => `seed ${seed} ${JSON.stringify(options)}: ${problem}`),
            );
          }
        }
      }
      expect(failures.slice(0, 10)).toEqual([]);
    },
  );

  it('never shows a word twice or out of place inline where the sides were cut differently', () => {
    // The fault the index pairing had: equal text cut at different places on each side.
    const a = 'we want more from each other, and much more from us, said the greater part';
    const b = 'we want more from each much other and more from us said the great part';
    const result = compareTexts(a, b);
    expect(layoutProblems(a, b, result)).toEqual([]);
    const inline = inlinePieces(result.rows[0]!);
    expect(
      inline
        .filter((piece) => piece.side !== 'right')
        .map((piece) => piece.text)
        .join(''),
    ).toBe(a);
    expect(
      inline
        .filter((piece) => piece.side !== 'left')
        .map((piece) => piece.text)
        .join(''),
    ).toBe(b);
  });
});

describe('character-exact marks', () => {
  it.each([
    ['us,', 'us', ['us', '', ','], ['us', '']],
    ['other,', 'other', ['other', ','], ['other', '']],
    ['greater', 'great', ['great', 'er'], ['great', '']],
  ])(
    'marks what changed in %s → %s on each side, never as spacing only',
    (before, after, leftParts, rightParts) => {
      const edits = changedEdits(`said to ${before} today`, `said to ${after} today`);
      const deleted = edits.find((edit) => edit.op === 'delete')!;
      const inserted = edits.find((edit) => edit.op === 'insert')!;
      expect(deleted).not.toHaveProperty('spacingOnly');
      expect(inserted).not.toHaveProperty('spacingOnly');
      const changedLeft = 'chars' in deleted ? deleted.chars!.filter((part) => part.op === 'delete') : [];
      const changedRight = 'chars' in inserted ? inserted.chars!.filter((part) => part.op === 'insert') : [];
      expect(changedLeft.map((part) => part.text).join('')).toBe(leftParts.filter(Boolean).slice(1).join(''));
      // The side without the characters keeps an empty part: where the other side's were.
      expect(changedRight.map((part) => part.text)).toEqual(rightParts.slice(1));
    },
  );

  it('calls a word "spacing only" only when its non-space text is identical on both sides', () => {
    const edits = changedEdits(
      'The blessed damozel leaned out\nFrom the gold bar',
      'The blessed damozel leaned out From the gold bar',
    );
    const spacing = edits.filter((edit) => 'spacingOnly' in edit && edit.spacingOnly);
    expect(spacing.map((edit) => (edit.op === 'normalized' ? '' : edit.text))).toEqual(['out\n', 'out ']);
    const row = compareTexts('leaned out\nFrom', 'leaned out From').rows[0]!;
    expect(inlinePieces(row).map((piece) => [piece.side, piece.op, piece.text, piece.mark])).toEqual([
      ['both', 'equal', 'leaned ', undefined],
      ['both', 'spacing', 'out ', 'break'],
      ['both', 'equal', 'From', undefined],
    ]);
    expect(sidePieces(row, 'left').map((piece) => [piece.op, piece.text])).toEqual([
      ['equal', 'leaned '],
      ['spacing', 'out\n'],
      ['equal', 'From'],
    ]);
  });
});

describe('spacing only at the ends of a longer replacement', () => {
  it('shows a word kept before new text once, not deleted and inserted again', () => {
    const a = 'three other mark twain books).\nimage:mark_twain2.jpg';
    const b = 'three other mark twain books). the book was first published in 1884.';
    const row = compareTexts(a, b).rows[0]!;
    const inline = inlinePieces(row).map((piece) => [piece.side, piece.op, piece.text.trimEnd()]);
    expect(inline.slice(0, 3)).toEqual([
      ['both', 'equal', 'three other mark twain'],
      ['both', 'spacing', 'books).'],
      ['left', 'delete', 'image:mark_twain2.jpg'],
    ]);
    expect(inline.filter(([, , text]) => text === 'books).')).toHaveLength(1);
    expect(layoutProblems(a, b, compareTexts(a, b))).toEqual([]);
  });
});

describe('changes, edit by edit', () => {
  it('counts each run of deleted/inserted words in a row, and a whole added, removed or moved paragraph once', () => {
    const a =
      'One two three four five six seven.\n\nGone paragraph here.\n\nA moved paragraph with several words in it.\n\nKept.';
    const b = 'One 2 three four five 6 7.\n\nKept.\n\nA moved paragraph with several words in it.';
    const { stats, rows } = compareTexts(a, b);
    expect(rows.map((row) => row.kind)).toEqual(['changed', 'removed', 'moved', 'equal', 'moved']);
    // "two" → "2"; "six seven." → "6 7."; the removed paragraph; the move.
    expect(stats.edits).toBe(4);
    expect(stats.changedParagraphs).toBe(3);
  });
});

describe('one similarity', () => {
  it('gives the same figure by word and by sentence', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const rand = mulberry32(seed * 31);
      const paragraphs = randomParagraphs(rand, SHAPE);
      const a = joinParagraphs(rand, paragraphs);
      const b = joinParagraphs(rand, randomEdits(rand, paragraphs, randomInt(rand, 1, 10), SHAPE));
      const byWord = compareTexts(a, b).stats.similarity;
      const bySentence = compareTexts(a, b, { granularity: 'sentence' }).stats.similarity;
      if (byWord !== bySentence) failures.push(`seed ${seed}: ${byWord} by word, ${bySentence} by sentence`);
    }
    expect(failures).toEqual([]);
    const a = 'The ministers met on Monday. They agreed on a plan. Talks resume in March.';
    const b = 'The ministers met on Tuesday. They agreed on a plan. Talks resume in April.';
    expect(compareTexts(a, b, { granularity: 'sentence' }).stats.similarity).toBeCloseTo((2 * 12) / 28, 10);
  });
});
