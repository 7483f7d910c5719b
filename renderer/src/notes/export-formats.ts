// Notes as files (pure): Markdown to read and quote from, CSV for spreadsheets and qualitative
// analysis, and W3C Web Annotation JSON-LD that imports back without losing anything.
// Main writes the strings to disk; nothing here touches it.
import { z } from 'zod';
import { NOTE_COLORS, noteSchema, type ArticleRef, type Note } from './model';

/** What an export knows about an article beyond a note's own reference to it. */
export interface ArticleInfo extends ArticleRef {
  /** Outlet or source, when known. */
  source?: string | null;
  /** The article's date (YYYY-MM-DD), when known. */
  date?: string | null;
  /** The date is only the file's own time (shown as "file date"). */
  dateIsFileTime?: boolean;
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────

/**
 * One section per folder, then one per article (title, source, date, file), each note with its
 * quote as a block quote, its body as written, tags and times. `articles` supplies current
 * titles, sources and dates; a note's own reference stands in for articles not listed.
 */
export function toMarkdown(notes: readonly Note[], articles: readonly ArticleInfo[] = []): string {
  const info = new Map(articles.map((article) => [article.path, article]));
  const lines: string[] = [
    '# Variorum notes',
    '',
    `${notes.length} ${notes.length === 1 ? 'note' : 'notes'}`,
  ];
  for (const [folder, folderNotes] of groupBy(notes, (note) => note.folder).sort(byKey)) {
    lines.push('', `## ${escapeInline(folder || 'Folder')}`);
    const folderWide = folderNotes.filter((note) => !note.article);
    if (folderWide.length) {
      lines.push('', '### Notes on the folder');
      for (const note of [...folderWide].sort(byCreated)) lines.push(...noteLines(note));
    }
    const byArticle = groupBy(
      folderNotes.filter((note) => note.article),
      (note) => note.article!.path,
    ).map(([path, group]) => ({ article: info.get(path) ?? group[0]!.article!, group }));
    byArticle.sort(
      (a, b) =>
        a.article.title.localeCompare(b.article.title) || a.article.path.localeCompare(b.article.path),
    );
    for (const { article, group } of byArticle) {
      lines.push('', `### ${escapeInline(article.title || article.path)}`, '');
      const { source, date, dateIsFileTime } = article as ArticleInfo;
      const dated = date && `${escapeInline(date)}${dateIsFileTime ? ' (file date)' : ''}`;
      lines.push([source && escapeInline(source), dated, codeSpan(article.path)].filter(Boolean).join(' · '));
      for (const note of [...group].sort(inReadingOrder)) lines.push(...noteLines(note));
    }
  }
  return `${lines.join('\n')}\n`;
}

function noteLines(note: Note): string[] {
  const lines: string[] = ['', '---', ''];
  if (note.anchor) {
    lines.push(
      ...note.anchor.quote.exact.split(/\r\n|\r|\n/).map((line) => (line ? `> ${escapeLine(line)}` : '>')),
    );
    if (note.status === 'orphaned') lines.push('', '_This passage is no longer found in the article._');
    lines.push('');
  }
  const body = note.body.trim();
  if (body) lines.push(body, '');
  const meta = [
    note.tags.length ? `Tags: ${note.tags.map(escapeInline).join(', ')}` : '',
    note.comparison
      ? `Written comparing ${escapeInline(note.comparison.left.title)} with ${escapeInline(note.comparison.right.title)}`
      : '',
    `Created ${readableTime(note.created)}`,
    note.updated !== note.created ? `updated ${readableTime(note.updated)}` : '',
  ];
  lines.push(`_${meta.filter(Boolean).join(' · ')}_`);
  return lines;
}

/** Article notes first, then passages in the order they appear, orphans last. */
function inReadingOrder(a: Note, b: Note): number {
  const rank = (note: Note): number => (!note.anchor ? 0 : note.status === 'anchored' ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    (rank(a) === 1 ? a.anchor!.position.start - b.anchor!.position.start : 0) ||
    byCreated(a, b)
  );
}

const byCreated = (a: Note, b: Note): number => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
const byKey = <T>(a: [string, T], b: [string, T]): number => a[0].localeCompare(b[0]);

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return [...groups];
}

