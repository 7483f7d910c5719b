// Where notes attach, without a database: notes follow renamed files by content and edited
// files by path, never guess between copies, stay with their own folder identity, and notes
// from before identities go to the first folder that has their articles; a changed article's
// passages are found again or orphaned. The repository's transactions are in repo.test.ts.
import { describe, expect, it } from 'vitest';
import { selectorsFor } from './anchor';
import type { ArticleRef, Note } from './model';
import { attachedNotes, reanchoredNotes, reanchorSummary, type FolderKey } from './note-attachment';
import { SEA_WALL, SEA_WALL_TEXT } from './test-notes';

const TEXT = SEA_WALL_TEXT;
const ORIGINAL = SEA_WALL;
const OTHER_ARTICLE: ArticleRef = {
  path: 'courier/sea-wall-2.txt',
  contentHash: 'b2'.repeat(32),
  title: 'Sea wall (updated)',
};
const COPY: ArticleRef = { path: 'wire/sea-wall.txt', contentHash: 'd4'.repeat(32), title: 'Wire copy' };

/** Folder identities as main issues them: two different folders, both named "harbour". */
const HARBOUR: FolderKey = { id: '1d4a7f0e-3c2b-4a59-9e61-0f2b3c4d5e6f', name: 'harbour' };
const OTHER_HARBOUR: FolderKey = { id: '7e2f9a10-4b3c-4d5e-8f6a-1b2c3d4e5f60', name: 'harbour' };

const codePointsOf = (text: string, needle: string): [number, number] => {
  const start = Array.from(text.slice(0, text.indexOf(needle))).length;
  return [start, start + Array.from(needle).length];
};

let serial = 0;
/** A note as the repository stores it. */
function note(fields: Partial<Note> & Pick<Note, 'scope'>): Note {
  const time = '2026-03-02T09:00:00.000Z';
  return {
    id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
    body: '',
    tags: [],
    color: 'yellow',
    created: time,
    updated: time,
    folder: 'harbour',
    status: 'anchored',
    ...fields,
  };
}

const passageOn = (needle: string, fields: Partial<Note> = {}): Note =>
  note({
    scope: 'passage',
    article: ORIGINAL,
    anchor: selectorsFor(TEXT, ...codePointsOf(TEXT, needle)),
    ...fields,
  });

/** Notes kept by id, as the database would keep them between two openings of a folder. */
function storeOf(notes: Note[]) {
  const byId = new Map(notes.map((stored) => [stored.id, stored]));
  return {
    attach(folder: FolderKey, articles: ArticleRef[]) {
      const { changed, summary } = attachedNotes(folder, articles, [...byId.values()]);
      for (const next of changed) byId.set(next.id, next);
      return { changed, summary };
    },
    get: (id: string): Note => byId.get(id)!,
    inFolder: (folderId: string): Note[] => [...byId.values()].filter((n) => n.folderId === folderId),
  };
}

/** Notes of HARBOUR; with `legacy`, as written before folder identities (no folderId). */
function withNotes(legacy = false) {
  const folderId = legacy ? undefined : HARBOUR.id;
  const passage = passageOn('4.2 million euros', { folderId, comparison: { left: ORIGINAL, right: COPY } });
  const article = note({ scope: 'article', folderId, article: ORIGINAL });
  const folderNote = note({ scope: 'folder', folderId, body: 'Folder-wide' });
  return { store: storeOf([passage, article, folderNote]), passage, article, folderNote };
}

