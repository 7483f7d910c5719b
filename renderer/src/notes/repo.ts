// Every note query and mutation, each in a Dexie transaction, each answering with a typed
// result instead of throwing, so the UI can show a plain message and keep the user's text.
// The only module besides db.ts that touches Dexie.
import { reanchorAll } from './anchor';
import {
  BLOCKED_MESSAGE,
  CLOSED_MESSAGE,
  TOO_NEW_MESSAGE,
  openNotesDb,
  type NotesDb,
  type OpenNotesDbOptions,
} from './db';
import {
  DEFAULT_NOTE_COLOR,
  normalizeTags,
  noteSchema,
  type ArticleRef,
  type Note,
  type NoteChanges,
  type NoteDraft,
} from './model';
import { byUpdatedDescending, compileFilter, NoteSearchIndex, type NoteFilter } from './search-index';

export type NotesErrorKind =
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /** The database belongs to a newer Variorum: reading works, writing does not. */
  | 'read-only'
  /** Another window upgraded or deleted the database; this one must restart. */
  | 'closed'
  | 'not-found'
  /** The caller passed something that is not a valid note. */
  | 'invalid'
  | 'failed';

export interface NotesError {
  kind: NotesErrorKind;
  /** A sentence the UI can show as it is. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: NotesError };

export interface AttachSummary {
  /** Notes whose article was renamed or moved: found again by content. */
  moved: number;
  /**
   * Notes written before folder identities that this folder claimed: those on its articles,
   * and folder notes of its name (or of a renamed folder whose article notes all came along).
   */
  adopted: number;
  /** Notes whose article is not in this folder now; they are kept as they were. */
  unmatched: number;
  /**
   * Articles whose text changed since their passage notes last matched it: load each one's
   * text and call reanchorForArticle.
   */
  needsReanchor: ArticleRef[];
}

export interface ReanchorSummary {
  anchored: number;
  orphaned: number;
}

/** The folder notes are filed under: the identity main issued, and its name for display. */
export interface FolderKey {
  id: string;
  name: string;
}

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

const QUOTA_MESSAGE =
  'Notes could not be saved: the disk is full (or the space allowed for notes is used up). ' +
  'Free some space and try again; nothing was changed.';