/** "2026-03-02 09:15 UTC": times are stored in UTC, and exports should not depend on the machine. */
function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Article text must read as text: characters Markdown would turn into formatting are escaped. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function escapeLine(line: string): string {
  // Also what would start a heading, list, quote or rule at the beginning of a line.
  return escapeInline(line)
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────

/**
 * One row per note: article (its path), quote, note, tags, created, updated. RFC 4180 quoting
 * and line ends, with a UTF-8 byte order mark so spreadsheets read accents right.
 */
export function toCsv(notes: readonly Note[]): string {
  const rows = [
    ['article', 'quote', 'note', 'tags', 'created', 'updated'],
    ...notes.map((note) => [
      note.article?.path ?? '',
      note.anchor?.quote.exact ?? '',
      note.body,
      note.tags.join('; '),
      note.created,
      note.updated,
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// ── W3C Web Annotation ──────────────────────────────────────────────────────────────────

const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Where Variorum's own fields live; a JSON literal, so other tools carry it along untouched. */
const VARIORUM_CONTEXT = {
  variorum: { '@id': 'https://variorum.app/ns/annotation#variorum', '@type': '@json' },
};
const FOLDER_URN = 'urn:variorum:folder:';

/** What the standard model has no place for, kept so that import loses nothing. */
interface VariorumExtension {
  scope: Note['scope'];
  folder: string;
  color: Note['color'];
  status: Note['status'];
  article?: ArticleRef;
  comparison?: Note['comparison'];
}

/**
 * An AnnotationCollection (one embedded page) of the notes: ids as `urn:uuid:`, the body as
 * text/markdown, tags as `tagging` bodies, passages as TextQuote and TextPosition selectors,
 * and Variorum's own fields under `variorum`.
 */
export function toWebAnnotation(notes: readonly Note[]): string {
  const items = notes.map((note) => {
    const variorum: VariorumExtension = {
      scope: note.scope,
      folder: note.folder,
      color: note.color,
      status: note.status,
      ...(note.article && { article: note.article }),
      ...(note.comparison && { comparison: note.comparison }),
    };
    const source = note.article
      ? encodeURI(note.article.path)
      : `${FOLDER_URN}${encodeURIComponent(note.folder)}`;
    return {
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: note.created,
      modified: note.updated,
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: note.body },
        ...note.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
      ],
      target: {
        source,
        ...(note.anchor && {
          selector: [
            { type: 'TextQuoteSelector', ...note.anchor.quote },
            { type: 'TextPositionSelector', ...note.anchor.position },
          ],
        }),
      },
      variorum,
    };
  });
  const collection = {
    '@context': [ANNOTATION_CONTEXT, VARIORUM_CONTEXT],
    type: 'AnnotationCollection',
    label: 'Variorum notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const articleRef = z.object({ path: z.string(), contentHash: z.string(), title: z.string() }).strict();

const annotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:/, 'expected an id starting with urn:uuid:'),
  type: z.literal('Annotation'),
  created: z.string(),
  modified: z.string(),
  body: z.array(
    z.object({
      type: z.literal('TextualBody'),
      purpose: z.enum(['commenting', 'tagging']),
      value: z.string(),
    }),
  ),
  target: z.object({
    source: z.string(),
    selector: z
      .array(
        z.discriminatedUnion('type', [
          z.object({
            type: z.literal('TextQuoteSelector'),
            exact: z.string(),
            prefix: z.string(),
            suffix: z.string(),
          }),
          z.object({ type: z.literal('TextPositionSelector'), start: z.number(), end: z.number() }),
        ]),
      )
      .optional(),
  }),
  variorum: z.object({
    scope: z.enum(['folder', 'article', 'passage']),
    folder: z.string(),
    color: z.enum(NOTE_COLORS),
    status: z.enum(['anchored', 'orphaned']),
    article: articleRef.optional(),
    comparison: z.object({ left: articleRef, right: articleRef }).strict().optional(),
  }),
});

const collectionSchema = z.object({
  '@context': z.union(
    [
      z.literal(ANNOTATION_CONTEXT),
      z.array(z.unknown()).refine((values) => values.includes(ANNOTATION_CONTEXT)),
    ],
    {
      error: `expected the Web Annotation context ${ANNOTATION_CONTEXT}`,
    },
  ),
  type: z.literal('AnnotationCollection'),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(annotationSchema) }).optional(),
});

export type ImportParse = { notes: Note[] } | { error: string };

/**
 * Reads a file written by toWebAnnotation. Any problem refuses the whole file with a message
 * naming the note and field; nothing is half-read.
 */
export function fromWebAnnotation(json: string): ImportParse {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'This file is not JSON, so it cannot be a Variorum notes export.' };
  }
  const parsed = collectionSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `This is not a Variorum notes export${where(issue.path)}: ${issue.message}.` };
  }
  const notes: Note[] = [];
  for (const [i, item] of (parsed.data.first?.items ?? []).entries()) {
    const note = noteSchema.safeParse(noteFrom(item));
    if (!note.success) {
      const issue = note.error.issues[0]!;
      const field = issue.path.length ? ` (${issue.path.join('.')})` : '';
      return { error: `Note ${i + 1} in this file cannot be imported${field}: ${issue.message}.` };
    }
    notes.push(note.data);
  }
  return { notes };
}

function noteFrom(item: z.infer<typeof annotationSchema>): Note {
  const { variorum } = item;
  const quote = item.target.selector?.find((selector) => selector.type === 'TextQuoteSelector');
  const position = item.target.selector?.find((selector) => selector.type === 'TextPositionSelector');
  return {
    id: item.id.slice('urn:uuid:'.length),
    body: item.body.find((body) => body.purpose === 'commenting')?.value ?? '',
    tags: item.body.filter((body) => body.purpose === 'tagging').map((body) => body.value),
    color: variorum.color,
    created: item.created,
    updated: item.modified,
    scope: variorum.scope,
    folder: variorum.folder,
    ...(variorum.article && { article: variorum.article }),
    ...(quote &&
      position && {
        anchor: {
          quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          position: { start: position.start, end: position.end },
        },
      }),
    ...(variorum.comparison && { comparison: variorum.comparison }),
    status: variorum.status,
  };
}

/** " (note 3, variorum.scope)" for a path like first.items.2.variorum.scope. */
function where(path: readonly PropertyKey[]): string {
  if (path[0] === 'first' && path[1] === 'items' && typeof path[2] === 'number') {
    const rest = path.slice(3).map(String).join('.');
    return ` (note ${path[2] + 1}${rest ? `, ${rest}` : ''})`;
  }
  return path.length ? ` (${path.map(String).join('.')})` : '';
}
