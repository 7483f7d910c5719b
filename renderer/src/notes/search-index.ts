// Filtering and search over notes held in memory (pure): the repository keeps one index,
// loaded once and updated after each committed change, so search-as-you-type never waits
// for IndexedDB.
import type { Note, NoteStatus } from './model';

export interface NoteFilter {
  /** A folder identity (Note.folderId): the notes of one folder. */
  folderId?: string;
  /** A folder's name: notes filed under any folder of that name. */
  folder?: string;
  /** Notes about this article (article and passage notes); give path, content hash or both. */
  article?: { path?: string; contentHash?: string };
  /** Compared case-insensitively. */
  tag?: string;
  /** Notes written while comparing these two paths, in either order ("this comparison"). */
  comparison?: { left: string; right: string };
  status?: NoteStatus;
}

/** The filter as one predicate, with only the checks it asks for: cheap to run on every note. */
export function compileFilter(filter: NoteFilter): (note: Note) => boolean {
  const checks: ((note: Note) => boolean)[] = [];
  const { folderId, folder, status, article, tag, comparison } = filter;
  if (folderId !== undefined) checks.push((note) => note.folderId === folderId);
  if (folder !== undefined) checks.push((note) => note.folder === folder);
  if (status !== undefined) checks.push((note) => note.status === status);
  if (article?.path !== undefined) checks.push((note) => note.article?.path === article.path);
  if (article?.contentHash !== undefined)
    checks.push((note) => note.article?.contentHash === article.contentHash);
  if (article && article.path === undefined && article.contentHash === undefined)
    checks.push((note) => !!note.article);
  if (tag !== undefined) {
    const wanted = tag.toLowerCase();
    checks.push((note) =>
      note.tags.some((own) => own.length === wanted.length && own.toLowerCase() === wanted),
    );
  }
  if (comparison) {
    const { left, right } = comparison;
    checks.push((note) => {
      const pair = note.comparison;
      if (!pair) return false;
      return (
        (pair.left.path === left && pair.right.path === right) ||
        (pair.left.path === right && pair.right.path === left)
      );
    });
  }
  return (note) => checks.every((check) => check(note));
}

/** Lower case without diacritics, so "Zurich" finds "Zürich" and "resume" finds "résumé". */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most notes are plain ASCII: skip the costly decomposition for them.
  return /[^ -~\s]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** Newest edit first; ties by id so the order is stable. */
export function byUpdatedDescending(a: Note, b: Note): number {
  if (a.updated !== b.updated) return a.updated < b.updated ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Entry {
  note: Note;
  /** Body, quote and tags, folded, separated so a term cannot span two of them. */
  haystack: string;
}

export class NoteSearchIndex {
  private readonly entries = new Map<string, Entry>();
  /** Entries newest first, rebuilt lazily after a change. */
  private ordered: Entry[] | null = null;

  constructor(notes: Iterable<Note> = []) {
    for (const note of notes) this.entries.set(note.id, entryFor(note));
  }

  get size(): number {
    return this.entries.size;
  }

  set(note: Note): void {
    this.setMany([note]);
  }

  /** Adds or replaces notes. A few are slotted into the order; many re-sort it once, later. */
  setMany(notes: readonly Note[]): void {
    const incremental = this.ordered !== null && notes.length <= 64;
    for (const note of notes) {
      const entry = entryFor(note);
      const previous = this.entries.get(note.id);
      this.entries.set(note.id, entry);
      if (!incremental || !this.ordered) continue;
      if (previous) this.ordered.splice(this.ordered.indexOf(previous), 1);
      this.ordered.splice(insertionPoint(this.ordered, entry), 0, entry);
    }
    if (!incremental) this.ordered = null;
  }

  delete(id: string): void {
    const previous = this.entries.get(id);
    if (!previous) return;
    this.entries.delete(id);
    this.ordered?.splice(this.ordered.indexOf(previous), 1);
  }

  /**
   * Notes matching every word of `query` (anywhere in body, quote or tags, ignoring case and
   * accents) and the filter, newest first. An empty query lists every note the filter allows.
   */
  search(query: string, filter: NoteFilter = {}): Note[] {
    const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
    const allowed = compileFilter(filter);
    this.ordered ??= [...this.entries.values()].sort((a, b) => byUpdatedDescending(a.note, b.note));
    const results: Note[] = [];
    for (const entry of this.ordered) {
      // The filter first: it is a few field comparisons, cheaper than scanning the text.
      if (allowed(entry.note) && terms.every((term) => entry.haystack.includes(term)))
        results.push(entry.note);
    }
    return results;
  }
}

/** Where `entry` belongs in newest-first order (binary search). */
function insertionPoint(ordered: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byUpdatedDescending(ordered[mid]!.note, entry.note) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function entryFor(note: Note): Entry {
  const parts = [note.body, note.anchor?.quote.exact ?? '', ...note.tags];
  return { note, haystack: foldForSearch(parts.join('\n')) };
}
