// compareTexts: properties checked on seeded random articles and edits (no word lost or
// reordered, identity, mirror symmetry, planted moves, stats), then targeted cases per option,
// and regressions for faults found and fixed in the engine.
import { describe, expect, it } from 'vitest';
import type { CompareOptions, ComparisonRow, Segment, TextComparison } from '../../preload/contract';
import { compareTexts } from './compare';
import {
  joinParagraphs,
  moveParagraph,
  mulberry32,
  randomEdits,
  randomInt,
  randomParagraph,
  randomParagraphs,
  replaceWord,
  type ArticleShape,
  type Random,
} from './test-texts';
import { MAX_PARAGRAPH_WORDS, splitParagraphs } from './tokenize';

const textOf = (segments: Array<{ text: string }>): string =>
  segments.map((segment) => segment.text).join('');
const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const wordsWith = (segments: Segment[], op: string): string[] =>
  segments.filter((segment) => segment.op === op).flatMap((segment) => wordsOf(segment.text));
const kindsOf = (result: { rows: ComparisonRow[] }): string[] => result.rows.map((row) => row.kind);
const opsOf = (segments: Segment[]): string[] => segments.map((segment) => segment.op);

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

const describeOptions = (options: CompareOptions): string =>
  Object.entries(options)
    .filter(([, value]) => value !== false)
    .map(([key, value]) => (value === true ? key : String(value)))
    .join('+');

const SIDE_OPS = { left: ['equal', 'delete', 'normalized'], right: ['equal', 'insert', 'normalized'] };
const CHAR_OPS = { left: ['equal', 'delete'], right: ['equal', 'insert'] };

/** Broken structural promises of one side of a comparison, described; none if all hold. */
function sideProblems(text: string, rows: ComparisonRow[], side: 'left' | 'right'): string[] {
  const problems: string[] = [];
  const paragraphs = splitParagraphs(text);
  const index = side === 'left' ? 'leftParagraph' : 'rightParagraph';
  const shownWords = rows.flatMap((row) => wordsOf(textOf(row[side])));
  if (shownWords.join(' ') !== wordsOf(text).join(' ')) problems.push(`${side}: words differ from the text`);
  const shown = rows.filter((row) => row[side].length > 0);
  if (shown.map((row) => row[index]).join() !== paragraphs.map((_, k) => k).join()) {
    problems.push(`${side}: paragraphs not shown once each, in order`);
  }
  for (const row of shown) {
    if (textOf(row[side]) !== paragraphs[row[index]!]) problems.push(`${side} ${row[index]}: text differs`);
    for (const segment of row[side]) {
      if (segment.text === '') problems.push(`${side} ${row[index]}: empty segment`);
      if (!SIDE_OPS[side].includes(segment.op)) problems.push(`${side} ${row[index]}: op ${segment.op}`);
      if (!segment.chars) continue;
      if (textOf(segment.chars) !== segment.text.trimEnd()) problems.push(`${side} ${row[index]}: chars`);
      if (segment.chars.some((part) => !CHAR_OPS[side].includes(part.op))) problems.push(`${side}: char op`);
    }
  }
  if (rows.some((row) => row[side].length === 0 && row[index] !== undefined)) {
    problems.push(`${side}: paragraph index on an empty side`);
  }
  return problems;
}

