import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Comparison, ComparisonRow, RowEdit } from '../../../preload/contract';
import { articleIri, fromWebAnnotation, toCsv, toMarkdown, toWebAnnotation } from './export-formats';
import type { ArticleRef, Note } from './model';
import { passageReadings } from './passage-readings';
import { testSummary } from './test-notes';

const summary = (path: string): ArticleSummary => testSummary({ id: path, path, title: 'On the Origin' });
const A = summary('origin-1859.txt');
const B = summary('origin-1860.txt');
const ref = (article: ArticleSummary): ArticleRef => ({
  path: article.path,
  contentHash: article.contentHash,
  title: article.title,
});

/** A row cut from its edits, as the engine gives it. */
function changed(edits: RowEdit[], leftParagraph: number, rightParagraph: number): ComparisonRow {
  return {
    kind: 'changed',
    edits,
    left: edits.flatMap((edit) =>
      edit.op === 'equal' || edit.op === 'delete' ? [{ op: edit.op, text: edit.text }] : [],
    ),
    right: edits.flatMap((edit) =>
      edit.op === 'equal' || edit.op === 'insert' ? [{ op: edit.op, text: edit.text }] : [],
    ),
    leftParagraph,
    rightParagraph,
  };
}

const comparison = (rows: ComparisonRow[]): Comparison => ({
  left: A,
  right: B,
  stats: {
    similarity: 0.9,
    wordsAdded: 0,
    wordsRemoved: 2,
    wordsMoved: 0,
    changedParagraphs: 1,
    edits: 1,
    punctuationOnlyEdits: 0,
    spacingOnlyEdits: 0,
  },
  coarse: false,
  removed: { left: [], right: [] },
  rows,
});

const TITLE: ComparisonRow = {
  kind: 'equal',
  edits: [{ op: 'equal', text: 'Chapter one' }],
  left: [{ op: 'equal', text: 'Chapter one' }],
  right: [{ op: 'equal', text: 'Chapter one' }],
  leftParagraph: 0,
  rightParagraph: 0,
};

function passage(article: ArticleSummary, exact: string, prefix: string, suffix: string): Note {
  return {
    id: `note-${exact}`,
    body: 'Darwin cut this.',
    tags: [],
    color: 'yellow',
    created: '2026-12-07T09:00:00.000Z',
    updated: '2026-12-07T09:00:00.000Z',
    scope: 'passage',
    folder: 'darwin',
    article: ref(article),
    anchor: { quote: { exact, prefix, suffix }, position: { start: 0, end: exact.length } },
    comparison: { left: ref(A), right: ref(B) },
    status: 'anchored',
  };
}

