// The in-memory search index on its own: folding, filters, and an order that stays newest
// first however notes are added, changed and removed.
import { describe, expect, it } from 'vitest';
import type { Note } from './model';
import { byUpdatedDescending, compileFilter, foldForSearch, NoteSearchIndex } from './search-index';
import { generateNotes } from './test-notes';

describe('foldForSearch', () => {
  it('drops case and accents, leaving plain ASCII alone', () => {
    expect(foldForSearch('Zürich RÉSUMÉ naïve São')).toBe('zurich resume naive sao');
    expect(foldForSearch('Plain ASCII')).toBe('plain ascii');
  });
});

describe('compileFilter', () => {
  const [note] = generateNotes(1, 3).map((generated): Note => ({
    ...generated,
    scope: 'article',
    tags: ['Numbers'],
    article: { path: 'a.txt', contentHash: 'h', title: 'A' },
    anchor: undefined,
    comparison: {
      left: { path: 'a.txt', contentHash: 'h', title: 'A' },
      right: { path: 'b.txt', contentHash: 'i', title: 'B' },
    },
  }));

  it('checks only what it is given, every part of it', () => {
    expect(compileFilter({})(note!)).toBe(true);
    expect(compileFilter({ tag: 'numbers', article: { path: 'a.txt' } })(note!)).toBe(true);
    expect(compileFilter({ tag: 'numbers', article: { path: 'b.txt' } })(note!)).toBe(false);
    expect(compileFilter({ article: { path: 'a.txt', contentHash: 'other' } })(note!)).toBe(false);
    expect(compileFilter({ comparison: { left: 'b.txt', right: 'a.txt' } })(note!)).toBe(true);
    expect(compileFilter({ comparison: { left: 'a.txt', right: 'c.txt' } })(note!)).toBe(false);
    expect(compileFilter({ folder: 'elsewhere' })(note!)).toBe(false);
    expect(compileFilter({ status: 'orphaned' })(note!)).toBe(false);
  });
});

describe('NoteSearchIndex', () => {
  const ids = (notes: Note[]): string[] => notes.map((note) => note.id);
  const expectNewestFirst = (index: NoteSearchIndex, all: Map<string, Note>): void => {
    expect(ids(index.search(''))).toEqual(ids([...all.values()].sort(byUpdatedDescending)));
  };

  it('keeps newest-first order through single edits, deletes and bulk changes', () => {
    const notes = generateNotes(300, 5);
    const all = new Map(notes.map((note) => [note.id, note]));
    const index = new NoteSearchIndex(notes);
    expectNewestFirst(index, all);

    const bump = (note: Note, minutes: number): Note => ({
      ...note,
      updated: new Date(Date.parse(note.updated) + minutes * 60_000).toISOString(),
    });
    for (const [i, note] of notes.slice(0, 20).entries()) {
      const changed = bump(note, (i % 2 ? 1 : -1) * 10_000);
      all.set(changed.id, changed);
      index.set(changed);
      expectNewestFirst(index, all);
    }
    for (const note of notes.slice(20, 30)) {
      all.delete(note.id);
      index.delete(note.id);
    }
    expectNewestFirst(index, all);

    const many = notes.slice(30, 200).map((note) => bump(note, 5));
    many.forEach((note) => all.set(note.id, note));
    index.setMany(many);
    expectNewestFirst(index, all);
    expect(index.size).toBe(290);
  });

  it('finds a word only within one field, never across body and quote', () => {
    const [note] = generateNotes(1, 9);
    const index = new NoteSearchIndex([{ ...note!, body: 'ends with harbour', tags: ['wall'] }]);
    expect(index.search('harbour wall')).toHaveLength(1);
    expect(index.search('harbourwall')).toHaveLength(0);
  });
});