/** Every structural and statistical promise of a comparison; returns the broken ones. */
function invariantProblems(a: string, b: string, result: TextComparison): string[] {
  const { rows, stats } = result;
  const problems = [...sideProblems(a, rows, 'left'), ...sideProblems(b, rows, 'right')];
  const moveSides = new Map<number, string>();
  rows.forEach((row, k) => {
    const changes = wordsWith(row.left, 'delete').length + wordsWith(row.right, 'insert').length;
    const [hasLeft, hasRight] = [row.left.length > 0, row.right.length > 0];
    const shapeHolds = {
      equal: hasLeft && hasRight && changes === 0,
      changed: hasLeft && hasRight && changes > 0,
      added: !hasLeft && hasRight && !row.right.some((segment) => segment.op === 'equal'),
      removed: hasLeft && !hasRight && !row.left.some((segment) => segment.op === 'equal'),
      moved: hasLeft !== hasRight && row.move !== undefined,
    }[row.kind];
    if (!shapeHolds) problems.push(`row ${k}: not a well-formed ${row.kind} row`);
    if (row.kind !== 'moved' && row.move !== undefined) problems.push(`row ${k}: move id on ${row.kind}`);
    if (row.kind === 'moved')
      moveSides.set(row.move!, (moveSides.get(row.move!) ?? '') + (hasLeft ? 'L' : 'R'));
  });
  for (const [id, sides] of moveSides)
    if (sides !== 'LR' && sides !== 'RL') problems.push(`move ${id}: ${sides}`);
  if (!(stats.similarity >= 0 && stats.similarity <= 1)) problems.push(`similarity ${stats.similarity}`);
  const inserted = rows.flatMap((row) => wordsWith(row.right, 'insert')).length;
  const deleted = rows.flatMap((row) => wordsWith(row.left, 'delete')).length;
  if (stats.wordsAdded !== inserted) problems.push(`wordsAdded ${stats.wordsAdded}, inserted ${inserted}`);
  if (stats.wordsRemoved !== deleted) problems.push(`wordsRemoved ${stats.wordsRemoved}, deleted ${deleted}`);
  return problems;
}

const MIRROR_KIND = {
  equal: 'equal',
  changed: 'changed',
  added: 'removed',
  removed: 'added',
  moved: 'moved',
};

/**
 * A comparison told in terms of texts A and B, whichever side each is on: rows as keys, in
 * blocks that each end with a row showing both sides. Inside a block the one-sided rows are
 * sorted, because the engine lists A's before B's (removed before added) whichever text A is.
 */
function blocksInTermsOfA(result: TextComparison, aIsLeft: boolean): string[][] {
  const aSide = aIsLeft ? 'left' : 'right';
  const bSide = aIsLeft ? 'right' : 'left';
  const paragraphOf = (row: ComparisonRow, side: 'left' | 'right'): number | undefined =>
    side === 'left' ? row.leftParagraph : row.rightParagraph;
  const moveEnds = new Map<number, Array<number | undefined>>();
  for (const row of result.rows) {
    if (row.move === undefined) continue;
    const ends = moveEnds.get(row.move) ?? [undefined, undefined];
    ends[0] ??= paragraphOf(row, aSide);
    ends[1] ??= paragraphOf(row, bSide);
    moveEnds.set(row.move, ends);
  }
  const blocks: string[][] = [];
  let oneSided: string[] = [];
  for (const row of result.rows) {
    const key = JSON.stringify([
      aIsLeft ? row.kind : MIRROR_KIND[row.kind],
      paragraphOf(row, aSide) ?? null,
      paragraphOf(row, bSide) ?? null,
      textOf(row[aSide]),
      textOf(row[bSide]),
      row.move === undefined ? null : moveEnds.get(row.move),
    ]);
    if (row.left.length > 0 && row.right.length > 0) {
      blocks.push([...oneSided.sort(), key]);
      oneSided = [];
    } else {
      oneSided.push(key);
    }
  }
  blocks.push(oneSided.sort());
  return blocks;
}

/** How compare(b, a) differs from the mirror image of compare(a, b); empty if it does not. */
function mirrorProblems(forward: TextComparison, backward: TextComparison): string[] {
  const problems: string[] = [];
  const [f, g] = [forward.stats, backward.stats];
  if (Math.abs(f.similarity - g.similarity) > 1e-9)
    problems.push(`similarity ${f.similarity} / ${g.similarity}`);
  if (f.wordsAdded !== g.wordsRemoved)
    problems.push(`wordsAdded ${f.wordsAdded} / removed ${g.wordsRemoved}`);
  if (f.wordsRemoved !== g.wordsAdded)
    problems.push(`wordsRemoved ${f.wordsRemoved} / added ${g.wordsAdded}`);
  if (f.changedParagraphs !== g.changedParagraphs) problems.push('changedParagraphs');
  const [fBlocks, gBlocks] = [blocksInTermsOfA(forward, true), blocksInTermsOfA(backward, false)];
  if (JSON.stringify(fBlocks) !== JSON.stringify(gBlocks)) problems.push('rows are not mirrored');
  return problems;
}

