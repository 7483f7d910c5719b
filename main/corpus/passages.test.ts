// Shared passages as a reader should get them: never cut mid-quotation, and one passage per
// shared text with each article's places, however the runs were split.
import { describe, expect, it } from 'vitest';
import { articleText, generateArticle } from '../bench/generate-texts';
import { findSharedPassages, type PassageDoc } from './passages';
import { buildPostings } from './shingle-index';
import { shinglesOf, wordsOf } from './words';

/** Articles of groups of their own: a planted paragraph between generated ones. */
function docsOf(planted: string[]): PassageDoc[] {
  return planted.map((paragraph, index) => {
    const [first, ...rest] = articleText(generateArticle(40 + index, 300)).split('\n\n');
    const text = [first, paragraph, ...rest].join('\n\n');
    const words = wordsOf(text);
    return { text, words, shingles: shinglesOf(words), group: index };
  });
}

const passagesOf = (docs: PassageDoc[]) =>
  findSharedPassages(docs, buildPostings(docs.map((doc) => doc.shingles)), {
    minWords: 8,
    minQuotationWords: 3,
  });

const SHARED = 'the harbour council will not wait for federal money before it starts building the sea wall';

describe('findSharedPassages', () => {
  it('widens a run that starts or ends inside a quotation to the whole quotation', () => {
    const docs = docsOf([
      `At the meeting the mayor said “Frankly, ${SHARED}, whatever the engineers say,” and sat down.`,
      `Reporters were told ${SHARED} this year.`,
    ]);
    const passages = passagesOf(docs);
    expect(passages).toHaveLength(1);
    const [passage] = passages;
    expect(passage!.text).toBe(`“Frankly, ${SHARED}, whatever the engineers say,”`);
    expect(passage!.words).toBe(wordsOf(passage!.text).hashes.length);
    expect(passage!.quotation).toBe(true);
    const inQuoting = passage!.occurrences.find((occurrence) => occurrence.doc === 0)!;
    expect(docs[0]!.text.slice(inQuoting.start, inQuoting.end)).toBe(passage!.text);
    // The article that does not quote keeps its own run.
    const inOther = passage!.occurrences.find((occurrence) => occurrence.doc === 1)!;
    expect(docs[1]!.text.slice(inOther.start, inOther.end)).toBe(SHARED);
  });

  it('joins the runs of one quotation split by a changed word into one passage, one place each', () => {
    const halves = [
      'the harbour council will not wait for federal money before it',
      'starts building the sea wall whatever the engineers say about it',
    ];
    const docs = docsOf([
      `The mayor said “${halves[0]} really ${halves[1]}” and left.`,
      `The mayor said that ${halves[0]} truly ${halves[1]}, then left.`,
    ]);
    const passages = passagesOf(docs);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.occurrences.map((occurrence) => occurrence.doc)).toEqual([0, 1]);
    expect(passages[0]!.text).toBe(`“${halves[0]} really ${halves[1]}”`);
  });

  it('keeps two places of one article that carries the passage twice, far apart', () => {
    const filler = articleText(generateArticle(99, 120));
    const docs = docsOf([`${SHARED}.\n\n${filler}\n\nOnce more: ${SHARED}.`, `Officials said ${SHARED}.`]);
    const passages = passagesOf(docs);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.occurrences.map((occurrence) => occurrence.doc)).toEqual([0, 0, 1]);
  });
});
