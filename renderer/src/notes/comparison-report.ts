// One comparison as a printable, self-contained HTML report (pure): both articles' facts, the
// aligned rows with their changes marked, and the notes on either article placed at their
// passages. Every piece of text is escaped; the page loads nothing and runs nothing.
import { dateLabel } from '../../../preload/shared/date-label';
import type { ArticleSummary, Comparison, ComparisonRow, Segment } from '../../../preload/contract';
import { NOTE_COLORS, type Note } from './model';
import { compileFilter } from './search-index';

type Side = 'left' | 'right';

/** Nothing may load and nothing may run, even if a file's text slipped past the escaping. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const KIND_LABEL: Record<ComparisonRow['kind'], string> = {
  equal: '',
  changed: 'Changed',
  added: 'Added in B',
  removed: 'Removed from A',
  moved: 'Moved',
};

/**
 * The report for `comparison`: passage notes on either article, and notes written while
 * comparing these two paths (in either order). `generatedAt` is printed, so the output is a
 * function of the arguments alone.
 */
export function comparisonReport(comparison: Comparison, notes: readonly Note[], generatedAt: Date): string {
  const { left, right } = comparison;
  const placed = arrangeNotes(comparison, notes);
  const title = `${left.title || left.path} → ${right.title || right.path}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Comparison: ${title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    headerHtml(comparison, generatedAt),
    placed.general.length
      ? section('Notes on this comparison', placed.general, comparison, placed.numbers)
      : '',
    rowsHtml(comparison, placed),
    placed.unplaced.length ? section('Other notes', placed.unplaced, comparison, placed.numbers) : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** What a folder report covers: the folder's notes, its articles, and the pairs they were written on. */
export interface FolderReportInput {
  folderName: string;
  /** Every note of the folder. */
  notes: readonly Note[];
  /** The folder's articles, for titles, sources and dates. */
  articles: readonly ArticleSummary[];
  /** Each comparison that has notes, computed as the app shows it. */
  comparisons: readonly Comparison[];
}

/**
 * The report of a whole folder: its folder notes; then each comparison that has notes, with
 * the rows holding noted passages (changes marked) and the comparison's other notes; then each
 * article's own notes and passages written outside those comparisons, with the article's facts.
 */
export function folderReport(input: FolderReportInput, generatedAt: Date): string {
  const numbers = new Map<Note, number>();
  const shown = new Set<Note>();
  const folderNotes = input.notes.filter((note) => !note.article).sort(byCreated);
  folderNotes.forEach((note) => numbers.set(note, numbers.size + 1));
  folderNotes.forEach((note) => shown.add(note));

  const comparisonSections = input.comparisons.map((comparison, index) => {
    const { left, right } = comparison;
    const written = compileFilter({ comparison: { left: left.path, right: right.path } });
    const mine = input.notes.filter((note) => !shown.has(note) && written(note));
    const placed = arrangeNotes(comparison, mine, numbers);
    mine.forEach((note) => shown.add(note));
    const rowId = (row: number): string => `c${index + 1}-row-${row + 1}`;
    return [
      `<section class="comparison" id="comparison-${index + 1}">`,
      `<h2 class="title">${escapeHtml(left.title || left.path)} → ${escapeHtml(right.title || right.path)}</h2>`,
      '<div class="articles">',
      articleHtml('A', left, 'h3'),
      articleHtml('B', right, 'h3'),
      '</div>',
      `<p class="stats"><strong>${Math.round(comparison.stats.similarity * 1000) / 10}% similar</strong></p>`,
      placed.general.length
        ? section('Notes on this comparison', placed.general, comparison, numbers, 'h3')
        : '',
      placed.atRow.size ? rowsHtml(comparison, placed, rowId, true) : '',
      placed.unplaced.length
        ? section('Passages no longer found', placed.unplaced, comparison, numbers, 'h3')
        : '',
      '</section>',
    ].join('\n');
  });

  const info = new Map(input.articles.map((article) => [article.path, article]));
  const byArticle = new Map<string, Note[]>();
  for (const note of input.notes) {
    if (shown.has(note) || !note.article) continue;
    byArticle.set(note.article.path, [...(byArticle.get(note.article.path) ?? []), note]);
  }
  const articleSections = [...byArticle]
    .map(([path, notes]) => ({ path, notes, title: info.get(path)?.title ?? notes[0]!.article!.title }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.path.localeCompare(b.path))
    .map(({ path, notes }) => {
      const ordered = [...notes].sort(
        (a, b) =>
          Number(!!a.anchor) - Number(!!b.anchor) ||
          (a.anchor?.position.start ?? 0) - (b.anchor?.position.start ?? 0) ||
          byCreated(a, b),
      );
      ordered.forEach((note) => numbers.set(note, numbers.size + 1));
      const summary = info.get(path);
      return [
        '<section class="article-notes">',
        summary
          ? articleHtml(null, summary, 'h3')
          : `<h3 class="title">${escapeHtml(ordered[0]!.article!.title || path)}</h3><p class="caveat">No longer in the folder: <code>${escapeHtml(path)}</code></p>`,
        ...ordered.map((note) => noteHtml(note, numbers, null, null)),
        '</section>',
      ].join('\n');
    });

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Notes: ${input.folderName}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1 class="title">Notes on ${escapeHtml(input.folderName || 'this folder')}</h1>`,
    `<p class="stats"><span>${counted(input.notes.length, 'note')}</span><span>${counted(input.comparisons.length, 'comparison')} with notes</span><span>${counted(articleSections.length, 'article')} with their own notes</span></p>`,
    `<p class="generated">Generated ${escapeHtml(readableTime(generatedAt.toISOString()))}. Deleted words are struck through, inserted words underlined.</p>`,
    '</header>',
    folderNotes.length ? section('Notes on the folder', folderNotes, null, numbers) : '',
    comparisonSections.length ? `<h2 class="part">Comparisons</h2>\n${comparisonSections.join('\n')}` : '',
    articleSections.length ? `<h2 class="part">Articles</h2>\n${articleSections.join('\n')}` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The pairs a folder report must compare: each distinct pair (in the order first written) that
 * a note of the folder was written on.
 */
export function notedPairs(notes: readonly Note[]): Array<{ left: string; right: string }> {
  const pairs = new Map<string, { left: string; right: string }>();
  for (const note of [...notes].sort(byCreated)) {
    if (!note.comparison) continue;
    const { left, right } = note.comparison;
    const key = [left.path, right.path].sort().join('\u0000');
    if (!pairs.has(key)) pairs.set(key, { left: left.path, right: right.path });
  }
  return [...pairs.values()];
}

// ── Placing notes ───────────────────────────────────────────────────────────────────────

/** A note found in a row: where its quote sits in that side's text (UTF-16 offsets). */
interface Placement {
  note: Note;
  start: number;
  end: number;
}

interface PlacedNotes {
  /** Notes on the comparison or a whole article: listed before the rows. */
  general: Note[];
  /** Per row and side, in reading order. */
  atRow: Map<string, Placement[]>;
  /** Passage notes whose quote no row contains. */
  unplaced: Note[];
  /** Report-wide note numbers, in document order (ids come from data and are not trusted). */
  numbers: Map<Note, number>;
}

const rowKey = (row: number, side: Side): string => `${row}:${side}`;

function arrangeNotes(
  comparison: Comparison,
  notes: readonly Note[],
  numbers: Map<Note, number> = new Map(),
): PlacedNotes {
  const { left, right } = comparison;
  const inThisComparison = compileFilter({ comparison: { left: left.path, right: right.path } });
  const texts = {
    left: comparison.rows.map((row) => sideText(row.left)),
    right: comparison.rows.map((row) => sideText(row.right)),
  };
  const general: Note[] = [];
  const unplaced: Note[] = [];
  const atRow = new Map<string, Placement[]>();
  for (const note of notes) {
    const path = note.article?.path;
    const onArticle = note.scope === 'passage' && (path === left.path || path === right.path);
    if (!onArticle && !inThisComparison(note)) continue;
    if (!note.anchor || (path !== left.path && path !== right.path)) {
      general.push(note);
      continue;
    }
    const side: Side = path === left.path ? 'left' : 'right';
    const found = findQuote(texts[side], note);
    if (!found) {
      unplaced.push(note);
      continue;
    }
    const key = rowKey(found.row, side);
    const list = atRow.get(key) ?? [];
    list.push({ note, start: found.start, end: found.end });
    atRow.set(key, list);
  }
  general.sort(byCreated);
  unplaced.sort(byCreated);
  for (const list of atRow.values()) list.sort((a, b) => a.start - b.start || byCreated(a.note, b.note));

  const assignNumber = (note: Note): void => void numbers.set(note, numbers.size + 1);
  general.forEach(assignNumber);
  comparison.rows.forEach((_, row) => {
    for (const side of ['left', 'right'] as const) {
      for (const placement of atRow.get(rowKey(row, side)) ?? []) assignNumber(placement.note);
    }
  });
  unplaced.forEach(assignNumber);
  return { general, atRow, unplaced, numbers };
}

/**
 * The row and offsets of a note's quote, preferring the occurrence whose surroundings best
 * match the saved context. A quote that runs over a paragraph break is looked for by its first
 * line, which ends the paragraph where the passage starts.
 */
function findQuote(texts: readonly string[], note: Note): { row: number; start: number; end: number } | null {
  const { exact, prefix, suffix } = note.anchor!.quote;
  const firstLine = exact.split(/\r\n|\r|\n/).find((line) => line.trim()) ?? '';
  for (const needle of [exact, firstLine]) {
    if (!needle.trim()) continue;
    let best: { row: number; start: number; end: number; score: number } | null = null;
    texts.forEach((text, row) => {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        const score = contextScore(text, at, at + needle.length, prefix, suffix);
        if (!best || score > best.score) best = { row, start: at, end: at + needle.length, score };
      }
    });
    if (best) return best;
  }
  return null;
}

