// Notes as files (pure): Markdown to read and quote from, CSV for spreadsheets and qualitative
// analysis, and W3C Web Annotation JSON-LD that imports back without losing anything.
// Main writes the strings to disk; nothing here touches it.
import { z } from 'zod';
import type { DateSource } from '../../../preload/contract';
import { DATE_SOURCE_WORDS, dateLabel } from '../../../preload/shared/date-label';
import { shortTitle } from '../../../preload/shared/short-title';
import { NOTE_COLORS, noteSchema, type ArticleRef, type Note } from './model';
import type { PassageReadings, SideReading } from './passage-readings';

/** Both sides' readings at passage notes, by note id (see passage-readings.ts). */
export type ReadingsByNote = ReadonlyMap<string, PassageReadings>;

/** What an export knows about an article beyond a note's own reference to it. */
export interface ArticleInfo extends ArticleRef {
  /** Outlet or source, when known. */
  source?: string | null;
  /** The article's date (YYYY-MM-DD), when known. */
  date?: string | null;
  /** The date is only the file's own time (shown as "file date"). */
  dateIsFileTime?: boolean;
  /** Where the date comes from (the article, its name, the file's time). */
  dateFrom?: DateSource | null;
}

/** Where the date comes from, as the CSV's "date source" column says it. */
function dateSourceOf(article: ArticleInfo): DateSource {
  return article.dateFrom ?? (article.dateIsFileTime ? 'file time' : 'stated');
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────

/**
 * One section per folder, then one per article (title, source, date, file), each note with its
 * quote as a block quote, what A and B read there with their paragraph numbers (from
 * `readings`), its body as written, tags and times. `articles` supplies current titles, sources
 * and dates; a note's own reference stands in for articles not listed.
 */
export function toMarkdown(
  notes: readonly Note[],
  articles: readonly ArticleInfo[] = [],
  readings: ReadingsByNote = new Map(),
): string {
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
      for (const note of [...folderWide].sort(byCreated))
        lines.push(...noteLines(note, info, readings.get(note.id)));
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
      lines.push('', `### ${escapeInline(shortTitle(article.title) || article.path)}`, '');
      const { source } = article as ArticleInfo;
      const dated = escapeInline(datedLabel(article));
      lines.push([source && escapeInline(source), dated, codeSpan(article.path)].filter(Boolean).join(' · '));
      for (const note of [...group].sort(inReadingOrder))
        lines.push(...noteLines(note, info, readings.get(note.id)));
    }
  }
  return `${lines.join('\n')}\n`;
}

function noteLines(
  note: Note,
  info: ReadonlyMap<string, ArticleInfo>,
  readings: PassageReadings | undefined,
): string[] {
  const lines: string[] = ['', '---', ''];
  if (note.anchor) {
    lines.push(
      ...note.anchor.quote.exact.split(/\r\n|\r|\n/).map((line) => (line ? `> ${escapeLine(line)}` : '>')),
    );
    if (note.status === 'orphaned') lines.push('', '_This passage is no longer found in the article._');
    lines.push('');
    if (readings) {
      lines.push(
        readingLine('A', readings.a, readings.moved),
        readingLine('B', readings.b, readings.moved),
        '',
      );
    }
  }
  const body = note.body.trim();
  if (body) lines.push(body, '');
  const meta = [
    note.tags.length ? `Tags: ${note.tags.map(escapeInline).join(', ')}` : '',
    note.comparison
      ? `Written comparing ${describeArticle(note.comparison.left, info)} with ${describeArticle(note.comparison.right, info)}`
      : '',
    `Created ${readableTime(note.created)}`,
    note.updated !== note.created ? `updated ${readableTime(note.updated)}` : '',
  ];
  lines.push(`_${meta.filter(Boolean).join(' · ')}_`);
  return lines;
}

/**
 * "- A, ¶12 (`a.txt`): the text there", or what stands there instead of text; "¶12, moved" on
 * both lines when the passage's paragraph moved between the versions.
 */