const NOT_FOUND_MESSAGE = 'That note no longer exists; it may have been deleted.';

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
      const invalid = validate(note);
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
        const invalid = validate(next);
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
      const invalid = validate(note);
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
   * After `article` changed on disk: finds each passage note's quote in `text` (the article's
   * text now) and records where it is, or that it is orphaned. The notes then carry the
   * article's new content hash and title. `updated` is left alone: the user edited nothing.
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
        const passages = notes.filter((note) => note.anchor);
        const found = reanchorAll(
          text,
          passages.map((note) => note.anchor!),
        );
        const results = new Map(passages.map((note, i) => [note.id, found[i]!]));
        const next = notes.map((note): Note => {
          const result = results.get(note.id);
          const base: Note = { ...note, article: refOf(article) };
          if (!result) return base;
          if (result.status === 'orphaned') return { ...base, status: 'orphaned' };
          return {
            ...base,
            status: 'anchored',
            anchor: { quote: note.anchor!.quote, position: { start: result.start, end: result.end } },
          };
        });
        await this.db.notes.bulkPut(next);
        return next;
      });
      await this.indexed((index) => index.setMany(changed));
      const orphaned = changed.filter((note) => note.status === 'orphaned').length;
      return {
        ok: true,
        value: { anchored: changed.filter((note) => note.anchor).length - orphaned, orphaned },
      };
    });
  }

  /**
   * Reconnects notes to the articles of the folder just opened (or rescanned). A note's article
   * is found by path; if that path is gone, by content (a renamed or moved file). Passage
   * notes on an article edited in place wait for reanchorForArticle (listed in the summary),
   * so a crash in between cannot leave them marked current with stale positions. Only notes of
   * this folder identity are touched, and notes from before identities that this folder claims
   * (see AttachSummary.adopted); another folder's notes never move here, whatever its name.
   * A note matching nothing keeps all its data.
   */
  async attachNotesToArticles(
    folder: FolderKey,
    articles: readonly ArticleRef[],
  ): Promise<Result<AttachSummary>> {
    return this.write(async () => {
      const byPath = new Map(articles.map((article) => [article.path, refOf(article)]));
      const byHash = new Map<string, ArticleRef[]>();
      for (const article of byPath.values()) {
        byHash.set(article.contentHash, [...(byHash.get(article.contentHash) ?? []), article]);
      }
      const locate = (ref: ArticleRef): { article: ArticleRef; moved: boolean } | null => {
        const samePath = byPath.get(ref.path);
        if (samePath) return { article: samePath, moved: false };
        const sameContent = uniqueByContent(ref, byHash.get(ref.contentHash) ?? []);
        return sameContent ? { article: sameContent, moved: true } : null;
      };
      const isHere = (ref: ArticleRef): boolean => byPath.get(ref.path)?.contentHash === ref.contentHash;
      /** A note from before identities on an article of this folder. */
      const claims = (note: Note): boolean =>
        !!note.article &&
        (isHere(note.article) || (note.folder === folder.name && locate(note.article) !== null));

      const summary: AttachSummary = { moved: 0, adopted: 0, unmatched: 0, needsReanchor: [] };
      const changed = await this.db.transaction('rw', this.db.notes, async () => {
        const stored = await this.db.notes.toArray();

        // Per folder name, among notes from before identities: article notes, those claimed here,
        // and those here with the same path and content (a renamed folder when all of them are).
        const legacy = new Map<string, { total: number; claimed: number; here: number }>();
        for (const note of stored) {
          if (note.folderId !== undefined || !note.article) continue;
          const counts = legacy.get(note.folder) ?? { total: 0, claimed: 0, here: 0 };
          counts.total++;
          if (claims(note)) counts.claimed++;
          if (isHere(note.article)) counts.here++;
          legacy.set(note.folder, counts);
        }
        const claimsFolderNote = (name: string): boolean => {
          const counts = legacy.get(name);
          if (name === folder.name) return !counts || counts.claimed > 0;
          return !!counts && counts.here === counts.total;
        };

        const next: Note[] = [];
        const needsReanchor = new Map<string, ArticleRef>();
        for (const original of stored) {
          let note = original;
          if (note.folderId === undefined) {
            const claim = note.article ? claims(note) : claimsFolderNote(note.folder);
            if (!claim) continue;
            summary.adopted++;
          } else if (note.folderId !== folder.id) {
            continue;
          }
          note = { ...note, folderId: folder.id, folder: folder.name };
          if (note.article) {
            const found = locate(note.article);
            if (!found) {
              summary.unmatched++;
            } else {
              if (found.moved) summary.moved++;
              const textChanged = found.article.contentHash !== note.article.contentHash;
              if (textChanged && note.anchor) {
                needsReanchor.set(found.article.path, found.article);
                // The old hash stays until reanchorForArticle has found the passage in the new text.
                note = { ...note, article: { ...found.article, contentHash: note.article.contentHash } };
              } else {
                note = { ...note, article: found.article };
              }
            }
          }
          if (note.comparison) {
            const left = locate(note.comparison.left)?.article ?? note.comparison.left;
            const right = locate(note.comparison.right)?.article ?? note.comparison.right;
            note = { ...note, comparison: { left, right } };
          }
          if (!sameAttachment(note, original)) next.push(note);
        }
        await this.db.notes.bulkPut(next);
        summary.needsReanchor = [...needsReanchor.values()];
        return next;
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
        const invalid = validate(note);
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
    return attempt(operation, 'saved');
  }

  private async read<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
    return attempt(operation, 'read');
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

async function attempt<T>(operation: () => Promise<Result<T>>, verb: 'saved' | 'read'): Promise<Result<T>> {
  try {
    return await operation();
  } catch (error) {
    return { ok: false, error: notesErrorFrom(error, verb) };
  }
}

/** Turns what Dexie or IndexedDB threw into a kind and a sentence. */
export function notesErrorFrom(error: unknown, verb: 'saved' | 'read' = 'saved'): NotesError {
  // Dexie may wrap the cause: an abort's `inner`, a bulk operation's first failure.
  const wrapped = error as { inner?: unknown; failures?: unknown[] } | null;
  const names = [error, wrapped?.inner, wrapped?.failures?.[0]].map(
    (value) => (value as { name?: string } | null | undefined)?.name,
  );
  if (names.includes('QuotaExceededError')) return { kind: 'quota', message: QUOTA_MESSAGE };
  if (names.includes('DatabaseClosedError')) return { kind: 'closed', message: CLOSED_MESSAGE };
  if (names.includes('VersionError')) return { kind: 'read-only', message: TOO_NEW_MESSAGE };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message: `Notes could not be ${verb} (${detail}).` };
}

/** Re-exported so the notes UI needs only this module: show it when `onBlocked` is called. */
export { BLOCKED_MESSAGE };

function validate(note: Note): { ok: false; error: NotesError } | null {
  const parsed = noteSchema.safeParse(note);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return {
    ok: false,
    error: { kind: 'invalid', message: `This note cannot be saved${where}: ${issue?.message}.` },
  };
}

/** The one article with this content; among copies, the one with the same file name, if one. */
function uniqueByContent(ref: ArticleRef, candidates: readonly ArticleRef[]): ArticleRef | null {
  if (candidates.length === 1) return candidates[0]!;
  const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
  const sameName = candidates.filter((candidate) => name(candidate.path) === name(ref.path));
  return sameName.length === 1 ? sameName[0]! : null;
}

/** `now`, or a millisecond after `previous` if the clock has not moved past it. */
function laterIso(now: Date, previous: string): string {
  const later = Math.max(now.getTime(), Date.parse(previous) + 1);
  return new Date(later).toISOString();
}

/** Only the three identity fields: callers may pass whole article summaries. */
function refOf(article: ArticleRef): ArticleRef {
  return { path: article.path, contentHash: article.contentHash, title: article.title };
}

function sameRef(a: ArticleRef | undefined, b: ArticleRef | undefined): boolean {
  return a?.path === b?.path && a?.contentHash === b?.contentHash && a?.title === b?.title;
}

function sameAttachment(a: Note, b: Note): boolean {
  return (
    a.folder === b.folder &&
    a.folderId === b.folderId &&
    sameRef(a.article, b.article) &&
    sameRef(a.comparison?.left, b.comparison?.left) &&
    sameRef(a.comparison?.right, b.comparison?.right)
  );
}
