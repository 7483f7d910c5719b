// Which articles and passages notes belong to, decided without the database: when a folder
// opens (by path, else by content; claiming notes from before folder identities) and when an
// article's text changes (each passage found again, or orphaned). Pure.
import { reanchorAll } from './anchor';
import type { ArticleRef, Note } from './model';

/** The folder notes are filed under: the identity main issued, and its name for display. */
export interface FolderKey {
  id: string;
  name: string;
}

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

/**
 * How notes attach to the articles of the folder just opened (or rescanned): the notes that
 * change, and what happened. A note's article is found by path; if that path is gone, by
 * content (a renamed or moved file). Only notes of this folder identity are touched, and notes
 * from before identities that this folder claims (see AttachSummary.adopted); another
 * folder's notes never move here, whatever its name. A note matching nothing keeps its data.
 */
export function attachedNotes(
  folder: FolderKey,
  articles: readonly ArticleRef[],
  stored: readonly Note[],
): { changed: Note[]; summary: AttachSummary } {
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
  summary.needsReanchor = [...needsReanchor.values()];
  return { changed: next, summary };
}

/**
 * Finds each passage note's quote in `text` (the article's text now) and records where it is,
 * or that it is orphaned. All the notes then carry the article's new content hash and title;
 * `updated` is left alone: the user edited nothing.
 */
export function reanchoredNotes(notes: readonly Note[], article: ArticleRef, text: string): Note[] {
  const passages = notes.filter((note) => note.anchor);
  const found = reanchorAll(
    text,
    passages.map((note) => note.anchor!),
  );
  const results = new Map(passages.map((note, i) => [note.id, found[i]!]));
  return notes.map((note): Note => {
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
}

/** How many of the re-anchored notes' passages were found, and how many were lost. */
export function reanchorSummary(notes: readonly Note[]): ReanchorSummary {
  const orphaned = notes.filter((note) => note.status === 'orphaned').length;
  return { anchored: notes.filter((note) => note.anchor).length - orphaned, orphaned };
}

/** Only the three identity fields: callers may pass whole article summaries. */
export function refOf(article: ArticleRef): ArticleRef {
  return { path: article.path, contentHash: article.contentHash, title: article.title };
}

/** The one article with this content; among copies, the one with the same file name, if one. */
function uniqueByContent(ref: ArticleRef, candidates: readonly ArticleRef[]): ArticleRef | null {
  if (candidates.length === 1) return candidates[0]!;
  const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
  const sameName = candidates.filter((candidate) => name(candidate.path) === name(ref.path));
  return sameName.length === 1 ? sameName[0]! : null;
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
