// shortTitle and distinctLabels: long first-sentence titles cut readably; repeated titles
// replaced by the file names that tell the articles apart.
import { describe, expect, it } from 'vitest';
import { distinctLabels, SHORT_TITLE_LENGTH, shortTitle } from './short-title';

const DARWIN =
  'WHEN we look to the individuals of the same variety or sub-variety of our older cultivated plants and animals, one of the first points which strikes us, is, that they generally differ much more from each other than do the individuals of any one species or variety in a state of nature.';

describe('shortTitle', () => {
  it('leaves a headline as it is, whitespace collapsed, even a long one', () => {
    expect(shortTitle('Harbour  council approves\nsea wall ')).toBe('Harbour council approves sea wall');
    const long = 'Calderport closes Ashcombe footbridge for months after inspectors find corroded cables';
    expect(shortTitle(long)).toBe(long);
  });

  it('cuts a long first sentence on a word boundary, with an ellipsis', () => {
    const short = shortTitle(DARWIN);
    expect(short).toBe('WHEN we look to the individuals of the same variety or sub-variety of our older…');
    expect(Array.from(short).length).toBeLessThanOrEqual(SHORT_TITLE_LENGTH + 1);
  });

  it('keeps the first sentence whole when it ends in time, closing quote included', () => {
    const title =
      'The council said “the wall will hold.” Engineers, who had studied the harbour for a decade, were less sure of it.';
    expect(shortTitle(title)).toBe('The council said “the wall will hold.”');
  });

  it('does not take an abbreviation near the start for a sentence end', () => {
    const title = `Mr. Smith goes to the harbour, where ${'the tide rises and falls '.repeat(4)}`;
    const short = shortTitle(title);
    expect(short.startsWith('Mr. Smith goes to the harbour, where the tide')).toBe(true);
    expect(short.endsWith('…')).toBe(true);
  });

  it('leaves no comma or dash before the ellipsis, and never splits an astral character', () => {
    const title = `${'word '.repeat(14)}sixteen, ${'more '.repeat(10)}`;
    expect(shortTitle(title, 80)).not.toMatch(/[,\s]…$/);
    const emoji = '😀'.repeat(100);
    expect(shortTitle(emoji, 10)).toBe(`${'😀'.repeat(10)}…`);
  });
});

describe('distinctLabels', () => {
  it('uses the title when titles differ', () => {
    expect(
      distinctLabels([
        { title: 'Sea wall approved', path: 'a.txt' },
        { title: 'Sea wall delayed', path: 'b.txt' },
      ]),
    ).toEqual(['Sea wall approved', 'Sea wall delayed']);
  });

  it('uses the file names where short titles repeat, and keeps a unique title', () => {
    const labels = distinctLabels([
      { title: DARWIN, path: 'darwin/origin-1859.txt' },
      { title: DARWIN.replace('nature.', 'nature; and'), path: 'darwin/origin-1860.txt' },
      { title: 'When we look', path: 'darwin/origin-1872.txt' },
    ]);
    expect(labels).toEqual(['origin-1859.txt', 'origin-1860.txt', 'When we look']);
  });

  it('treats titles differing only in case as the same', () => {
    expect(
      distinctLabels([
        { title: 'Human cloning', path: 'x/1.txt' },
        { title: 'human cloning', path: 'x/2.txt' },
      ]),
    ).toEqual(['1.txt', '2.txt']);
  });

  it('adds folders until the names differ', () => {
    expect(
      distinctLabels([
        { title: 'Revision', path: 'huck/revision-0.txt' },
        { title: 'Revision', path: 'hal/revision-0.txt' },
        { title: 'Revision', path: 'hal/revision-1.txt' },
      ]),
    ).toEqual(['huck/revision-0.txt', 'hal/revision-0.txt', 'revision-1.txt']);
  });

  it('names a thousand untitled files each by its own name', () => {
    const articles = Array.from({ length: 1000 }, (_, i) => ({
      title: '',
      path: `dump/${i % 2 ? 'a' : 'b'}/${i >> 1}.txt`,
    }));
    const labels = distinctLabels(articles);
    expect(new Set(labels).size).toBe(1000);
    expect(labels.slice(0, 2)).toEqual(['b/0.txt', 'a/0.txt']);
  });

  it('leaves out a long start that every repeated name shares', () => {
    expect(
      distinctLabels([
        { title: 'On the Origin', path: 'on-the-origin-of-species-1859-first.txt' },
        { title: 'On the Origin', path: 'on-the-origin-of-species-1872-sixth.txt' },
      ]),
    ).toEqual(['…1859-first.txt', '…1872-sixth.txt']);
  });

  it('names an untitled article by its file, and falls back to paths when labels still meet', () => {
    expect(
      distinctLabels([
        { title: '', path: 'notes/empty.txt' },
        { title: 'Other', path: 'x/b.txt' },
        { title: 'Other', path: 'y/c.txt' },
        { title: 'b.txt', path: 'z/title.txt' },
      ]),
    ).toEqual(['empty.txt', 'x/b.txt', 'c.txt', 'z/title.txt']);
  });
});
