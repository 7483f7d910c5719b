// Notes survive upgrades: a database seeded raw at each shipped schema version opens in the
// current one with nothing lost, and one written by a newer Variorum is opened read-only and
// left exactly as it was.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTES_SCHEMA_VERSION, openNotesDb, TOO_NEW_MESSAGE, type NotesDb } from './db';
import type { Note } from './model';

interface StoreShape {
  keyPath: string;
  /** [name, keyPath, multiEntry] as Dexie creates them from the schema string. */
  indexes: [string, string, boolean][];
}

interface ShippedVersion {
  version: number;
  stores: Record<string, StoreShape>;
  /** Notes as that version wrote them. */
  seed: object[];
  /** The same notes as the current version must read them. */
  expected: Note[];
}

const V1_NOTE: Note = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  body: 'The **mayor** changed the figure overnight.',
  tags: ['numbers', 'correction'],
  color: 'yellow',
  created: '2026-03-02T09:15:00.000Z',
  updated: '2026-03-02T09:20:00.000Z',
  scope: 'passage',
  folder: 'harbour',
  article: { path: 'a/original.txt', contentHash: 'a'.repeat(64), title: 'Sea wall approved' },
  anchor: {
    quote: { exact: 'cost 4.2 million euros', prefix: 'the wall would ', suffix: ' and take two years' },
    position: { start: 120, end: 142 },
  },
  comparison: {
    left: { path: 'a/original.txt', contentHash: 'a'.repeat(64), title: 'Sea wall approved' },
    right: { path: 'b/updated.txt', contentHash: 'b'.repeat(64), title: 'Sea wall approved (updated)' },
  },
  status: 'anchored',
};

const V1_FOLDER_NOTE: Note = {
  id: '9f1c2a4e-7d3b-4c6a-8e5f-0a1b2c3d4e5f',
  body: 'Ask the desk which outlet ran first.',
  tags: [],
  color: 'blue',
  created: '2026-03-01T08:00:00.000Z',
  updated: '2026-03-01T08:00:00.000Z',
  scope: 'folder',
  folder: 'harbour',
  status: 'anchored',
};

/** A note filed under a folder identity, as version 2 writes it. */
const V2_NOTE: Note = { ...V1_NOTE, folderId: '1d4a7f0e-3c2b-4a59-9e61-0f2b3c4d5e6f' };

/**
 * Every schema version that ever shipped, exactly as it shipped: never edit an entry. A new
 * version adds one entry (its stores, notes as it wrote them, and what the next version must
 * read), and the tests below then upgrade from every older version too.
 */
const SHIPPED: ShippedVersion[] = [
  {
    version: 1,
    stores: {
      notes: {
        keyPath: 'id',
        indexes: [
          ['updated', 'updated', false],
          ['folder', 'folder', false],
          ['tags', 'tags', true],
          ['article.path', 'article.path', false],
          ['article.contentHash', 'article.contentHash', false],
          ['status', 'status', false],
        ],
      },
    },
    seed: [V1_NOTE, V1_FOLDER_NOTE],
    expected: [V1_NOTE, V1_FOLDER_NOTE],
  },
  {
    version: 2,
    stores: {
      notes: {
        keyPath: 'id',
        indexes: [
          ['updated', 'updated', false],
          ['folder', 'folder', false],
          ['folderId', 'folderId', false],
          ['tags', 'tags', true],
          ['article.path', 'article.path', false],
          ['article.contentHash', 'article.contentHash', false],
          ['status', 'status', false],
        ],
      },
    },
    seed: [V2_NOTE, V1_FOLDER_NOTE],
    expected: [V2_NOTE, V1_FOLDER_NOTE],
  },
];

let counter = 0;
const freshName = (): string => `notes-db-test-${++counter}-${Math.random().toString(36).slice(2)}`;
const opened: { close(): void }[] = [];

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates a database by hand, as an older (or newer) Variorum would have left it. */
function seedRaw(
  name: string,
  nativeVersion: number,
  stores: Record<string, StoreShape>,
  rows: Record<string, object[]>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, nativeVersion);
    req.onupgradeneeded = () => {
      for (const [storeName, shape] of Object.entries(stores)) {
        const store = req.result.createObjectStore(storeName, { keyPath: shape.keyPath });
        for (const [index, keyPath, multiEntry] of shape.indexes)
          store.createIndex(index, keyPath, { multiEntry });
        for (const row of rows[storeName] ?? []) store.add(row);
      }
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

/** What is really on disk: version, stores with their indexes, and every row. */
async function inspectRaw(name: string): Promise<{
  version: number;
  stores: Record<string, StoreShape>;
  rows: Record<string, unknown[]>;
}> {
  const db = await request(indexedDB.open(name));
  try {
    const stores: Record<string, StoreShape> = {};
    const rows: Record<string, unknown[]> = {};
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      stores[storeName] = {
        keyPath: String(store.keyPath),
        indexes: Array.from(store.indexNames).map((indexName) => {
          const index = store.index(indexName);
          return [indexName, String(index.keyPath), index.multiEntry] as [string, string, boolean];
        }),
      };
      rows[storeName] = await request(store.getAll());
    }
    return { version: db.version, stores, rows };
  } finally {
    db.close();
  }
}

