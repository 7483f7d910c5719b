// Every note query and mutation, each in a Dexie transaction, each answering with a typed
// result instead of throwing, so the UI can show a plain message and keep the user's text.
// The only module besides db.ts that touches Dexie; where notes attach is note-attachment.ts.
import { BLOCKED_MESSAGE, openNotesDb, TOO_NEW_MESSAGE, type NotesDb, type OpenNotesDbOptions } from './db';
import {
  DEFAULT_NOTE_COLOR,
  normalizeTags,
  noteSchema,
  type ArticleRef,
  type Note,
  type NoteChanges,
  type NoteDraft,
} from './model';
import {
  attachedNotes,
  reanchoredNotes,
  reanchorSummary,
  refOf,
  type AttachSummary,
  type FolderKey,
  type ReanchorSummary,
} from './note-attachment';
import { attemptNotes, invalidNote, NOT_FOUND_MESSAGE, type Result } from './notes-result';
import { byUpdatedDescending, compileFilter, NoteSearchIndex, type NoteFilter } from './search-index';

export interface ImportSummary {
  added: number;
  /** Ids of the notes added (lower case), so the caller can attach and re-anchor them. */
  ids: string[];
  /** Already present (same id), here or earlier in the same import. */
  skipped: number;
}

export interface NotesRepoOptions {
  readOnly?: boolean;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

export class NotesRepo {
  private index: Promise<NoteSearchIndex> | null = null;
  private readonly now: () => Date;
  readonly readOnly: boolean;

  constructor(
    private readonly db: NotesDb,
    options: NotesRepoOptions = {},
  ) {
    this.readOnly = options.readOnly ?? false;
    this.now = options.now ?? (() => new Date());
  }

  async create(draft: NoteDraft): Promise<Result<Note>> {
    return this.write(async () => {
      const time = this.now().toISOString();
      const note: Note = {
        id: crypto.randomUUID(),
        body: draft.body ?? '',
        tags: normalizeTags(draft.tags ?? []),
        color: draft.color ?? DEFAULT_NOTE_COLOR,
        created: time,
        updated: time,
        scope: draft.scope,
        folder: draft.folder,
        ...(draft.folderId && { folderId: draft.folderId }),
        ...(draft.article && { article: refOf(draft.article) }),
        ...(draft.anchor && {
          anchor: { quote: { ...draft.anchor.quote }, position: { ...draft.anchor.position } },
        }),
        ...(draft.comparison && {
          comparison: { left: refOf(draft.comparison.left), right: refOf(draft.comparison.right) },
        }),
        status: 'anchored',
      };
      const invalid = invalidNote(note);
      if (invalid) return invalid;
      await this.db.transaction('rw', this.db.notes, () => this.db.notes.add(note));
      await this.indexed((index) => index.set(note));
      return { ok: true, value: note };
    });
  }

  /** Changes body, tags or colour and bumps `updated`. */
  async update(id: string, changes: NoteChanges): Promise<Result<Note>> {
    return this.write(async () => {
      const updated = await this.db.transaction('rw', this.db.notes, async () => {
        const note = await this.db.notes.get(id);
        if (!note) return null;
        const next: Note = {
          ...note,
          ...(changes.body !== undefined && { body: changes.body }),
          ...(changes.tags !== undefined && { tags: normalizeTags(changes.tags) }),
          ...(changes.color !== undefined && { color: changes.color }),
          updated: laterIso(this.now(), note.updated),
        };
        const invalid = invalidNote(next);
        if (invalid) return invalid;
        await this.db.notes.put(next);
        return next;
      });
      if (!updated) return { ok: false, error: { kind: 'not-found', message: NOT_FOUND_MESSAGE } };
      if ('ok' in updated) return updated;
      await this.indexed((index) => index.set(updated));
      return { ok: true, value: updated };
    });
  }

  /** Deletes a note and hands it back, so "Undo" can pass it to `restore`. */
  async remove(id: string): Promise<Result<Note>> {
    return this.write(async () => {
      const removed = await this.db.transaction('rw', this.db.notes, async () => {
        const note = await this.db.notes.get(id);
        if (note) await this.db.notes.delete(id);
        return note;
      });
      if (!removed) return { ok: false, error: { kind: 'not-found', message: NOT_FOUND_MESSAGE } };
      await this.indexed((index) => index.delete(id));
      return { ok: true, value: removed };
    });
  }