/** How many characters of the saved context match right before `start` and right after `end`. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let before = 0;
  while (
    before < prefix.length &&
    before < start &&
    prefix[prefix.length - 1 - before] === text[start - 1 - before]
  )
    before++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && suffix[after] === text[end + after]) after++;
  return before + after;
}

const sideText = (segments: readonly Segment[]): string => segments.map((segment) => segment.text).join('');

const byCreated = (a: Note, b: Note): number => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);

// ── Header ──────────────────────────────────────────────────────────────────────────────

function headerHtml(comparison: Comparison, generatedAt: Date): string {
  const { left, right, stats } = comparison;
  const percent = Math.round(stats.similarity * 1000) / 10;
  const removedBlocks = comparison.removed.left.length + comparison.removed.right.length;
  return [
    '<header>',
    '<h1>Comparison report</h1>',
    '<div class="articles">',
    articleHtml('A', left),
    articleHtml('B', right),
    '</div>',
    '<p class="stats">',
    `<strong>${percent}% similar</strong>`,
    `<span class="stat-insert">${count(stats.wordsAdded)} words added</span>`,
    `<span class="stat-delete">${count(stats.wordsRemoved)} words removed</span>`,
    `<span>${count(stats.wordsMoved)} words moved</span>`,
    `<span>${count(stats.changedParagraphs)} of ${count(comparison.rows.length)} rows changed</span>`,
    '</p>',
    comparison.coarse
      ? '<p class="caveat">Parts of these texts were too long or too different to compare word by word; they are shown as whole paragraphs.</p>'
      : '',
    removedBlocks
      ? `<p class="caveat">Boilerplate removed before comparing: ${count(comparison.removed.left.length)} blocks from A, ${count(comparison.removed.right.length)} from B.</p>`
      : '',
    `<p class="generated">Generated ${escapeHtml(readableTime(generatedAt.toISOString()))}. Deleted words are struck through, inserted words underlined.</p>`,
    '</header>',
  ].join('\n');
}

function articleHtml(letter: 'A' | 'B' | null, article: ArticleSummary, level: 'h2' | 'h3' = 'h2'): string {
  const facts: [string, string][] = [
    ['File', article.path],
    ['Source', article.source ?? '—'],
    ['Date', dateLabel(article) ?? '—'],
    ['Words', count(article.words)],
  ];
  return [
    `<section class="article${letter ? ` article-${letter.toLowerCase()}` : ''}">`,
    `<${level} class="title">${letter ? `<span class="letter">${letter}</span> ` : ''}${escapeHtml(article.title || article.path)}</${level}>`,
    '<dl>',
    ...facts.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}

const count = (value: number): string => value.toLocaleString('en');
const counted = (value: number, noun: string): string => `${count(value)} ${noun}${value === 1 ? '' : 's'}`;

// ── Rows ────────────────────────────────────────────────────────────────────────────────

/**
 * The aligned rows. `rowId` makes each row's anchor (unique across a folder report); with
 * `notedOnly`, only rows holding a noted passage are shown, each still numbered as in the app.
 */