function readingLine(letter: 'A' | 'B', reading: SideReading, moved: boolean): string {
  const where =
    reading.paragraph === null ? 'no paragraph here' : `¶${reading.paragraph}${moved ? ', moved' : ''}`;
  const text = reading.text
    ? escapeInline(reading.text.replace(/\s+/g, ' '))
    : reading.paragraph === null
      ? '_(not in this version)_'
      : '_(nothing here: the words were removed or added)_';
  return `- ${letter}, ${where} (${codeSpan(reading.file)}): ${text}`;
}

/**
 * "Sea wall approved (`a/sea-wall.txt`, 2026-03-02)": title, file and date, so that two
 * versions with one title stay apart. The date is the one the article states when it states
 * one; a file's own time is marked as such.
 */
function describeArticle(ref: ArticleRef, info: ReadonlyMap<string, ArticleInfo>): string {
  const article = info.get(ref.path) ?? ref;
  const date = datedLabel(article);
  return `${escapeInline(shortTitle(article.title) || article.path)} (${[
    codeSpan(article.path),
    date && escapeInline(date),
  ]
    .filter(Boolean)
    .join(', ')})`;
}

/** "2026-03-02", "2026-03-02 (file date)", or '' when the date is unknown. */
function datedLabel(article: ArticleInfo): string {
  if (!article.date) return '';
  return dateLabel({ date: article.date, dateFrom: dateSourceOf(article) }) ?? '';
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

export const CSV_COLUMNS = [
  'note id',
  'scope',
  'file',
  'title',
  'source',
  'date',
  'date basis',
  'quote',
  'start',
  'end',
  'status',
  'note',
  'tags',
  'compared A',
  'compared B',
  'A paragraph',
  'A text',
  'B paragraph',
  'B text',
  'created',
  'updated',
] as const;

/**
 * One row per note, with the article's file, title, source and date (from `articles` when
 * listed, else the note's own reference), the passage's position in code points, whether it
 * is orphaned, both files of the comparison it was written in, and (from `readings`) what A and
 * B read at the passage with their paragraph numbers. RFC 4180 quoting and line
 * ends, a UTF-8 byte order mark so spreadsheets read accents right, and every cell that a
 * spreadsheet would run as a formula neutralised (see csvField).
 */
export function toCsv(
  notes: readonly Note[],
  articles: readonly ArticleInfo[] = [],
  readings: ReadingsByNote = new Map(),
): string {
  const info = new Map(articles.map((article) => [article.path, article]));
  const rows: string[][] = [
    [...CSV_COLUMNS],
    ...notes.map((note) => {
      const article: ArticleInfo | undefined = note.article && (info.get(note.article.path) ?? note.article);
      const date = article?.date ?? '';
      const read = readings.get(note.id);
      const paragraph = (side: SideReading | undefined): string =>
        side?.paragraph === null || side === undefined ? '' : String(side.paragraph);
      return [
        note.id,
        note.scope,
        article?.path ?? '',
        article?.title ?? '',
        article?.source ?? '',
        date,
        date && article ? DATE_SOURCE_WORDS[dateSourceOf(article)] : '',
        note.anchor?.quote.exact ?? '',
        note.anchor ? String(note.anchor.position.start) : '',
        note.anchor ? String(note.anchor.position.end) : '',
        note.status,
        note.body,
        note.tags.join('; '),
        note.comparison?.left.path ?? '',
        note.comparison?.right.path ?? '',
        paragraph(read?.a),
        read?.a.text ?? '',
        paragraph(read?.b),
        read?.b.text ?? '',
        note.created,
        note.updated,
      ];
    }),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a
 * note or a scraped title starting with `=HYPERLINK(…)` must stay text when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string): string {
  // OWASP's advice: a leading single quote, which spreadsheets show as text and do not run.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ── W3C Web Annotation ──────────────────────────────────────────────────────────────────

const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * Variorum's own namespace: a fixed UUID, because a `urn:uuid:` needs no domain (we own none).
 * Files written before it used `https://variorum.app/ns/annotation#variorum`; import reads both.
 */
export const VARIORUM_NAMESPACE = 'f8d5ade0-0384-4bd8-a518-a60068da6ca0';
/** Where Variorum's own fields live; a JSON literal, so other tools carry it along untouched. */
const VARIORUM_CONTEXT = {
  variorum: { '@id': `urn:uuid:${VARIORUM_NAMESPACE}#variorum`, '@type': '@json' },
};

/** What the standard model has no place for, kept so that import loses nothing. */
interface VariorumExtension {
  scope: Note['scope'];
  folder: string;
  folderId?: string;
  color: Note['color'];
  status: Note['status'];
  /** The article's path in its folder, content hash and title. */
  article?: ArticleRef;
  /** Both files of the comparison the note was written in. */
  comparison?: Note['comparison'];
}

/**
 * The IRI of an article's text: its SHA-256 as an RFC 6920 `ni:` URI, so the same text has the
 * same IRI wherever its file sits, and a renamed file keeps it. (A hash that is not SHA-256
 * hex, possible only in a hand-edited import, falls back to a name in Variorum's namespace.)
 */
export function articleIri(article: ArticleRef, folderKey: string): string {
  if (/^[0-9a-f]{64}$/i.test(article.contentHash)) {
    const bytes = article.contentHash.match(/../g)!.map((pair) => String.fromCharCode(parseInt(pair, 16)));
    const base64url = btoa(bytes.join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    return `ni:///sha-256;${base64url}`;
  }
  return `urn:uuid:${nameUuid(`article\u0000${folderKey}\u0000${article.path}`)}`;
}

/** The IRI of a folder: the identity main issued, or (older notes) one derived from its name. */
export function folderIri(note: Pick<Note, 'folder' | 'folderId'>): string {
  return `urn:uuid:${note.folderId ?? nameUuid(`folder\u0000${note.folder}`)}`;
}

/**
 * A name-based UUID (RFC 9562 version 8) in Variorum's namespace: the same name always gives
 * the same UUID. Four 32-bit FNV-1a lanes with different seeds; not cryptographic, and it need
 * not be — it only has to be stable and to keep distinct names apart.
 */
function nameUuid(name: string): string {
  const input = `${VARIORUM_NAMESPACE}\u0000${name}`;
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let lane = 0; lane < 4; lane++) {
    let hash = lanes[lane]!;
    for (let i = 0; i < input.length; i++) {
      hash ^= input.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
      hash ^= hash >>> (13 + lane);
    }
    lanes[lane] = hash >>> 0;
  }
  const hex = lanes.map((lane) => lane.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A reading's place in a target: which side, its file and paragraph (Variorum's own terms). */
interface ReadingExtension {
  side: 'A' | 'B';
  file: string;
  /** From 1, as `variorum diff` counts; null when this side has no paragraph there. */
  paragraph: number | null;
  /** This side's paragraph is the passage's paragraph moved elsewhere. */
  moved?: true;
}

/**
 * The note's targets when its pair's readings are known: first the passage where it was
 * written (quote and position), then the other version's reading at that place as a second
 * SpecificResource on that version's text, with a TextQuoteSelector (its words and their
 * context, empty where the words were cut) — the note is about the passage in both versions, as
 * the model's multiple targets say. Paragraph numbers have no place in the model (plain text has
 * no paragraph fragments), so each target carries them under `variorum`. A version without the
 * paragraph is targeted whole, by its IRI as `id` (an External Web Resource), with
 * `paragraph: null`.
 */
function passageTargets(
  note: Note,
  own: { source: string; selector: object[] },
  readings: PassageReadings,
): object[] {
  const pair = note.comparison!;
  const ownIsA = note.article!.path === pair.left.path;
  const [ownReading, otherReading] = ownIsA ? [readings.a, readings.b] : [readings.b, readings.a];
  const extension = (reading: SideReading, side: 'A' | 'B', moved: boolean): ReadingExtension => ({
    side,
    file: reading.file,
    paragraph: reading.paragraph,
    ...(moved && { moved: true as const }),
  });
  const otherSide = ownIsA ? 'B' : 'A';
  const otherSource = articleIri(ownIsA ? pair.right : pair.left, note.folderId ?? note.folder);
  const { text: exact, prefix, suffix } = otherReading;
  const otherExtension = extension(otherReading, otherSide, readings.moved);
  return [
    { ...own, variorum: extension(ownReading, ownIsA ? 'A' : 'B', false) },
    otherReading.paragraph === null
      ? // No passage to select: the version itself, as an External Web Resource.
        { id: otherSource, variorum: otherExtension }
      : {
          source: otherSource,
          selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }],
          variorum: otherExtension,
        },
  ];
}

/**
 * An AnnotationCollection (one embedded page) of the notes: ids as `urn:uuid:`, the body as
 * text/markdown, tags as `tagging` bodies, each article by an IRI of its text (articleIri),
 * passages as TextQuote and TextPosition selectors, and Variorum's own fields (path, title,
 * pair, folder, colour, status) under `variorum`. With `readings`, a passage note also targets
 * the other version's reading (see passageTargets). Checked against the W3C's own test suite.
 */
export function toWebAnnotation(notes: readonly Note[], readings: ReadingsByNote = new Map()): string {
  const items = notes.map((note) => {
    const variorum: VariorumExtension = {
      scope: note.scope,
      folder: note.folder,
      ...(note.folderId && { folderId: note.folderId }),
      color: note.color,
      status: note.status,
      ...(note.article && { article: note.article }),
      ...(note.comparison && { comparison: note.comparison }),
    };
    const source = note.article ? articleIri(note.article, note.folderId ?? note.folder) : folderIri(note);
    // A passage is a SpecificResource (source plus selectors); an article or folder is
    // targeted by its IRI alone, as the model's External Web Resource shorthand allows.
    const passage = note.anchor && {
      source,
      selector: [
        { type: 'TextQuoteSelector', ...note.anchor.quote },
        { type: 'TextPositionSelector', ...note.anchor.position },
      ],
    };
    const read = readings.get(note.id);
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
      target: passage ? (read && note.comparison ? passageTargets(note, passage, read) : passage) : source,
      variorum,
    };
  });
  // The same notes always give the same collection id, so an unchanged backup stays unchanged.
  const fingerprint = notes.map((note) => `${note.id}@${note.updated}`).join('\u0000');
  const collection = {
    '@context': [ANNOTATION_CONTEXT, VARIORUM_CONTEXT],
    id: `urn:uuid:${nameUuid(`collection\u0000${fingerprint}`)}`,
    type: 'AnnotationCollection',
    label: 'Variorum notes',
    total: items.length,
    first: {
      id: `urn:uuid:${nameUuid(`page\u0000${fingerprint}`)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/**
 * Of several targets, the note's own: the one with a TextPositionSelector (the other version's
 * reading has none), else the first. Readings are worked out afresh at each export, so the
 * others are not read back.
 */
function ownTarget(target: unknown): unknown {
  if (!Array.isArray(target)) return target;
  const positioned = target.find(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      Array.isArray((item as { selector?: unknown }).selector) &&
      (item as { selector: unknown[] }).selector.some(
        (selector) =>
          typeof selector === 'object' &&
          selector !== null &&
          (selector as { type?: unknown }).type === 'TextPositionSelector',
      ),
  );
  return positioned ?? target[0];
}

const articleRef = z.object({ path: z.string(), contentHash: z.string(), title: z.string() }).strict();

const annotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:/i, 'expected an id starting with urn:uuid:'),
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
  // Older files wrote { source } without selectors for article and folder notes, and one
  // target for a passage; now a passage with readings lists the other version's too.
  target: z.preprocess(
    ownTarget,
    z.union([
      z.string().transform((source) => ({ source, selector: undefined })),
      z.object({
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
    ]),
  ),
  variorum: z.object({
    scope: z.enum(['folder', 'article', 'passage']),
    folder: z.string(),
    folderId: z.string().optional(),
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
    // One note, one id: `urn:uuid:ABC…` and `urn:uuid:abc…` name the same UUID (RFC 9562).
    id: item.id.slice('urn:uuid:'.length).toLowerCase(),
    body: item.body.find((body) => body.purpose === 'commenting')?.value ?? '',
    tags: item.body.filter((body) => body.purpose === 'tagging').map((body) => body.value),
    color: variorum.color,
    created: item.created,
    updated: item.modified,
    scope: variorum.scope,
    folder: variorum.folder,
    ...(variorum.folderId && { folderId: variorum.folderId.toLowerCase() }),
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