const sortIndexes = (stores: Record<string, StoreShape>): Record<string, StoreShape> =>
  Object.fromEntries(
    Object.entries(stores).map(([name, shape]) => [
      name,
      { ...shape, indexes: [...shape.indexes].sort((a, b) => a[0].localeCompare(b[0])) },
    ]),
  );

async function openCurrent(name: string): Promise<NotesDb> {
  const result = await openNotesDb(name);
  if (!result.ok) throw new Error(result.message);
  opened.push(result.db);
  expect(result.readOnly).toBe(false);
  return result.db;
}

describe('openNotesDb', () => {
  it('creates a new database at the current version with the last shipped schema', async () => {
    const name = freshName();
    const db = await openCurrent(name);
    db.close();
    const raw = await inspectRaw(name);
    const current = SHIPPED.find((shipped) => shipped.version === NOTES_SCHEMA_VERSION);
    // Changing the schema means shipping a new version: add it to SHIPPED.
    expect(current, `schema version ${NOTES_SCHEMA_VERSION} is missing from SHIPPED`).toBeDefined();
    expect(raw.version).toBe(NOTES_SCHEMA_VERSION * 10);
    expect(sortIndexes(raw.stores)).toEqual(sortIndexes(current!.stores));
  });

  describe.each(SHIPPED)('a database seeded at version $version', (shipped) => {
    it('opens in the current version with every note intact', async () => {
      const name = freshName();
      await seedRaw(name, shipped.version * 10, shipped.stores, { notes: shipped.seed });
      // Dexie warns, then patches, when the installed schema differs from the declared one.
      const warn = vi.spyOn(console, 'warn');
      const db = await openCurrent(name);
      expect(warn).not.toHaveBeenCalled();
      const notes = await db.notes.orderBy('id').toArray();
      expect(notes).toEqual([...shipped.expected].sort((a, b) => a.id.localeCompare(b.id)));
      expect(db.verno).toBe(NOTES_SCHEMA_VERSION);
    });
  });

  it('upgrades version 1 to one note per id, in lower case, keeping the latest edit', async () => {
    const name = freshName();
    const upper = V1_NOTE.id.toUpperCase();
    const olderCopy = { ...V1_NOTE, id: upper, body: 'imported copy', updated: '2026-03-01T00:00:00.000Z' };
    const onlyUpper = { ...V1_FOLDER_NOTE, id: V1_FOLDER_NOTE.id.toUpperCase() };
    const newerCopy: Note = {
      ...V1_NOTE,
      id: 'C0FFEE00-0000-4000-8000-000000000001',
      body: 'edited after import',
      updated: '2026-03-09T00:00:00.000Z',
    };
    const staleLower: Note = {
      ...newerCopy,
      id: newerCopy.id.toLowerCase(),
      body: 'original',
      updated: '2026-03-02T00:00:00.000Z',
    };
    await seedRaw(name, 10, SHIPPED[0]!.stores, {
      notes: [V1_NOTE, olderCopy, onlyUpper, newerCopy, staleLower],
    });
    const db = await openCurrent(name);
    expect(await db.notes.orderBy('id').toArray()).toEqual(
      [V1_NOTE, V1_FOLDER_NOTE, { ...newerCopy, id: staleLower.id }].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('opens a database from a newer Variorum read-only and leaves it exactly as it was', async () => {
    const name = freshName();
    const newer: Record<string, StoreShape> = {
      notes: {
        keyPath: 'id',
        indexes: [
          ['updated', 'updated', false],
          ['pinned', 'pinned', false],
        ],
      },
      sources: { keyPath: 'url', indexes: [] },
    };
    const newerNote = { ...V1_NOTE, pinned: 1, reactions: ['👍'] };
    await seedRaw(name, 990, newer, { notes: [newerNote], sources: [{ url: 'https://example.org' }] });
    const before = await inspectRaw(name);

    const result = await openNotesDb(name);
    expect(result).toMatchObject({ ok: true, readOnly: true, message: TOO_NEW_MESSAGE, foundVersion: 99 });
    if (!result.ok) return;
    expect(await result.db.notes.toArray()).toEqual([newerNote]);
    result.db.close();

    expect(await inspectRaw(name)).toEqual(before);
    expect(before.version).toBe(990);
  });

  it('tells the UI while another window holds up an upgrade, then finishes it', async () => {
    const name = freshName();
    // An older build's connection that ignores requests to close.
    const old = await request(indexedDB.open(name, 5));
    old.onversionchange = () => {};
    const onBlocked = vi.fn();
    const opening = openNotesDb(name, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    old.close();
    const result = await opening;
    expect(result).toMatchObject({ ok: true, readOnly: false });
    if (result.ok) opened.push(result.db);
  });

  it('closes for good when another window upgrades, instead of reopening under the new schema', async () => {
    const name = freshName();
    const db = await openCurrent(name);
    await db.notes.add(V1_FOLDER_NOTE);
    const upgrade = indexedDB.open(name, (NOTES_SCHEMA_VERSION + 1) * 10);
    upgrade.onupgradeneeded = () => upgrade.result.createObjectStore('extra');
    const newer = await request(upgrade);
    newer.close();
    await expect(db.notes.toArray()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});