function rowsHtml(
  comparison: Comparison,
  placed: PlacedNotes,
  rowId: (row: number) => string = (row) => `row-${row + 1}`,
  notedOnly = false,
): string {
  const rowOfMove = new Map<string, number>();
  comparison.rows.forEach((row, index) => {
    if (row.kind !== 'moved') return;
    for (const side of ['left', 'right'] as const) {
      if (row[side].length) rowOfMove.set(`${row.move}:${side}`, index);
    }
  });
  const shown = (index: number): boolean =>
    !notedOnly || placed.atRow.has(rowKey(index, 'left')) || placed.atRow.has(rowKey(index, 'right'));
  const body = comparison.rows.flatMap((row, index) => {
    if (!shown(index)) return [];
    const label = row.kind === 'moved' ? `Move ${row.move}` : KIND_LABEL[row.kind];
    const cells = (['left', 'right'] as const).map((side) => {
      const segments = row[side];
      if (!segments.length) {
        // The empty end of a move points at the row where this side does have the paragraph.
        const other = rowOfMove.get(`${row.move}:${side}`);
        const link =
          row.kind === 'moved' && other !== undefined && shown(other)
            ? `<a class="move-link" href="#${rowId(other)}">${side === 'left' ? 'Was in A at' : 'Moves in B to'} row ${other + 1}</a>`
            : '';
        return `<td class="gap">${link}</td>`;
      }
      const placements = placed.atRow.get(rowKey(index, side)) ?? [];
      const notes = placements.map((placement) =>
        noteHtml(placement.note, placed.numbers, comparison, { row: index, id: rowId(index) }),
      );
      return [
        `<td class="cell">`,
        `<div class="text">${segmentsHtml(segments, placements, placed.numbers)}</div>`,
        notes.length ? `<div class="notes">${notes.join('\n')}</div>` : '',
        '</td>',
      ].join('');
    });
    return [
      `<tr class="row row-${row.kind}" id="${rowId(index)}">`,
      `<th scope="row"><a href="#${rowId(index)}">${index + 1}</a>${label ? `<span class="kind">${escapeHtml(label)}</span>` : ''}</th>`,
      ...cells,
      '</tr>',
    ].join('');
  });
  return [
    '<table class="rows">',
    '<colgroup><col class="col-number"><col class="col-side"><col class="col-side"></colgroup>',
    '<thead><tr><th scope="col">Row</th>',
    `<th scope="col">A · ${escapeHtml(comparison.left.title || comparison.left.path)}</th>`,
    `<th scope="col">B · ${escapeHtml(comparison.right.title || comparison.right.path)}</th></tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** A run of one side's text with one kind of marking. */
interface Piece {
  text: string;
  tag: 'del' | 'ins' | 'span' | null;
  className?: string;
}

const TAG_OF: Record<string, Piece['tag']> = { delete: 'del', insert: 'ins', normalized: 'span' };

/**
 * One side's text: changed words marked (the trailing space is left unmarked, as in the app),
 * quoted passages highlighted, and each passage followed by its note numbers.
 */
function segmentsHtml(
  segments: readonly Segment[],
  placements: readonly Placement[],
  numbers: ReadonlyMap<Note, number>,
): string {
  const pieces: Piece[] = [];
  for (const segment of segments) {
    const tag = TAG_OF[segment.op] ?? null;
    if (!tag) {
      pieces.push({ text: segment.text, tag: null });
      continue;
    }
    const word = segment.text.trimEnd();
    const className = segment.op === 'normalized' ? 'normalized' : undefined;
    if (segment.chars && segment.chars.map((part) => part.text).join('') === word) {
      for (const part of segment.chars) {
        if (part.text)
          pieces.push({ text: part.text, tag, className: part.op === 'equal' ? className : 'char' });
      }
    } else pieces.push({ text: word, tag, className });
    pieces.push({ text: segment.text.slice(word.length), tag: null });
  }
  // Split pieces where a quoted passage starts or ends, so marks never cross a tag.
  const cuts = [...new Set(placements.flatMap((placement) => [placement.start, placement.end]))].sort(
    (a, b) => a - b,
  );
  const html: string[] = [];
  const pending = [...placements];
  const flushEndingBy = (offset: number): void => {
    const ending = pending.filter((placement) => placement.end <= offset);
    if (!ending.length) return;
    html.push(...ending.map((placement) => noteReference(numbers.get(placement.note)!)));
    pending.splice(0, pending.length, ...pending.filter((placement) => placement.end > offset));
  };
  let offset = 0;
  for (const piece of pieces) {
    if (!piece.text) continue;
    let from = 0;
    for (const cut of [...cuts.filter((cut) => cut > offset && cut < offset + piece.text.length), Infinity]) {
      const to = Math.min(cut - offset, piece.text.length);
      const at = offset + from;
      const text = piece.text.slice(from, to);
      const quoted = placements.some((placement) => placement.start <= at && at < placement.end);
      const inner = piece.tag
        ? `<${piece.tag}${piece.className ? ` class="${piece.className}"` : ''}>${escapeHtml(text)}</${piece.tag}>`
        : escapeHtml(text);
      html.push(quoted ? `<mark>${inner}</mark>` : inner);
      flushEndingBy(offset + to);
      from = to;
      if (cut === Infinity) break;
    }
    offset += piece.text.length;
  }
  flushEndingBy(Infinity);
  return html.join('');
}

const noteReference = (number: number): string =>
  `<sup class="ref"><a href="#note-${number}">${number}</a></sup>`;

// ── Notes ───────────────────────────────────────────────────────────────────────────────

function section(
  heading: string,
  notes: readonly Note[],
  comparison: Pick<Comparison, 'left' | 'right'> | null,
  numbers: ReadonlyMap<Note, number>,
  level: 'h2' | 'h3' = 'h2',
): string {
  return [
    `<section class="note-section">`,
    `<${level}>${heading}</${level}>`,
    ...notes.map((note) => noteHtml(note, numbers, comparison, null)),
    `</section>`,
  ].join('\n');
}

function noteHtml(
  note: Note,
  numbers: ReadonlyMap<Note, number>,
  comparison: Pick<Comparison, 'left' | 'right'> | null,
  row: { row: number; id: string } | null,
): string {
  const number = numbers.get(note)!;
  const color = (NOTE_COLORS as readonly string[]).includes(note.color) ? note.color : 'grey';
  const where: string[] = [];
  if (row !== null) where.push(`<a href="#${row.id}">Row ${row.row + 1}</a>`);
  else if (note.article) {
    const letter =
      note.article.path === comparison?.left.path
        ? 'A'
        : note.article.path === comparison?.right.path
          ? 'B'
          : '';
    where.push(
      `${letter ? `On ${letter}: ` : 'On '}${escapeHtml(note.article.title || note.article.path)} <code>${escapeHtml(note.article.path)}</code>`,
    );
  }
  const times = [`Created ${readableTime(note.created)}`];
  if (note.updated !== note.created) times.push(`updated ${readableTime(note.updated)}`);
  const body = note.body.trim();
  return [
    `<article class="note color-${color}${note.status === 'orphaned' ? ' orphaned' : ''}" id="note-${number}">`,
    `<p class="note-head"><span class="note-number">Note ${number}</span>${where.map((part) => ` · ${part}`).join('')}</p>`,
    note.status === 'orphaned'
      ? '<p class="orphaned-label">Orphaned: this passage is no longer found in the article.</p>'
      : '',
    note.anchor ? `<blockquote>${escapeHtml(note.anchor.quote.exact)}</blockquote>` : '',
    body ? `<div class="note-body">${markdownHtml(body)}</div>` : '',
    note.tags.length
      ? `<p class="tags">${note.tags.map((tag) => `<span class="tag">#${escapeHtml(tag)}</span>`).join(' ')}</p>`
      : '',
    `<p class="times">${escapeHtml(times.join(' · '))}</p>`,
    '</article>',
  ].join('');
}

/** "2026-03-02 09:15 UTC", as in the Markdown export: the report should not depend on the machine. */
function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// ── Markdown, a small safe subset ───────────────────────────────────────────────────────

/**
 * Paragraphs and line breaks, with **bold**, *italic*, `code` and [links](http…). Anything else
 * (headings, lists, raw HTML, other link schemes) stays visible as the characters written.
 */
function markdownHtml(markdown: string): string {
  return markdown
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split(/\r\n|\r|\n/)
          .map(inlineHtml)
          .join('<br>')}</p>`,
    )
    .join('');
}