  /** Puts a deleted note back exactly as it was (a second restore changes nothing). */
  async restore(note: Note): Promise<Result<Note>> {
    return this.write(async () => {
      const invalid = invalidNote(note);
      if (invalid) return invalid;
      const restored = await this.db.transaction('rw', this.db.notes, async () => {
        const existing = await this.db.notes.get(note.id);
        if (existing) return existing;
        await this.db.notes.add(note);
        return note;
      });
      await this.indexed((index) => index.set(restored));
      return { ok: true, value: restored };
    });
  }

  async get(id: string): Promise<Result<Note>> {
    return this.read(async () => {
      const [note] = this.readable([await this.db.notes.get(id)]);
      return note
        ? { ok: true, value: note }
        : { ok: false, error: { kind: 'not-found', message: NOT_FOUND_MESSAGE } };
    });
  }

  /** Notes the filter allows, newest first, read from the database (for export and lists). */
  async list(filter: NoteFilter = {}): Promise<Result<Note[]>> {
    return this.read(async () => {
      const notes = await this.db.transaction('r', this.db.notes, () => this.candidates(filter).toArray());
      const value = this.readable(notes).filter(compileFilter(filter)).sort(byUpdatedDescending);
      return { ok: true, value };
    });
  }

  /**
   * Search as you type: every word of `query` must appear in the body, quote or tags (case and
   * accents ignored); newest first. Answers from memory after the first call.
   */
  async search(query: string, filter: NoteFilter = {}): Promise<Result<Note[]>> {
    return this.read(async () => ({ ok: true, value: (await this.loadIndex()).search(query, filter) }));
  }

  /** Every tag in use, sorted for a filter menu. */
  async tags(): Promise<Result<string[]>> {
    return this.read(async () => {
      // A newer schema may not have the tags index (read-only mode): collect them instead.
      const keys = this.readOnly
        ? [...new Set(this.readable(await this.db.notes.toArray()).flatMap((note) => note.tags))]
        : (await this.db.notes.orderBy('tags').uniqueKeys()).map(String);
      const value = keys.sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
      return { ok: true, value };
    });
  }

  /**
   * After `article` changed on disk: re-anchors this folder's notes on it to `text` (the
   * article's text now; see reanchoredNotes) in one transaction.
   */
  async reanchorForArticle(
    folderId: string,
    article: ArticleRef,
    text: string,
  ): Promise<Result<ReanchorSummary>> {
    return this.write(async () => {
      const changed = await this.db.transaction('rw', this.db.notes, async () => {
        const notes = (await this.db.notes.where('article.path').equals(article.path).toArray()).filter(
          (note) => note.folderId === folderId,
        );
        const next = reanchoredNotes(notes, article, text);
        await this.db.notes.bulkPut(next);
        return next;
      });
      await this.indexed((index) => index.setMany(changed));
      return { ok: true, value: reanchorSummary(changed) };
    });
  }

  /**
   * Reconnects notes to the articles of the folder just opened (or rescanned), in one
   * transaction (see attachedNotes for how). Passage notes on an article edited in place wait
   * for reanchorForArticle (listed in the summary), so a crash in between cannot leave them
   * marked current with stale positions.
   */
  async attachNotesToArticles(
    folder: FolderKey,
    articles: readonly ArticleRef[],
  ): Promise<Result<AttachSummary>> {
    return this.write(async () => {
      const { changed, summary } = await this.db.transaction('rw', this.db.notes, async () => {
        const attached = attachedNotes(folder, articles, await this.db.notes.toArray());
        await this.db.notes.bulkPut(attached.changed);
        return attached;
      });
      await this.indexed((index) => index.setMany(changed));
      return { ok: true, value: summary };
    });
  }

