// One comparison as a printable, self-contained HTML report (pure): both articles' facts, the
// aligned rows with their changes marked, and the notes on either article placed at their
// passages. Every piece of text is escaped; the page loads nothing and runs nothing.
import { dateLabel } from '../../../preload/shared/date-label';
import { distinctLabels, shortTitle } from '../../../preload/shared/short-title';
import type { ArticleSummary, Comparison, ComparisonRow, Segment } from '../../../preload/contract';
import { NOTE_COLORS, type Note } from './model';
import { arrangeNotes, byCreated, rowKey, type Placement, type PlacedNotes } from './report-notes';
import { compileFilter } from './search-index';
import { count, counted, CSP, escapeHtml, markdownHtml, readableTime, STYLE } from './report-html';

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
  const title = distinctLabels([left, right]).join(' → ');
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
      `<h2 class="title">${escapeHtml(distinctLabels([left, right]).join(' → '))}</h2>`,
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
          : `<h3 class="title">${escapeHtml(shortTitle(ordered[0]!.article!.title) || path)}</h3><p class="caveat">No longer in the folder: <code>${escapeHtml(path)}</code></p>`,
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
    // The heading may be cut; the whole title is kept here.
    ...(shortTitle(article.title) !== article.title.trim()
      ? [['Title', article.title] as [string, string]]
      : []),
    ['File', article.path],
    ['Source', article.source ?? '—'],
    ['Date', dateLabel(article) ?? '—'],
    ['Words', count(article.words)],
  ];
  return [
    `<section class="article${letter ? ` article-${letter.toLowerCase()}` : ''}">`,
    `<${level} class="title">${letter ? `<span class="letter">${letter}</span> ` : ''}${escapeHtml(shortTitle(article.title) || article.path)}</${level}>`,
    '<dl>',
    ...facts.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}

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
    ...distinctLabels([comparison.left, comparison.right]).map(
      (label, side) => `<th scope="col">${side ? 'B' : 'A'} · ${escapeHtml(label)}</th>`,
    ),
    '</tr></thead>',
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
      `${letter ? `On ${letter}: ` : 'On '}${escapeHtml(shortTitle(note.article.title) || note.article.path)} <code>${escapeHtml(note.article.path)}</code>`,
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
