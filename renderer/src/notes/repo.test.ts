// The repository against a real (fake-indexeddb) database: every mutation is committed and
// searchable, deletes can be undone, notes follow renamed files, edited articles and renamed
// folders, imports are all-or-nothing, and storage errors come back as plain messages.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { selectorsFor } from './anchor';
import { NOTES_SCHEMA_VERSION, openNotesDb, type NotesDb } from './db';
import type { ArticleRef, NoteDraft } from './model';
import { NotesRepo, openNotesRepo, type Result } from './repo';
import { generateNotes, SEA_WALL, SEA_WALL_TEXT } from './test-notes';

const TEXT = SEA_WALL_TEXT;
const ORIGINAL = SEA_WALL;
const UPDATED: ArticleRef = {
  path: 'courier/sea-wall-2.txt',
  contentHash: 'b2'.repeat(32),
  title: 'Sea wall (updated)',
};

let counter = 0;
const open: NotesDb[] = [];

afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A repository on a fresh database, with a clock that moves a minute per call. */
async function freshRepo(): Promise<{ repo: NotesRepo; db: NotesDb }> {
  const result = await openNotesDb(`notes-repo-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  if (!result.ok) throw new Error(result.message);
  open.push(result.db);
  let minute = 0;
  const now = (): Date => new Date(Date.UTC(2026, 2, 2, 9, minute++));
  return { repo: new NotesRepo(result.db, { now }), db: result.db };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

const codePointsOf = (text: string, needle: string): [number, number] => {
  const start = Array.from(text.slice(0, text.indexOf(needle))).length;
  return [start, start + Array.from(needle).length];
};

/** Folder identities as main issues them: two different folders, both named "harbour". */
const HARBOUR = { id: '1d4a7f0e-3c2b-4a59-9e61-0f2b3c4d5e6f', name: 'harbour' };
const OTHER_HARBOUR = { id: '7e2f9a10-4b3c-4d5e-8f6a-1b2c3d4e5f60', name: 'harbour' };

const passageDraft = (needle: string, extra: Partial<NoteDraft> = {}): NoteDraft => ({
  scope: 'passage',
  folder: 'harbour',
  folderId: HARBOUR.id,
  article: ORIGINAL,
  anchor: selectorsFor(TEXT, ...codePointsOf(TEXT, needle)),
  body: `About “${needle}”.`,
  ...extra,
});

describe('creating, editing and deleting', () => {
  it('creates a note with an id, times, defaults and tidy tags, and stores it', async () => {
    const { repo, db } = await freshRepo();
    const note = value(
      await repo.create(passageDraft('4.2 million euros', { tags: [' #numbers ', 'Numbers', '', 'wall'] })),
    );
    expect(note.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(note).toMatchObject({
      created: '2026-03-02T09:00:00.000Z',
      updated: '2026-03-02T09:00:00.000Z',
      color: 'yellow',
      tags: ['numbers', 'wall'],
      status: 'anchored',
    });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('keeps only the identity of an article handed in as a whole summary', async () => {
    const { repo } = await freshRepo();
    const summary = { ...ORIGINAL, id: '0123456789abcdef', words: 40, bytes: 300, format: 'txt' };
    const note = value(await repo.create({ scope: 'article', folder: 'harbour', article: summary }));
    expect(note.article).toStrictEqual(ORIGINAL);
  });

  it('refuses a note whose parts do not fit its scope, and stores nothing', async () => {
    const { repo, db } = await freshRepo();
    const result = await repo.create({
      scope: 'passage',
      folder: 'harbour',
      article: ORIGINAL,
      body: 'draft',
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(!result.ok && result.error.message).toMatch(/needs its article and passage/);
    expect(await db.notes.count()).toBe(0);
  });

  it('updates body, tags and colour and bumps the updated time, nothing else', async () => {
    const { repo, db } = await freshRepo();
    const note = value(await repo.create(passageDraft('4.2 million euros')));
    const edited = value(
      await repo.update(note.id, { body: 'Changed **overnight**.', tags: ['numbers'], color: 'pink' }),
    );
    expect(edited).toEqual({
      ...note,
      body: 'Changed **overnight**.',
      tags: ['numbers'],
      color: 'pink',
      updated: '2026-03-02T09:01:00.000Z',
    });
    expect(await db.notes.get(note.id)).toEqual(edited);
  });

  it('moves the updated time forward even when the clock has not', async () => {
    const { db } = await freshRepo();
    const repo = new NotesRepo(db, { now: () => new Date('2026-03-02T09:00:00.000Z') });
    const note = value(await repo.create({ scope: 'folder', folder: 'harbour' }));
    const first = value(await repo.update(note.id, { body: 'a' }));
    const second = value(await repo.update(note.id, { body: 'ab' }));
    expect(first.updated > note.updated && second.updated > first.updated).toBe(true);
  });

  it('reports a missing note plainly', async () => {
    const { repo } = await freshRepo();
    const result = await repo.update('3b241101-e2bb-4255-8caf-4136c566a962', { body: 'x' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('deletes a note and undoes the delete with everything as it was', async () => {
    const { repo } = await freshRepo();
    const note = value(await repo.create(passageDraft('4.2 million euros', { tags: ['numbers'] })));
    expect(value(await repo.search('million'))).toHaveLength(1);

    const removed = value(await repo.remove(note.id));
    expect(removed).toEqual(note);
    expect(await repo.get(note.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(value(await repo.search('million'))).toHaveLength(0);

    expect(value(await repo.restore(removed))).toEqual(note);
    expect(value(await repo.restore(removed))).toEqual(note);
    expect(value(await repo.get(note.id))).toEqual(note);
    expect(value(await repo.search('million'))).toEqual([note]);
  });
});

describe('listing and searching', () => {
  async function seeded() {
    const { repo } = await freshRepo();
    const comparison = { left: ORIGINAL, right: UPDATED };
    const notes = {
      cost: value(await repo.create(passageDraft('4.2 million euros', { tags: ['Numbers'], comparison }))),
      ferry: value(
        await repo.create(
          passageDraft('ferry service', { body: 'Ferry fans in Zürich.', tags: ['framing'] }),
        ),
      ),
      folder: value(await repo.create({ scope: 'folder', folder: 'harbour', body: 'Call the café owner.' })),
      other: value(
        await repo.create({
          scope: 'article',
          folder: 'harbour',
          article: UPDATED,
          body: 'Résumé of changes',
          tags: ['numbers'],
        }),
      ),
      elsewhere: value(await repo.create({ scope: 'folder', folder: 'elections', body: 'Unrelated wall.' })),
    };
    return { repo, notes };
  }

  it('lists newest first, narrowed by folder, article, tag, comparison or status', async () => {
    const { repo, notes } = await seeded();
    const ids = async (filter: Parameters<NotesRepo['list']>[0]): Promise<string[]> =>
      value(await repo.list(filter)).map((note) => note.id);
    expect(await ids({})).toEqual([
      notes.elsewhere.id,
      notes.other.id,
      notes.folder.id,
      notes.ferry.id,
      notes.cost.id,
    ]);
    expect(await ids({ folder: 'harbour' })).toHaveLength(4);
    expect(await ids({ article: { path: ORIGINAL.path } })).toEqual([notes.ferry.id, notes.cost.id]);
    expect(await ids({ article: { contentHash: UPDATED.contentHash } })).toEqual([notes.other.id]);
    expect(await ids({ tag: 'NUMBERS' })).toEqual([notes.other.id, notes.cost.id]);
    expect(await ids({ tag: 'numbers', article: { path: ORIGINAL.path } })).toEqual([notes.cost.id]);
    expect(await ids({ comparison: { left: UPDATED.path, right: ORIGINAL.path } })).toEqual([notes.cost.id]);
    expect(await ids({ status: 'orphaned' })).toEqual([]);
  });

  it('searches bodies, quotes and tags, ignoring case and accents, every word required', async () => {
    const { repo, notes } = await seeded();
    const ids = async (query: string, filter = {}): Promise<string[]> =>
      value(await repo.search(query, filter)).map((note) => note.id);
    expect(await ids('MILLION euros')).toEqual([notes.cost.id]); // the quote
    expect(await ids('zurich')).toEqual([notes.ferry.id]); // the body, without its umlaut
    expect(await ids('cafe')).toEqual([notes.folder.id]);
    expect(await ids('resume')).toEqual([notes.other.id]);
    expect(await ids('framing')).toEqual([notes.ferry.id]); // a tag
    expect(await ids('numbers')).toEqual([notes.other.id, notes.cost.id]);
    expect(await ids('wall')).toEqual([notes.elsewhere.id]);
    expect(await ids('wall', { folder: 'harbour' })).toEqual([]);
    expect(await ids('ferry million')).toEqual([]);
    expect(await ids('  ', { folder: 'harbour' })).toHaveLength(4);
  });

  it('keeps search in step with every change once it has answered', async () => {
    const { repo, notes } = await seeded();
    expect(value(await repo.search('lighthouse'))).toEqual([]);
    const created = value(
      await repo.create({ scope: 'folder', folder: 'harbour', body: 'The lighthouse keeper.' }),
    );
    expect(value(await repo.search('lighthouse'))).toEqual([created]);
    value(await repo.update(notes.ferry.id, { body: 'Now about the lighthouse.' }));
    expect(value(await repo.search('lighthouse')).map((note) => note.id)).toEqual([
      notes.ferry.id,
      created.id,
    ]);
    value(await repo.remove(created.id));
    expect(value(await repo.search('lighthouse')).map((note) => note.id)).toEqual([notes.ferry.id]);
  });

  it('does not miss a change made while the search index is still loading', async () => {
    const { repo } = await freshRepo();
    const searching = repo.search('lighthouse');
    const creating = repo.create({ scope: 'folder', folder: 'harbour', body: 'lighthouse' });
    await Promise.all([searching, creating]);
    expect(value(await repo.search('lighthouse'))).toHaveLength(1);
  });

  it('lists every tag in use once, sorted', async () => {
    const { repo } = await seeded();
    expect(value(await repo.tags())).toEqual(['framing', 'Numbers', 'numbers']);
  });
});

describe('re-anchoring when an article changes', () => {
  it('moves passages to their new places, orphans the deleted one and records the new text', async () => {
    const { repo } = await freshRepo();
    const cost = value(await repo.create(passageDraft('4.2 million euros')));
    const ferry = value(await repo.create(passageDraft('ferry service')));
    const articleNote = value(
      await repo.create({ scope: 'article', folder: 'harbour', folderId: HARBOUR.id, article: ORIGINAL }),
    );
    // A note in another folder (of the same name) on a file with the same path is not this article.
    const otherFolder = value(
      await repo.create(passageDraft('ferry service', { folderId: OTHER_HARBOUR.id })),
    );

    const newText = `UPDATE: figures corrected.\n\n${TEXT.replace('Opponents argued that the money should go to the ferry service instead.', '')}`;
    const edited: ArticleRef = {
      ...ORIGINAL,
      contentHash: 'c3'.repeat(32),
      title: 'Sea wall approved (corrected)',
    };
    expect(value(await repo.reanchorForArticle(HARBOUR.id, edited, newText))).toEqual({
      anchored: 1,
      orphaned: 1,
    });

    const costNow = value(await repo.get(cost.id));
    expect(costNow.status).toBe('anchored');
    expect(costNow.article).toEqual(edited);
    expect(costNow.anchor!.position).toEqual({
      start: codePointsOf(newText, '4.2 million euros')[0],
      end: codePointsOf(newText, '4.2 million euros')[1],
    });
    expect(costNow.anchor!.quote).toEqual(cost.anchor!.quote);
    expect(costNow.updated).toBe(cost.updated);

    const ferryNow = value(await repo.get(ferry.id));
    expect(ferryNow).toEqual({ ...ferry, article: edited, status: 'orphaned' });
    expect(value(await repo.get(articleNote.id)).article).toEqual(edited);
    expect(value(await repo.get(otherFolder.id))).toEqual(otherFolder);
    expect(value(await repo.search('', { status: 'orphaned' })).map((note) => note.id)).toEqual([ferry.id]);
  });
});

describe('attaching notes, stored and searchable (every case: note-attachment.test.ts)', () => {
  const COPY: ArticleRef = { path: 'wire/sea-wall.txt', contentHash: 'd4'.repeat(32), title: 'Wire copy' };

  /** Notes of HARBOUR; with `legacy`, as written before folder identities (no folderId). */
  async function withNotes(legacy = false) {
    const { repo } = await freshRepo();
    const folderId = legacy ? undefined : HARBOUR.id;
    const passage = value(
      await repo.create(
        passageDraft('4.2 million euros', { folderId, comparison: { left: ORIGINAL, right: COPY } }),
      ),
    );
    const article = value(
      await repo.create({ scope: 'article', folder: 'harbour', folderId, article: ORIGINAL }),
    );
    const folderNote = value(
      await repo.create({ scope: 'folder', folder: 'harbour', folderId, body: 'Folder-wide' }),
    );
    return { repo, passage, article, folderNote };
  }

  it('follows a renamed file by its content, in notes and in remembered comparisons', async () => {
    const { repo, passage, article } = await withNotes();
    const renamed: ArticleRef = { ...ORIGINAL, path: 'courier/2026-03-02-sea-wall.txt' };
    const summary = value(await repo.attachNotesToArticles(HARBOUR, [renamed, COPY]));
    expect(summary).toMatchObject({ moved: 2, unmatched: 0, needsReanchor: [] });
    expect(value(await repo.get(passage.id))).toEqual({
      ...passage,
      article: renamed,
      comparison: { left: renamed, right: COPY },
    });
    expect(value(await repo.get(article.id)).article).toEqual(renamed);
    expect(value(await repo.list({ article: { path: renamed.path } }))).toHaveLength(2);
  });

  it('lets the first folder of their name with their articles claim notes from before identities', async () => {
    const { repo, passage, article, folderNote } = await withNotes(true);
    const summary = value(await repo.attachNotesToArticles(HARBOUR, [ORIGINAL, COPY]));
    expect(summary).toMatchObject({ adopted: 3, moved: 0 });
    expect(value(await repo.get(passage.id))).toEqual({ ...passage, folderId: HARBOUR.id });
    expect(value(await repo.get(folderNote.id))).toEqual({ ...folderNote, folderId: HARBOUR.id });
    // Claimed once: the other folder called "harbour" gets none of them.
    expect(value(await repo.attachNotesToArticles(OTHER_HARBOUR, [ORIGINAL, COPY])).adopted).toBe(0);
    expect(value(await repo.get(article.id)).folderId).toBe(HARBOUR.id);
  });
});

describe('importing', () => {
  it('adds new notes, skips ids already stored or repeated, all in one go', async () => {
    const { repo } = await freshRepo();
    const [a, b, c] = generateNotes(3, 7);
    value(await repo.importNotes([a!]));
    expect(value(await repo.importNotes([a!, b!, c!, b!]))).toEqual({
      added: 2,
      ids: [b!.id, c!.id],
      skipped: 2,
    });
    expect(
      value(await repo.list())
        .map((note) => note.id)
        .sort(),
    ).toEqual([a!.id, b!.id, c!.id].sort());
    expect(
      value(await repo.search(b!.body.split(' ').slice(0, 3).join(' '))).map((note) => note.id),
    ).toContain(b!.id);
  });

  it('takes an upper-case copy of a stored id for the same note', async () => {
    const { repo } = await freshRepo();
    const [a] = generateNotes(1, 12);
    value(await repo.importNotes([a!]));
    expect(value(await repo.importNotes([{ ...a!, id: a!.id.toUpperCase(), body: 'copy' }]))).toEqual({
      added: 0,
      ids: [],
      skipped: 1,
    });
    expect(value(await repo.list())).toEqual([a]);
  });

  it('imports nothing when one note is invalid', async () => {
    const { repo, db } = await freshRepo();
    const [a, b] = generateNotes(2, 8);
    const broken = { ...b!, scope: 'passage' as const, anchor: undefined };
    expect(await repo.importNotes([a!, broken])).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await db.notes.count()).toBe(0);
  });
});

/** A Dexie middleware that fails every write with the error IndexedDB gives on a full disk. */
function failWrites(db: NotesDb, failing: { on: boolean }): void {
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            failing.on
              ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
}

describe('storage errors', () => {
  it('answers a full disk with a plain message, leaves the stored note and the draft untouched', async () => {
    const { repo, db } = await freshRepo();
    const note = value(await repo.create(passageDraft('4.2 million euros')));
    db.close();
    const failing = { on: true };
    failWrites(db, failing);
    await db.open();

    const draft = passageDraft('ferry service', { body: 'A long thought I must not lose.' });
    const frozen = structuredClone(draft);
    const created = await repo.create(draft);
    expect(created).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(!created.ok && created.error.message).toMatch(/disk is full/);
    expect(draft).toEqual(frozen);

    expect(await repo.update(note.id, { body: 'edited' })).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    expect(await repo.importNotes(generateNotes(5, 3))).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    failing.on = false;
    expect(value(await repo.list())).toEqual([note]);
    expect(value(await repo.search(''))).toEqual([note]);
  });

  it('says the database was closed when another window upgraded it', async () => {
    const { repo, db } = await freshRepo();
    const upgrade = indexedDB.open(db.name, (NOTES_SCHEMA_VERSION + 1) * 10);
    await new Promise((resolve) => (upgrade.onsuccess = resolve));
    upgrade.result.close();
    const result = await repo.create({ scope: 'folder', folder: 'harbour', body: 'keep me' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'closed' } });
    expect(!result.ok && result.error.message).toMatch(/Restart Variorum/);
  });
});

describe('a database from a newer Variorum', () => {
  it('can be read and searched but not changed', async () => {
    const name = `notes-repo-newer-${++counter}`;
    const [note] = generateNotes(1, 5);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 990);
      req.onupgradeneeded = () =>
        req.result.createObjectStore('notes', { keyPath: 'id' }).add({ ...note, pinned: true });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const opened = await openNotesRepo(name);
    expect(opened).toMatchObject({ ok: true, readOnly: true });
    if (!opened.ok) return;
    const { repo } = opened;
    expect(value(await repo.list({ tag: note!.tags[0] ?? undefined }))).toEqual([note]);
    expect(value(await repo.search(note!.body.split(' ')[2]!))).toEqual([note]);
    expect(value(await repo.tags())).toEqual(
      [...note!.tags].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })),
    );
    const refused = await repo.update(note!.id, { body: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'read-only' } });
    expect(!refused.ok && refused.error.message).toMatch(/newer version of Variorum/);
    expect(await repo.importNotes(generateNotes(2, 9))).toMatchObject({
      ok: false,
      error: { kind: 'read-only' },
    });
  });
});