describe('attaching notes to the articles of an opened folder', () => {
  it('changes nothing when the folder is opened again as it was (or moved elsewhere whole)', () => {
    const { store } = withNotes();
    expect(store.attach(HARBOUR, [ORIGINAL, COPY])).toEqual({
      changed: [],
      summary: { moved: 0, adopted: 0, unmatched: 0, needsReanchor: [] },
    });
  });

  it('follows a renamed file by its content, in notes and in remembered comparisons', () => {
    const { store, passage, article } = withNotes();
    const renamed: ArticleRef = { ...ORIGINAL, path: 'courier/2026-03-02-sea-wall.txt' };
    const { changed, summary } = store.attach(HARBOUR, [renamed, COPY]);
    expect(summary).toMatchObject({ moved: 2, unmatched: 0, needsReanchor: [] });
    expect(changed.map((next) => next.id)).toEqual([passage.id, article.id]);
    expect(store.get(passage.id)).toEqual({
      ...passage,
      article: renamed,
      comparison: { left: renamed, right: COPY },
    });
    expect(store.get(article.id).article).toEqual(renamed);
  });

  it('keeps only the identity of articles handed in as whole summaries', () => {
    const { store, article } = withNotes();
    const summary = { ...ORIGINAL, path: 'renamed.txt', words: 120, encoding: 'utf-8' };
    store.attach(HARBOUR, [summary]);
    expect(store.get(article.id).article).toEqual({ ...ORIGINAL, path: 'renamed.txt' });
  });

  it('asks for re-anchoring when a file was edited in place, and keeps the old hash until then', () => {
    const { store, passage, article } = withNotes();
    const edited: ArticleRef = {
      ...ORIGINAL,
      contentHash: 'e5'.repeat(32),
      title: 'Sea wall approved, corrected',
    };
    const { summary } = store.attach(HARBOUR, [edited, COPY]);
    expect(summary).toEqual({ moved: 0, adopted: 0, unmatched: 0, needsReanchor: [edited] });
    expect(store.get(passage.id).article).toEqual({ ...edited, contentHash: ORIGINAL.contentHash });
    expect(store.get(article.id).article).toEqual(edited);
    // Asked again (say, after a crash before re-anchoring), it still asks.
    expect(store.attach(HARBOUR, [edited, COPY]).summary.needsReanchor).toEqual([edited]);
  });

  it('keeps every detail of a note whose article is gone', () => {
    const { store, passage, article } = withNotes();
    expect(store.attach(HARBOUR, [COPY]).summary).toMatchObject({ moved: 0, unmatched: 2 });
    expect(store.get(passage.id)).toEqual(passage);
    expect(store.get(article.id)).toEqual(article);
  });

  it('does not guess between identical copies with other names', () => {
    const { store, article } = withNotes();
    const copies = [
      { ...ORIGINAL, path: 'a/one.txt' },
      { ...ORIGINAL, path: 'b/two.txt' },
    ];
    expect(store.attach(HARBOUR, copies).summary).toMatchObject({ unmatched: 2 });
    expect(store.get(article.id)).toEqual(article);
    // ...but a copy with the same file name in another sub-folder is a move.
    const moved = [...copies, { ...ORIGINAL, path: 'archive/sea-wall.txt' }];
    expect(store.attach(HARBOUR, moved).summary).toMatchObject({ moved: 2 });
  });

  it('never hands notes to another folder of the same name, even with the same articles', () => {
    const { store } = withNotes();
    expect(store.attach(OTHER_HARBOUR, [ORIGINAL, COPY])).toEqual({
      changed: [],
      summary: { moved: 0, adopted: 0, unmatched: 0, needsReanchor: [] },
    });
    expect(store.inFolder(OTHER_HARBOUR.id)).toEqual([]);
    expect(store.inFolder(HARBOUR.id)).toHaveLength(3);
  });

  it('lets the first folder of their name with their articles claim notes from before identities', () => {
    const { store, passage, article, folderNote } = withNotes(true);
    expect(store.attach(HARBOUR, [ORIGINAL, COPY]).summary).toMatchObject({ adopted: 3, moved: 0 });
    expect(store.get(passage.id)).toEqual({ ...passage, folderId: HARBOUR.id });
    expect(store.get(folderNote.id)).toEqual({ ...folderNote, folderId: HARBOUR.id });
    // Claimed once: the other folder called "harbour" gets none of them.
    expect(store.attach(OTHER_HARBOUR, [ORIGINAL, COPY]).summary.adopted).toBe(0);
    expect(store.get(article.id).folderId).toBe(HARBOUR.id);
  });

  it('leaves notes from before identities to a folder of their name that lacks their articles', () => {
    const { store, folderNote, article } = withNotes(true);
    const elsewhere = { ...OTHER_ARTICLE, path: 'elsewhere.txt', contentHash: 'f6'.repeat(32) };
    expect(store.attach(HARBOUR, [elsewhere]).summary.adopted).toBe(0);
    expect(store.get(folderNote.id)).toEqual(folderNote);
    expect(store.get(article.id)).toEqual(article);
  });

  it('claims the notes of a renamed folder from before identities, folder notes included', () => {
    const { store, passage, article, folderNote } = withNotes(true);
    const renamed = { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'harbour-2026' };
    expect(store.attach(renamed, [ORIGINAL, COPY]).summary).toMatchObject({ adopted: 3, moved: 0 });
    const claimed = store.inFolder(renamed.id);
    expect(claimed.map((claimedNote) => claimedNote.id).sort()).toEqual(
      [passage.id, article.id, folderNote.id].sort(),
    );
    expect(claimed.every((claimedNote) => claimedNote.folder === 'harbour-2026')).toBe(true);
  });

  it('leaves folder notes from before identities alone when only some of their articles are here', () => {
    const passage = passageOn('4.2 million euros');
    const onOriginal = note({ scope: 'article', article: ORIGINAL });
    const onOther = note({ scope: 'article', article: OTHER_ARTICLE });
    const folderNote = note({ scope: 'folder', body: 'Folder-wide' });
    const store = storeOf([passage, onOriginal, onOther, folderNote]);
    const other = { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'other' };
    // The two notes on ORIGINAL, whose path and content match, and not the folder note.
    expect(store.attach(other, [ORIGINAL]).summary.adopted).toBe(2);
    expect(store.get(folderNote.id)).toEqual(folderNote);
  });
});

describe('re-anchoring the notes of an article whose text changed', () => {
  it('moves passages to their new places, orphans the deleted one and records the new text', () => {
    const cost = passageOn('4.2 million euros');
    const ferry = passageOn('ferry service');
    const articleNote = note({ scope: 'article', article: ORIGINAL });
    const newText = `UPDATE: figures corrected.\n\n${TEXT.replace('Opponents argued that the money should go to the ferry service instead.', '')}`;
    const edited = { ...ORIGINAL, contentHash: 'c3'.repeat(32), title: 'Sea wall (corrected)', words: 40 };
    const identity: ArticleRef = { path: edited.path, contentHash: edited.contentHash, title: edited.title };

    const next = reanchoredNotes([cost, ferry, articleNote], edited, newText);
    const [start, end] = codePointsOf(newText, '4.2 million euros');
    expect(next).toEqual([
      { ...cost, article: identity, anchor: { quote: cost.anchor!.quote, position: { start, end } } },
      { ...ferry, article: identity, status: 'orphaned' },
      { ...articleNote, article: identity },
    ]);
    expect(reanchorSummary(next)).toEqual({ anchored: 1, orphaned: 1 });
  });
});