  /**
   * Adds notes from an import in one transaction: all or nothing. A note whose id is already
   * stored (or came earlier in the same import) is skipped, never overwritten.
   */
  async importNotes(imported: readonly Note[]): Promise<Result<ImportSummary>> {
    return this.write(async () => {
      // A UUID in upper case is the same UUID: one note, stored under the lower-case id.
      const notes = imported.map((note) => ({ ...note, id: note.id.toLowerCase() }));
      for (const note of notes) {
        const invalid = invalidNote(note);
        if (invalid) return invalid;
      }
      const added = await this.db.transaction('rw', this.db.notes, async () => {
        const existing = await this.db.notes.bulkGet(notes.map((note) => note.id));
        const seen = new Set<string>();
        const fresh = notes.filter((note, i) => {
          if (existing[i] || seen.has(note.id)) return false;
          seen.add(note.id);
          return true;
        });
        await this.db.notes.bulkAdd(fresh);
        return fresh;
      });
      await this.indexed((index) => index.setMany(added));
      return {
        ok: true,
        value: {
          added: added.length,
          ids: added.map((note) => note.id),
          skipped: notes.length - added.length,
        },
      };
    });
  }

  /**
   * Notes as this version understands them. A newer Variorum's notes (read-only mode) are
   * checked one by one: those this version cannot show are left out, and never rewritten.
   */
  private readable(notes: readonly (Note | undefined)[]): Note[] {
    const present = notes.filter((note): note is Note => note !== undefined);
    if (!this.readOnly) return present;
    return present.flatMap((note) => {
      const parsed = noteSchema.safeParse(note);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /**
   * The narrowest index query for a filter; compileFilter does the rest. Tags are matched
   * ignoring case, which Dexie's equalsIgnoreCase does with a cursor walk far slower than a
   * scan, so the tags index serves only the tag list.
   */
  private candidates(filter: NoteFilter) {
    const notes = this.db.notes;
    // A newer schema may have dropped or renamed indexes: scan everything.
    if (this.readOnly) return notes.toCollection();
    if (filter.article?.path !== undefined) return notes.where('article.path').equals(filter.article.path);
    if (filter.article?.contentHash !== undefined) {
      return notes.where('article.contentHash').equals(filter.article.contentHash);
    }
    if (filter.folderId !== undefined) return notes.where('folderId').equals(filter.folderId);
    if (filter.folder !== undefined) return notes.where('folder').equals(filter.folder);
    if (filter.status !== undefined) return notes.where('status').equals(filter.status);
    return notes.toCollection();
  }

  private loadIndex(): Promise<NoteSearchIndex> {
    if (!this.index) {
      const loading = this.db.notes.toArray().then((notes) => new NoteSearchIndex(this.readable(notes)));
      this.index = loading;
      // A failed load is retried by the next search rather than remembered.
      loading.catch(() => {
        if (this.index === loading) this.index = null;
      });
    }
    return this.index;
  }

  /**
   * Applies a committed change to the search index, if it has been loaded or is loading. A
   * load that began before the change read the database before it, so the change is applied
   * after the load; the updates are idempotent, so a load that already saw it is unharmed.
   */
  private async indexed(apply: (index: NoteSearchIndex) => void): Promise<void> {
    if (!this.index) return;
    try {
      apply(await this.index);
    } catch {
      // The load failed and will be retried from the database, which has the change.
    }
  }

  private async write<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
    if (this.readOnly) return { ok: false, error: { kind: 'read-only', message: TOO_NEW_MESSAGE } };
    return attemptNotes(operation, 'saved');
  }

  private async read<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
    return attemptNotes(operation, 'read');
  }
}

export type OpenNotesRepoResult =
  | { ok: true; repo: NotesRepo; readOnly: false }
  | { ok: true; repo: NotesRepo; readOnly: true; message: string }
  | { ok: false; message: string };

/** Opens the database and wraps it in a repository (read-only when a newer Variorum wrote it). */
export async function openNotesRepo(
  name?: string,
  options: OpenNotesDbOptions & Pick<NotesRepoOptions, 'now'> = {},
): Promise<OpenNotesRepoResult> {
  const opened = await openNotesDb(name, options);
  if (!opened.ok) return opened;
  const repo = new NotesRepo(opened.db, { readOnly: opened.readOnly, now: options.now });
  return opened.readOnly
    ? { ok: true, repo, readOnly: true, message: opened.message }
    : { ok: true, repo, readOnly: false };
}

/** Re-exported so the notes UI needs only this module: show it when `onBlocked` is called. */
export { BLOCKED_MESSAGE };
export type { Result } from './notes-result';

/** `now`, or a millisecond after `previous` if the clock has not moved past it. */
function laterIso(now: Date, previous: string): string {
  const later = Math.max(now.getTime(), Date.parse(previous) + 1);
  return new Date(later).toISOString();
}