const SHAPE: ArticleShape = { minParagraphs: 3, maxParagraphs: 30, minWords: 5, maxWords: 80 };

interface Case {
  label: string;
  a: string;
  b: string;
  /** The default options and two others sampled from all 32 combinations. */
  options: CompareOptions[];
}

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

interface Run {
  where: string;
  a: string;
  b: string;
  forward: TextComparison;
  backward: TextComparison;
}

const cases = Array.from({ length: 200 }, (_, k) => randomCase(k + 1));
let runsMemo: Run[] | undefined;
/** Both directions of every case under each of its options, computed once for all tests. */
const runs = (): Run[] =>
  (runsMemo ??= cases.flatMap(({ label, a, b, options }) =>
    options.map((option) => ({
      where: `${label}, ${describeOptions(option)}`,
      a,
      b,
      forward: compareTexts(a, b, option),
      backward: compareTexts(b, a, option),
    })),
  ));

describe('compareTexts on random articles', () => {
  it(
    'keeps every word of both texts in order, every paragraph exactly, and counts what it shows',
    { timeout: 60_000 },
    () => {
      const failures = runs().flatMap(({ where, a, b, forward, backward }) =>
        [
          ...invariantProblems(a, b, forward),
          ...invariantProblems(b, a, backward).map((p) => `swapped: ${p}`),
        ].map((problem) => `${where}: ${problem}`),
      );
      expect(failures).toEqual([]);
    },
  );

  it('finds identical inputs equal under every option', () => {
    const failures: string[] = [];
    for (const { label, a, options } of cases.slice(0, 60)) {
      for (const option of options) {
        const { rows, stats } = compareTexts(a, a, option);
        const allEqual =
          rows.every((row) => row.kind === 'equal') && rows.length === splitParagraphs(a).length;
        const { similarity, wordsAdded, wordsRemoved, wordsMoved, changedParagraphs } = stats;
        if (
          !allEqual ||
          similarity !== 1 ||
          wordsAdded + wordsRemoved + wordsMoved + changedParagraphs !== 0
        ) {
          failures.push(`${label}, ${describeOptions(option)}: ${kindsOf({ rows })}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives the mirror image when the texts are swapped, up to the order of one-sided rows', () => {
    const failures = runs().flatMap(({ where, forward, backward }) =>
      mirrorProblems(forward, backward).map((problem) => `${where}: ${problem}`),
    );
    expect(failures).toEqual([]);
  });

  it('lists the rows of A before those of B inside a gap, so a swap reorders them', () => {
    expect(kindsOf(compareTexts('one', 'two'))).toEqual(['removed', 'added']);
    expect(kindsOf(compareTexts('two', 'one'))).toEqual(['removed', 'added']);
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

  const movedRows = (result: TextComparison): ComparisonRow[] =>
    result.rows.filter((row) => row.kind === 'moved');

  it('shows the moved paragraph as two moved rows with one id, everything else equal', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { rand, original, from, to, moved } = plantedMove(seed);
      const [a, b] = [joinParagraphs(rand, original), joinParagraphs(rand, moved)];
      const result = compareTexts(a, b);
      const where = `seed ${seed}`;
      expect(invariantProblems(a, b, result), where).toEqual([]);

      expect(movedRows(result), where).toHaveLength(2);
      const [out, into] = movedRows(result) as [ComparisonRow, ComparisonRow];
      expect(out.move, where).toBe(into.move);
      expect([textOf(out.left), out.right, out.leftParagraph], where).toEqual([original[from], [], from]);
      expect([into.left, textOf(into.right), into.rightParagraph], where).toEqual([[], original[from], to]);
      expect(
        opsOf([...out.left, ...into.right]).every((op) => op === 'equal'),
        where,
      ).toBe(true);
      expect(
        result.rows.every((row) => row.kind === 'moved' || row.kind === 'equal'),
        where,
      ).toBe(true);
      const { wordsAdded, wordsRemoved, wordsMoved, changedParagraphs } = result.stats;
      expect([wordsAdded, wordsRemoved, wordsMoved, changedParagraphs], where).toEqual([
        0,
        0,
        wordsOf(original[from]!).length,
        1,
      ]);
    }
  });

  it('shows a word changed inside the moved paragraph as delete/insert on the moved rows', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { rand, original, from, to, moved } = plantedMove(seed);
      let changed = moved[to]!;
      while (changed === moved[to]) changed = replaceWord(moved[to]!, rand);
      moved[to] = changed;
      const [a, b] = [joinParagraphs(rand, original), joinParagraphs(rand, moved)];
      const result = compareTexts(a, b);
      const where = `seed ${seed}`;
      expect(invariantProblems(a, b, result), where).toEqual([]);

      expect(movedRows(result), where).toHaveLength(2);
      const [out, into] = movedRows(result) as [ComparisonRow, ComparisonRow];
      expect(out.move, where).toBe(into.move);
      expect([textOf(out.left), out.right], where).toEqual([original[from], []]);
      expect([into.left, textOf(into.right)], where).toEqual([[], changed]);
      expect(
        result.rows.every((row) => row.kind === 'moved' || row.kind === 'equal'),
        where,
      ).toBe(true);
      const [before, after] = [wordsOf(original[from]!), wordsOf(changed)];
      const k = before.findIndex((word, index) => word !== after[index]);
      expect(wordsWith(out.left, 'delete'), where).toEqual([before[k]]);
      expect(wordsWith(into.right, 'insert'), where).toEqual([after[k]]);
    }
  });
});

describe('compareTexts on targeted examples', () => {
  it('gives a word changed into a similar word character detail', () => {
    const { rows } = compareTexts(
      'for the upcoming negations in Geneva',
      'for the upcoming negotiations in Geneva',
    );
    expect(rows).toEqual([
      {
        kind: 'changed',
        left: [
          { op: 'equal', text: 'for the upcoming ' },
          {
            op: 'delete',
            text: 'negations ',
            chars: [
              { op: 'equal', text: 'neg' },
              { op: 'delete', text: '' },
              { op: 'equal', text: 'ations' },
            ],
          },
          { op: 'equal', text: 'in Geneva' },
        ],
        right: [
          { op: 'equal', text: 'for the upcoming ' },
          {
            op: 'insert',
            text: 'negotiations ',
            chars: [
              { op: 'equal', text: 'neg' },
              { op: 'insert', text: 'oti' },
              { op: 'equal', text: 'ations' },
            ],
          },
          { op: 'equal', text: 'in Geneva' },
        ],
        leftParagraph: 0,
        rightParagraph: 0,
        edits: [
          { op: 'equal', text: 'for the upcoming ' },
          {
            op: 'delete',
            text: 'negations ',
            chars: [
              { op: 'equal', text: 'neg' },
              { op: 'delete', text: '' },
              { op: 'equal', text: 'ations' },
            ],
          },
          {
            op: 'insert',
            text: 'negotiations ',
            chars: [
              { op: 'equal', text: 'neg' },
              { op: 'insert', text: 'oti' },
              { op: 'equal', text: 'ations' },
            ],
          },
          { op: 'equal', text: 'in Geneva' },
        ],
      },
    ]);
  });

  it('shows added and removed paragraphs with an empty other side', () => {
    const kept = 'The delegations met in Geneva on Monday morning.';
    const dropped = 'A spokesman declined to comment on the schedule.';
    const added = 'Observers expect a second round before the spring.';
    const result = compareTexts(`${kept}\n\n${dropped}`, `${kept}\n\n${added}`);
    expect(result.rows).toEqual([
      expect.objectContaining({ kind: 'equal' }),
      {
        kind: 'removed',
        left: [{ op: 'delete', text: dropped }],
        right: [],
        leftParagraph: 1,
        edits: [{ op: 'delete', text: dropped }],
      },
      {
        kind: 'added',
        left: [],
        right: [{ op: 'insert', text: added }],
        rightParagraph: 1,
        edits: [{ op: 'insert', text: added }],
      },
    ]);
    expect(result.stats).toMatchObject({ wordsAdded: 8, wordsRemoved: 8, changedParagraphs: 2, edits: 2 });
  });

  it('ignores case only when asked', () => {
    expect(kindsOf(compareTexts('The Bridge', 'the bridge'))).toEqual(['changed']);
    const { rows, stats } = compareTexts('The Bridge', 'the bridge', { ignoreCase: true });
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'equal',
        left: [{ op: 'normalized', text: 'The Bridge' }],
        right: [{ op: 'normalized', text: 'the bridge' }],
      }),
    ]);
    expect(stats).toMatchObject({ similarity: 1, wordsAdded: 0, wordsRemoved: 0, changedParagraphs: 0 });
  });

  describe('ignoreTypography on a scraped copy with straight quotes', () => {
    // Two paragraphs of a news article and of its scraped copy (straight quotes and apostrophes).
    const curly = [
      'The primary purpose of the 50-minute call Thursday was to “set the tone and tenor” for the upcoming negations in Geneva, Switzerland, a senior administration official told reporters.',
      'Thursday’s call began at 3:35 p.m. ET and ended at 4:25 p.m. The tone between the two leaders was “serious and substantive,” the administration official said, and they agreed to the sequence of the upcoming talks.',
    ].join('\n\n');
    const straight = [
      'The primary purpose of the 50-minute call Thursday was to "set the tone and tenor" for the upcoming negations in Geneva, Switzerland, a senior administration official told reporters.',
      'Thursday\'s call began at 3:35 p.m. ET and ended at 4:25 p.m. The tone between the two leaders was "serious and substantive," the administration official said, and they agreed to the sequence of the upcoming talks.',
    ].join('\n\n');

    it('shows the quotes as changed by default', () => {
      const { rows } = compareTexts(curly, straight);
      expect(kindsOf({ rows })).toEqual(['changed', 'changed']);
      expect(wordsWith(rows[0]!.left, 'delete')).toEqual(['“set', 'tenor”']);
      expect(wordsWith(rows[0]!.right, 'insert')).toEqual(['"set', 'tenor"']);
      expect(wordsWith(rows[1]!.left, 'delete')).toEqual(['Thursday’s', '“serious', 'substantive,”']);
    });

    it('pairs them as equal with the quotes normalized when asked, in both granularities', () => {
      for (const granularity of ['word', 'sentence'] as const) {
        const { rows, stats } = compareTexts(curly, straight, { ignoreTypography: true, granularity });
        expect(kindsOf({ rows }), granularity).toEqual(['equal', 'equal']);
        for (const row of rows) {
          expect(opsOf(row.left), granularity).toContain('normalized');
          expect(opsOf([...row.left, ...row.right]), granularity).not.toContain('delete');
        }
        expect(stats.similarity, granularity).toBe(1);
      }
    });
  });

  it('ignores punctuation only when asked: a changed mark, a lone dash', () => {
    expect(kindsOf(compareTexts('The talks.', 'The talks,'))).toEqual(['changed']);
    const mark = compareTexts('The talks.', 'The talks,', { ignorePunctuation: true });
    expect(mark.rows[0]).toMatchObject({
      kind: 'equal',
      left: [
        { op: 'equal', text: 'The ' },
        { op: 'normalized', text: 'talks.' },
      ],
    });

    const dash = (options: Partial<CompareOptions>) =>
      compareTexts('The talks resumed', 'The talks — resumed', options);
    expect(dash({}).rows[0]).toMatchObject({
      kind: 'changed',
      right: [{}, { op: 'insert', text: '— ' }, {}],
    });
    expect(dash({ ignorePunctuation: true }).rows[0]).toMatchObject({
      kind: 'equal',
      right: [
        { op: 'equal', text: 'The talks ' },
        { op: 'normalized', text: '— ' },
        { op: 'equal', text: 'resumed' },
      ],
    });
    expect(dash({ ignorePunctuation: true }).stats).toMatchObject({ wordsAdded: 0, changedParagraphs: 0 });
  });

  it('ignores whitespace only when asked: double spaces, a line break for a space', () => {
    const a = 'The  talks resumed\nin Geneva.';
    const b = 'The talks\nresumed in Geneva.';
    expect(kindsOf(compareTexts(a, b))).toEqual(['changed']);
    for (const granularity of ['word', 'sentence'] as const) {
      const { rows, stats } = compareTexts(a, b, { ignoreWhitespace: true, granularity });
      expect(rows[0]!.kind, granularity).toBe('equal');
      expect(opsOf(rows[0]!.left), granularity).toContain('normalized');
      expect([textOf(rows[0]!.left), textOf(rows[0]!.right)], granularity).toEqual([a, b]);
      expect(stats.similarity, granularity).toBe(1);
    }
  });

  it('counts a line break against a space, but shows other spacing differences only faintly', () => {
    const spacing = compareTexts('The  talks\u00a0resumed\tin Geneva.', 'The talks resumed in Geneva.');
    expect(spacing.rows[0]!.kind).toBe('equal');
    expect(opsOf(spacing.rows[0]!.left)).toContain('normalized');
    expect(spacing.stats).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, similarity: 1 });
    // In verse a line break is part of the text: moving one is a change.
    const verse = compareTexts('She had three lilies\nin her hand', 'She had three\nlilies in her hand');
    expect(verse.rows[0]!.kind).toBe('changed');
    // Indentation added to a line is not.
    const indent = compareTexts(
      'Her eyes were deeper\nthan the depth',
      'Her eyes were deeper\n  than the depth',
    );
    expect(indent.rows[0]!.kind).toBe('equal');
  });

  it('marks the whole sentence with a changed word at sentence granularity, and only it', () => {
    const a = 'The talks opened on Monday. Both sides made firm demands. Nobody expected a quick deal.';
    const b = 'The talks opened on Monday. Both sides made bold demands. Nobody expected a quick deal.';
    const sentences = compareTexts(a, b, { granularity: 'sentence' }).rows[0]!;
    expect(sentences.kind).toBe('changed');
    expect(sentences.left).toEqual([
      { op: 'equal', text: 'The talks opened on Monday. ' },
      { op: 'delete', text: 'Both sides made firm demands. ' },
      { op: 'equal', text: 'Nobody expected a quick deal.' },
    ]);
    expect(sentences.right[1]).toEqual({ op: 'insert', text: 'Both sides made bold demands. ' });
    const words = compareTexts(a, b).rows[0]!;
    expect(wordsWith(words.left, 'delete')).toEqual(['firm']);
    expect(wordsWith(words.right, 'insert')).toEqual(['bold']);
  });

  it('aligns verse stanza to stanza when single words vary', () => {
    const stanzas = (river: string, bird: string) =>
      [
        `The river keeps its ${river} thread\nBeneath the alders, dim and cold;\nThe lanterns of the dead are fed\nWith oil the morning left untold.`,
        `I heard a ${bird} in the lane\nRepeat the song my sister sang,\nAnd all the orchard, wet with rain,\nGave answer where the bluebells rang.`,
      ].join('\n\n');
    const a = stanzas('silver', 'linnet');
    const b = stanzas('slender', 'throstle');
    const result = compareTexts(a, b);
    expect(invariantProblems(a, b, result)).toEqual([]);
    expect(result.rows.map((row) => [row.kind, row.leftParagraph, row.rightParagraph])).toEqual([
      ['changed', 0, 0],
      ['changed', 1, 1],
    ]);
    expect(result.rows.map((row) => wordsWith(row.left, 'delete'))).toEqual([['silver'], ['linnet']]);
    expect(result.rows.map((row) => wordsWith(row.right, 'insert'))).toEqual([['slender'], ['throstle']]);

    const withNewStanza = [stanzas('silver', 'linnet'), 'O wind that walks the winter hill,\nBe still.'].join(
      '\n\n',
    );
    expect(kindsOf(compareTexts(a, withNewStanza))).toEqual(['equal', 'equal', 'added']);
  });

  it('finds nothing equal between unrelated texts', () => {
    const cooking = [
      'Simmer the lentils gently with garlic, cumin and a bay leaf until they soften.',
      'Meanwhile, toast flatbreads over an open flame and chop fresh coriander.',
      'Serve everything warm, topped with yoghurt, lemon juice and crisp fried onions.',
    ].join('\n\n');
    const astronomy = [
      'Jupiter rises shortly after sunset this month, brighter than any nearby star.',
      'Through binoculars its four largest moons appear as tiny points of light.',
      'Saturn follows later, low in the southeast, its rings tilted almost edge-on.',
    ].join('\n\n');
    const result = compareTexts(cooking, astronomy);
    expect(invariantProblems(cooking, astronomy, result)).toEqual([]);
    expect(kindsOf(result)).not.toContain('equal');
    expect(result.stats.similarity).toBeLessThan(0.2);
  });

  it('compares with empty texts', () => {
    const text = 'Some words here.\n\nAnd more.';
    const fromEmpty = compareTexts('', text);
    expect(fromEmpty.rows).toEqual([
      {
        kind: 'added',
        left: [],
        right: [{ op: 'insert', text: 'Some words here.' }],
        rightParagraph: 0,
        edits: [{ op: 'insert', text: 'Some words here.' }],
      },
      {
        kind: 'added',
        left: [],
        right: [{ op: 'insert', text: 'And more.' }],
        rightParagraph: 1,
        edits: [{ op: 'insert', text: 'And more.' }],
      },
    ]);
    expect(fromEmpty.stats).toEqual({
      similarity: 0,
      wordsAdded: 5,
      wordsRemoved: 0,
      wordsMoved: 0,
      changedParagraphs: 2,
      edits: 2,
      punctuationOnlyEdits: 0,
      spacingOnlyEdits: 0,
    });
    expect(kindsOf(compareTexts(text, ' \n\n\t'))).toEqual(['removed', 'removed']);
    expect(compareTexts('', '')).toEqual({
      rows: [],
      stats: {
        similarity: 1,
        wordsAdded: 0,
        wordsRemoved: 0,
        wordsMoved: 0,
        changedParagraphs: 0,
        edits: 0,
        punctuationOnlyEdits: 0,
        spacingOnlyEdits: 0,
      },
      coarse: false,
    });
  });

  it('splits a long text without blank lines into several rows, keeping every word', () => {
    const rand = mulberry32(7);
    const lines = Array.from({ length: 60 }, () => randomParagraph(rand, 20, 30).replace(/\s+/g, ' '));
    const a = lines.join('\n');
    expect(wordsOf(a).length).toBeGreaterThan(MAX_PARAGRAPH_WORDS);
    const edited = [...lines];
    edited[50] = replaceWord(edited[50]!, rand);
    const b = edited.join('\n');

    const same = compareTexts(a, a);
    expect(same.rows.length).toBeGreaterThan(1);
    expect(kindsOf(same).every((kind) => kind === 'equal')).toBe(true);
    const result = compareTexts(a, b);
    expect(invariantProblems(a, b, result)).toEqual([]);
    expect(result.rows.length).toBe(splitParagraphs(a).length);
    expect(kindsOf(result).filter((kind) => kind !== 'equal')).toEqual(['changed']);
    for (const paragraph of splitParagraphs(a))
      expect(wordsOf(paragraph).length).toBeLessThanOrEqual(MAX_PARAGRAPH_WORDS);
  });
});

describe('regressions', () => {
  // Gap pairing once looked one paragraph ahead on B only, so it paired a weaker crossing pair
  // (p–s, 0.2) and left the stronger one (q–r, 0.25) as added + removed; swapped, the opposite.
  it('pairs the same paragraphs whichever text is A', () => {
    const p = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';
    const s = 'alpha bravo kilo lima mike november oscar papa quebec romeo';
    const r = 'sierra tango uniform victor whiskey xray yankee zulu';
    const q = 'sierra tango amber coral denim ember flint grove';
    const a = ['First paragraph here', p, q, 'Last paragraph here'].join('\n\n');
    const b = ['First paragraph here', r, s, 'Last paragraph here'].join('\n\n');
    expect(mirrorProblems(compareTexts(a, b), compareTexts(b, a))).toEqual([]);
  });

  // A blank token (a dash under ignorePunctuation) once won the word diff over a real word:
  // "x —" → "— x" showed x deleted and inserted, while "— x" → "x —" was equal.
  it('treats a moved dash the same way in both directions under ignorePunctuation', () => {
    const options = { ignorePunctuation: true, ignoreWhitespace: true };
    expect(kindsOf(compareTexts('— x', 'x —', options))).toEqual(['equal']);
    expect(kindsOf(compareTexts('x —', '— x', options))).toEqual(['equal']);
  });

  // ignoreTypography covers non-breaking and thin spaces: at word granularity "50\u00a0km"
  // against "50 km" once showed "50" deleted and inserted.
  it('ignores a non-breaking or thin space under ignoreTypography', () => {
    for (const granularity of ['word', 'sentence'] as const) {
      for (const space of ['\u00a0', '\u2009']) {
        const result = compareTexts(`50${space}km away`, '50 km away', {
          ignoreTypography: true,
          granularity,
        });
        expect(kindsOf(result), granularity).toEqual(['equal']);
      }
    }
  });

  // One over-long line among short ones was once never split at sentences.
  it('splits an over-long line inside a multi-line paragraph at sentences', () => {
    const sentences = Array.from(
      { length: 150 },
      (_, k) => `Sentence ${k} has exactly ten words in it, no more.`,
    );
    const text = `A short heading line\n${sentences.join(' ')}`;
    for (const paragraph of splitParagraphs(text))
      expect(wordsOf(paragraph).length).toBeLessThanOrEqual(MAX_PARAGRAPH_WORDS);
  });
});

describe('compareTexts on punctuation-only edits', () => {
  it('labels a word that changed only in its punctuation, and counts it', () => {
    const result = compareTexts('Tell us, now.', 'Tell us now.');
    const edits = result.rows[0]!.edits.filter((edit) => edit.op !== 'equal');
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((edit) => edit.op !== 'normalized' && edit.punctuationOnly)).toBe(true);
    expect(result.stats.punctuationOnlyEdits).toBe(1);
    expect(compareTexts('Tell us now.', 'Tell them now.').stats.punctuationOnlyEdits).toBe(0);
  });

  it('labels neighbouring words one by one when each changed only in its punctuation', () => {
    const result = compareTexts(
      'He told us, plainly, that it was lost.',
      'He told us plainly that it was lost.',
    );
    const deleted = result.rows[0]!.edits.filter((edit) => edit.op === 'delete');
    expect(deleted.map((edit) => edit.op === 'delete' && edit.text)).toEqual(['us, ', 'plainly, ']);
    expect(result.stats.punctuationOnlyEdits).toBe(2);
    // A real word change among them keeps the run a plain replacement.
    const mixed = compareTexts(
      'He told us, plainly, that it was lost.',
      'He told them plainly that it was lost.',
    );
    expect(mixed.stats.punctuationOnlyEdits).toBe(0);
  });
});
