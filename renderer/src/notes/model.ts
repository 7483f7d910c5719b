// What a note is: the stored shape (one source of truth for the database, the repository and
// the import validator), the draft the UI hands in, and the rules that keep a note whole.
import { z } from 'zod';

export type NoteScope = 'folder' | 'article' | 'passage';

/** `orphaned`: the passage the note was anchored to is gone from the article, or ambiguous. */
export type NoteStatus = 'anchored' | 'orphaned';

/** A fixed palette: imported files cannot smuggle arbitrary CSS into the notes pane. */
export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'grey'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];
export const DEFAULT_NOTE_COLOR: NoteColor = 'yellow';

/**
 * Which article a note is about. Notes follow an article by path first and by content when
 * the path is gone, so a renamed file (same content) or a file edited in place (same path)
 * keeps its notes.
 */
export interface ArticleRef {
  /** Path relative to the opened folder, with `/` separators, as main reports it. */
  path: string;
  /** SHA-256 (hex) of the article's decoded text when the note last matched it. */
  contentHash: string;
  title: string;
}

/** W3C TextQuoteSelector: the quoted text and about 32 code points of context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets in Unicode code points (not UTF-16 units) into the text. */
export interface TextPosition {
  start: number;
  end: number;
}

export interface Anchor {
  /** What the user selected, kept as they saw it even after the article changes. */
  quote: TextQuote;
  /** Where the quote is in the article's current text (updated by re-anchoring). */
  position: TextPosition;
}

/** The pair being compared when the note was written (left and right as shown then). */
export interface ComparisonRef {
  left: ArticleRef;
  right: ArticleRef;
}

export interface Note {
  /** UUID v4 (crypto.randomUUID); exported as `urn:uuid:<id>`. */
  id: string;
  /** Markdown. */
  body: string;
  tags: string[];
  color: NoteColor;
  /** ISO 8601 in UTC. */
  created: string;
  /** ISO 8601 in UTC; changes only when the user edits the note, not when it re-anchors. */
  updated: string;
  scope: NoteScope;
  /** Name of the opened folder the note belongs to (never a full path); for display. */
  folder: string;
  /**
   * The folder identity main issued (getFolderIdentity): which folder the note belongs to.
   * Missing on notes written before folder identities; the first folder of that name whose
   * articles they match claims them (see NotesRepo.attachNotesToArticles).
   */
  folderId?: string;
  /** Present for `article` and `passage` notes. */
  article?: ArticleRef;
  /** Present for `passage` notes only. */
  anchor?: Anchor;
  comparison?: ComparisonRef;
  /** Always `anchored` for folder and article notes. */
  status: NoteStatus;
}

/** What the UI supplies to create a note; the repository adds id, times and status. */
export interface NoteDraft {
  scope: NoteScope;
  folder: string;
  folderId?: string;
  body?: string;
  tags?: string[];
  color?: NoteColor;
  article?: ArticleRef;
  anchor?: Anchor;
  comparison?: ComparisonRef;
}

/** The fields the user edits; anything else changes only through re-anchoring or re-attaching. */
export type NoteChanges = Partial<Pick<Note, 'body' | 'tags' | 'color'>>;

/** Trims tags, drops a leading '#' and empty ones, and keeps the first of case-insensitive twins. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

const articleRefSchema = z.object({
  path: z.string().min(1),
  contentHash: z.string(),
  title: z.string(),
});

const anchorSchema = z.object({
  quote: z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  position: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .refine((position) => position.end > position.start, 'the passage ends before it starts'),
});

/** Validates a whole note, including the rules that tie scope, article, anchor and status. */
export const noteSchema: z.ZodType<Note> = z
  .object({
    id: z.uuid(),
    body: z.string(),
    tags: z.array(z.string().min(1)),
    color: z.enum(NOTE_COLORS),
    created: z.iso.datetime(),
    updated: z.iso.datetime(),
    scope: z.enum(['folder', 'article', 'passage']),
    folder: z.string(),
    folderId: z.uuid().optional(),
    article: articleRefSchema.optional(),
    anchor: anchorSchema.optional(),
    comparison: z.object({ left: articleRefSchema, right: articleRefSchema }).optional(),
    status: z.enum(['anchored', 'orphaned']),
  })
  .superRefine((note, context) => {
    const problem = scopeProblem(note);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** Why a note's scope does not fit the rest of it, or null when it does. */
function scopeProblem(note: Pick<Note, 'scope' | 'article' | 'anchor' | 'status'>): string | null {
  switch (note.scope) {
    case 'folder':
      if (note.article || note.anchor) return 'a folder note cannot point at an article or passage';
      break;
    case 'article':
      if (!note.article) return 'an article note needs its article';
      if (note.anchor) return 'an article note cannot have a passage (use scope "passage")';
      break;
    case 'passage':
      if (!note.article || !note.anchor) return 'a passage note needs its article and passage';
      break;
  }
  if (note.scope !== 'passage' && note.status !== 'anchored') {
    return 'only passage notes can be orphaned';
  }
  return null;
}
