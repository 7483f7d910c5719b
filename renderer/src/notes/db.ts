// The one Dexie instance and its versioned schema. Shipped versions are never edited: a change
// is a new version with an upgrade function and a test that upgrades a seeded older database.
// A database written by a newer Variorum is opened read-only, never upgraded or wiped.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Note } from './model';

export const NOTES_DB_NAME = 'variorum-notes';

/** The newest schema version this build knows (Dexie's number; IndexedDB stores ten times it). */
export const NOTES_SCHEMA_VERSION = 2;

export type NotesDb = Dexie & { notes: EntityTable<Note, 'id'> };

export type OpenNotesDbResult =
  | { ok: true; db: NotesDb; readOnly: false }
  | {
      ok: true;
      db: NotesDb;
      readOnly: true;
      /** A sentence for the notes pane saying why nothing can be changed. */
      message: string;
      /** The schema version found on disk. */
      foundVersion: number;
    }
  | { ok: false; message: string };

export const TOO_NEW_MESSAGE =
  'These notes were saved by a newer version of Variorum, so this version shows them read-only. ' +
  'Update Variorum to edit them.';

export const CLOSED_MESSAGE =
  'The notes database was closed because another Variorum window is upgrading it. ' +
  'Restart Variorum to keep working; nothing you saved is lost.';

export const BLOCKED_MESSAGE =
  'Another Variorum window is still using the notes in an older format. ' +
  'Close it to finish opening your notes.';

function declareSchema(db: Dexie): void {
  // Indexes serve the filters: newest first, by folder, tag, article path or content, status.
  db.version(1).stores({
    notes: 'id, updated, folder, *tags, article.path, article.contentHash, status',
  });
  // Version 2: notes belong to a folder identity that main issues (folderId), not to a folder's
  // name. Notes written before it have none until a folder claims them (see the repository).
  db.version(2)
    .stores({
      notes: 'id, updated, folder, folderId, *tags, article.path, article.contentHash, status',
    })
    .upgrade((tx) => foldIdCase(tx.table('notes')));
}

/**
 * Version 1 stored an imported upper-case copy of a UUID as a second note. A UUID is one id in
 * either case (RFC 9562): keep one note per id, in lower case, the most recently edited copy.
 */
async function foldIdCase(table: Table<Note, string>): Promise<void> {
  const notes = await table.toArray();
  const keep = new Map<string, Note>();
  for (const note of notes) {
    const id = note.id.toLowerCase();
    const other = keep.get(id);
    const lowerFirst = (a: Note, b: Note): boolean => a.id === id && b.id !== id;
    if (!other || note.updated > other.updated || (note.updated === other.updated && lowerFirst(note, other)))
      keep.set(id, note);
  }
  // Notes already stored as kept are left alone; the rest are deleted, and the kept copies
  // written back under their lower-case ids.
  const untouched = (note: Note): boolean => note.id === note.id.toLowerCase() && keep.get(note.id) === note;
  await table.bulkDelete(notes.filter((note) => !untouched(note)).map((note) => note.id));
  await table.bulkPut(
    [...keep.values()]
      .filter((note) => !untouched(note))
      .map((note) => ({ ...note, id: note.id.toLowerCase() })),
  );
}

export interface OpenNotesDbOptions {
  /** Called while another window's open connection holds up an upgrade (see BLOCKED_MESSAGE). */
  onBlocked?: () => void;
}

/**
 * Opens the notes database. Never throws: a failure comes back as a plain message, and a
 * database from a newer Variorum comes back read-only.
 */
export async function openNotesDb(
  name = NOTES_DB_NAME,
  options: OpenNotesDbOptions = {},
): Promise<OpenNotesDbResult> {
  try {
    // Dexie 4 opens a newer database without complaint (it retries a VersionError at the
    // installed version) and may even patch its indexes, so look before opening.
    const foundVersion = await installedVersion(name);
    if (foundVersion !== null && foundVersion > NOTES_SCHEMA_VERSION)
      return await openReadOnly(name, foundVersion);

    const db = new Dexie(name) as NotesDb;
    declareSchema(db);
    db.on('blocked', () => {
      options.onBlocked?.();
      return false; // instead of Dexie's console warning
    });
    // Dexie's default closes and silently reopens later at the old version; a closed
    // database that says so is safer than one reopened under a newer schema.
    db.on('versionchange', () => {
      db.close({ disableAutoOpen: true });
      return false;
    });
    await db.open();
    return { ok: true, db, readOnly: false };
  } catch (error) {
    return { ok: false, message: openFailureMessage(error) };
  }
}

/** The Dexie schema version of an existing database, or null if there is none yet. */
async function installedVersion(name: string): Promise<number | null> {
  const found = (await indexedDB.databases()).find((database) => database.name === name);
  return found?.version ? found.version / 10 : null;
}

async function openReadOnly(name: string, foundVersion: number): Promise<OpenNotesDbResult> {
  // Without declared versions Dexie opens whatever is installed and upgrades nothing.
  const dynamic = new Dexie(name);
  await dynamic.open();
  if (!dynamic.tables.some((table) => table.name === 'notes')) {
    dynamic.close();
    return { ok: false, message: `${TOO_NEW_MESSAGE} (This version cannot read them at all.)` };
  }
  const db = Object.assign(dynamic, { notes: dynamic.table('notes') as NotesDb['notes'] });
  return { ok: true, db, readOnly: true, message: TOO_NEW_MESSAGE, foundVersion };
}

function openFailureMessage(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your notes could not be opened: the disk is full. Free some space and restart Variorum.';
  }
  if (name === 'MissingAPIError') return 'Notes need IndexedDB, which is not available here.';
  const detail = error instanceof Error ? error.message : String(error);
  return `Your notes could not be opened (${detail}). They have not been changed.`;
}