describe('passageReadings', () => {
  const removal = comparison([
    TITLE,
    changed(
      [
        { op: 'equal', text: 'When we ' },
        { op: 'delete', text: 'look to ' },
        { op: 'equal', text: 'the individuals of the same variety.' },
      ],
      1,
      2,
    ),
  ]);

  it('gives what A and B read at a passage on A, with both paragraph numbers', () => {
    const note = passage(A, 'look to the', 'When we ', ' individuals');
    expect(passageReadings([removal], [note]).get(note.id)).toEqual({
      a: {
        file: 'origin-1859.txt',
        paragraph: 2,
        text: 'look to the',
        prefix: 'When we ',
        suffix: ' individuals of the same variety',
      },
      // The context is B's own text around its reading, for a TextQuoteSelector on B.
      b: {
        file: 'origin-1860.txt',
        paragraph: 3,
        text: 'the',
        prefix: 'When we ',
        suffix: ' individuals of the same variety',
      },
      moved: false,
    });
  });

  it('takes the words that replaced the passage on the other side', () => {
    const replaced = comparison([
      changed(
        [
          { op: 'equal', text: 'When we ' },
          { op: 'delete', text: 'look to ' },
          { op: 'insert', text: 'consider ' },
          { op: 'equal', text: 'the individuals.' },
        ],
        0,
        0,
      ),
    ]);
    const onA = passage(A, 'look to', 'When we ', ' the');
    const onB = passage(B, 'consider the', 'When we ', ' individuals');
    const readings = passageReadings([replaced], [onA, onB]);
    expect(readings.get(onA.id)).toMatchObject({ a: { text: 'look to' }, b: { text: 'consider' } });
    expect(readings.get(onB.id)).toMatchObject({ a: { text: 'look to the' }, b: { text: 'consider the' } });
  });

  it('leaves out notes written on another pair', () => {
    const note = {
      ...passage(A, 'look to the', 'When we ', ' individuals'),
      comparison: { left: ref(B), right: ref(A) },
    };
    expect(passageReadings([removal], [note]).size).toBe(0);
  });

  it('puts both readings into the Markdown and CSV exports', () => {
    const note = passage(A, 'look to the', 'When we ', ' individuals');
    const readings = passageReadings([removal], [note]);
    const markdown = toMarkdown([note], [], readings);
    expect(markdown).toContain(
      '- A, ¶2 (`origin-1859.txt`): look to the\n- B, ¶3 (`origin-1860.txt`): the\n',
    );
    const csv = toCsv([note], [], readings);
    expect(csv).toContain(',2,look to the,3,the,');
    // Without readings (a pair that could not be compared) the columns stay empty.
    expect(toCsv([note])).toContain(',origin-1859.txt,origin-1860.txt,,,,,');
  });

  it('puts the other version’s reading into the JSON export as a second target, and imports back', () => {
    // Ids as the app issues them (UUIDs), so the file imports.
    const onA = {
      ...passage(A, 'look to the', 'When we ', ' individuals'),
      id: '1b4e28ba-2fa1-4d2b-883f-0016d3cca427',
    };
    const onB = {
      ...passage(B, 'the individuals', 'When we ', ' of the'),
      id: '2c5f39cb-3ab2-4e3c-994a-1127e4ddb538',
    };
    const readings = passageReadings([removal], [onA, onB]);
    const json = toWebAnnotation([onA, onB], readings);
    const [first, second] = JSON.parse(json).first.items;
    expect(first.target).toEqual([
      {
        source: articleIri(ref(A), 'darwin'),
        selector: [
          { type: 'TextQuoteSelector', exact: 'look to the', prefix: 'When we ', suffix: ' individuals' },
          { type: 'TextPositionSelector', start: 0, end: 11 },
        ],
        variorum: { side: 'A', file: 'origin-1859.txt', paragraph: 2 },
      },
      {
        source: articleIri(ref(B), 'darwin'),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'the',
            prefix: 'When we ',
            suffix: ' individuals of the same variety',
          },
        ],
        variorum: { side: 'B', file: 'origin-1860.txt', paragraph: 3 },
      },
    ]);
    // A note written on B targets B first; the other target is A's reading there.
    expect(second.target.map((target: { variorum: { side: string } }) => target.variorum.side)).toEqual([
      'B',
      'A',
    ]);
    expect(second.target[1].selector[0]).toMatchObject({
      exact: 'the individuals',
      prefix: 'When we look to ',
    });
    // The readings are worked out at each export: what comes back is the notes, exactly.
    expect(fromWebAnnotation(json)).toStrictEqual({ notes: [onA, onB] });
    // A tool that lists the targets in another order still gives the note its own passage.
    const reordered = JSON.parse(json);
    reordered.first.items[0].target.reverse();
    expect(fromWebAnnotation(JSON.stringify(reordered))).toStrictEqual({ notes: [onA, onB] });
  });

  it('targets a version without the paragraph whole, with no paragraph number', () => {
    const added: ComparisonRow = {
      kind: 'added',
      edits: [{ op: 'insert', text: 'A new paragraph on pigeons.' }],
      left: [],
      right: [{ op: 'insert', text: 'A new paragraph on pigeons.' }],
      rightParagraph: 1,
    };
    const note = passage(B, 'on pigeons', 'A new paragraph ', '.');
    const readings = passageReadings([comparison([TITLE, added])], [note]);
    const target = JSON.parse(toWebAnnotation([note], readings)).first.items[0].target;
    expect(target[0].variorum).toEqual({ side: 'B', file: 'origin-1860.txt', paragraph: 2 });
    expect(target[1]).toEqual({
      id: articleIri(ref(A), 'darwin'),
      variorum: { side: 'A', file: 'origin-1859.txt', paragraph: null },
    });
  });

  it('reads a moved paragraph’s other end: its text at the passage and its paragraph number', () => {
    // Rows as compareTexts gives them for a paragraph moved up one place and edited on the way:
    // each end holds its own side's edits, the equal words cut where that side's changes fall.
    const ends = (edits: RowEdit[]): Pick<ComparisonRow, 'edits' | 'left' | 'right'> => ({
      edits,
      left: edits.flatMap((e) => (e.op === 'equal' || e.op === 'delete' ? [{ op: e.op, text: e.text }] : [])),
      right: edits.flatMap((e) =>
        e.op === 'equal' || e.op === 'insert' ? [{ op: e.op, text: e.text }] : [],
      ),
    });
    const pigeons = 'The first paragraph tells of pigeons.';
    const moved = comparison([
      TITLE,
      {
        kind: 'moved',
        move: 1,
        rightParagraph: 1,
        ...ends([
          { op: 'equal', text: 'The second paragraph is about the ' },
          { op: 'insert', text: 'great ' },
          { op: 'equal', text: 'variability of ' },
          { op: 'insert', text: 'tame ' },
          { op: 'equal', text: 'animals under man.' },
        ]),
      },
      {
        ...TITLE,
        edits: [{ op: 'equal', text: pigeons }],
        left: [{ op: 'equal', text: pigeons }],
        right: [{ op: 'equal', text: pigeons }],
        leftParagraph: 1,
        rightParagraph: 2,
      },
      {
        kind: 'moved',
        move: 1,
        leftParagraph: 2,
        ...ends([
          { op: 'equal', text: 'The second paragraph is about the variability of ' },
          { op: 'delete', text: 'domestic ' },
          { op: 'equal', text: 'animals under man.' },
        ]),
      },
    ]);
    const onA = passage(A, 'domestic animals', 'variability of ', ' under');
    const onB = passage(B, 'great variability', 'about the ', ' of tame');
    const readings = passageReadings([moved], [onA, onB]);
    expect(readings.get(onA.id)).toEqual({
      a: expect.objectContaining({ paragraph: 3, text: 'domestic animals' }),
      b: {
        file: 'origin-1860.txt',
        paragraph: 2,
        text: 'tame animals',
        prefix: ' about the great variability of ',
        suffix: ' under man.',
      },
      moved: true,
    });
    expect(readings.get(onB.id)).toMatchObject({
      a: {
        paragraph: 3,
        text: 'variability',
        prefix: 'e second paragraph is about the ',
        suffix: ' of domestic animals under man.',
      },
      b: { paragraph: 2, text: 'great variability' },
    });
    expect(toMarkdown([onA], [], readings)).toContain('- B, ¶2, moved (`origin-1860.txt`): tame animals\n');
  });
});