const INLINE =
  /\\([!-/:-@[-`{-~])|(`+)([^]*?[^`])\2(?!`)|\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*(?=\S)([^]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*|\b_(?=[^\s_])([^_]*?[^\s_])_\b/g;

function inlineHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    html += escapeHtml(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, escaped, , code, linkText, url, bold, star, underscore] = match;
    if (escaped !== undefined) html += escapeHtml(escaped);
    else if (code !== undefined) html += `<code>${escapeHtml(code.trim() || code)}</code>`;
    else if (linkText !== undefined) {
      const href = safeHref(url!);
      html += href
        ? `<a href="${escapeHtml(href)}" rel="noreferrer">${inlineHtml(linkText)}</a>`
        : escapeHtml(whole);
    } else if (bold !== undefined) html += `<strong>${inlineHtml(bold)}</strong>`;
    else html += `<em>${inlineHtml(star ?? underscore!)}</em>`;
  }
  return html + escapeHtml(text.slice(last));
}

/** The URL, normalised, when it is plain http(s); null for every other scheme. */
function safeHref(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// ── Style ───────────────────────────────────────────────────────────────────────────────

/** Light tints and a serif body: meant to be read on paper as much as on screen. */
const NOTE_TINTS: Record<(typeof NOTE_COLORS)[number], string> = {
  yellow: '#e6c200',
  green: '#4caf50',
  blue: '#4a90d9',
  pink: '#e05a9a',
  purple: '#8e6cc9',
  grey: '#9e9e9e',
};

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #1f1f1f; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
h3 { font-size: 1.02rem; margin: 0 0 .4rem; }
/* Titles wrap between words only: never cut, hyphenated or broken mid-word. */
.title, thead th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
h2.part { margin: 2rem 0 .6rem; border-bottom: 2px solid #bbb; }
.comparison, .article-notes { margin: 1.2rem 0 2rem; break-inside: auto; }
.article-notes > .article { margin-bottom: .4rem; }
header { margin-bottom: 1.5rem; }
.articles { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.article { border: 1px solid #ddd; border-radius: 4px; padding: .6rem .8rem; }
.letter { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 3px; background: #eee; font-family: system-ui, sans-serif; font-size: .85em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; font-size: .95em; }
dt { color: #666; }
dd { margin: 0; overflow-wrap: anywhere; }
.stats { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .8rem 0 .2rem; }
.stat-insert { color: #1d6b35; }
.stat-delete { color: #9b2c2c; }
.caveat { color: #7a5a00; margin: .2rem 0; }
.generated { color: #666; font-size: .9em; margin: .2rem 0; }
table.rows { width: 100%; border-collapse: collapse; table-layout: fixed; }
.col-number { width: 5.5rem; }
thead th { text-align: left; border-bottom: 2px solid #bbb; padding: .3rem .5rem; font-weight: normal; color: #444; }
tbody th { vertical-align: top; text-align: left; font-weight: normal; padding: .4rem .5rem; color: #777; font-size: .85em; }
tbody th a { color: inherit; text-decoration: none; }
.kind { display: block; font-size: .9em; }
td { vertical-align: top; padding: .4rem .6rem; border-top: 1px solid #eee; }
tr.row-changed > th, tr.row-added > th, tr.row-removed > th, tr.row-moved > th { color: #333; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
td.gap { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f0f0f0 6px 12px); }
del { text-decoration: line-through; background: #fde4e4; color: #7d1f1f; }
ins { text-decoration: underline; background: #dcf3e2; color: #17502a; }
del.char { background: #f7c3c3; }
ins.char { background: #b9e6c6; }
.normalized { text-decoration: underline dotted #999; color: #555; }
mark { background: #fff3b0; }
.ref { font-family: system-ui, sans-serif; font-size: .7em; }
.ref a { color: #5a4a00; }
.move-link { font-size: .85em; color: #555; }
.notes { margin-top: .5rem; }
.note { border-left: 4px solid #9e9e9e; background: #fcfcf8; padding: .4rem .7rem; margin: .5rem 0; break-inside: avoid; font-size: .95em; }
${NOTE_COLORS.map((color) => `.note.color-${color} { border-left-color: ${NOTE_TINTS[color]}; }`).join('\n')}
.note p { margin: .2rem 0; }
.note-head, .times, .tags { font-family: system-ui, sans-serif; font-size: .8em; color: #555; }
.note-number { font-weight: bold; color: #333; }
.orphaned-label { font-family: system-ui, sans-serif; font-size: .8em; color: #8a4b00; font-weight: bold; }
.note.orphaned blockquote { border-left-style: dashed; }
blockquote { margin: .3rem 0; padding-left: .7rem; border-left: 2px solid #ddd; color: #444; font-style: italic; white-space: pre-wrap; }
.tag { background: #f0f0f0; border-radius: 3px; padding: 0 .3em; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: #f3f3f3; padding: 0 .2em; }
.note-section { margin: 1.5rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;
