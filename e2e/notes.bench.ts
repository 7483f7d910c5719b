// Notes benchmark (plain Node, no browser): search over 10,000 notes against a plain array
// filter measured in the same run, building the index as opening the notes pane does, and
// exporting every note in each format. Figures are printed, never asserted.
import { test } from '@playwright/test';
import { toCsv, toMarkdown, toWebAnnotation } from '../renderer/src/notes/export-formats';
import type { Note } from '../renderer/src/notes/model';
import { NoteSearchIndex, type NoteFilter } from '../renderer/src/notes/search-index';
import { generateNotes } from '../renderer/src/notes/test-notes';

const NOTES = 10_000;
const SEARCH_RUNS = 21;
const BUILD_RUNS = 11;
const EXPORT_RUNS = 5;

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1]!;

/** Median time of `runs` calls after one untimed call (so the JIT has seen the code), and its result. */
function measure<T>(runs: number, run: () => T): { ms: number; result: T } {
  let result = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** What a straightforward implementation would do on each keystroke: lower-case everything again. */
function plainFilter(notes: readonly Note[], query: string, filter: NoteFilter): Note[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag?.toLowerCase();
  return notes.filter((note) => {
    if (filter.article?.path !== undefined && note.article?.path !== filter.article.path) return false;
    if (tag !== undefined && !note.tags.some((own) => own.toLowerCase() === tag)) return false;
    const haystack = [note.body, note.anchor?.quote.exact ?? '', ...note.tags].join('\n').toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const mb = (text: string): string => `${(new TextEncoder().encode(text).length / 1e6).toFixed(1)} MB`;

test(`notes: search, index and export over ${NOTES.toLocaleString('en')} notes`, () => {
  // As the pane receives them from IndexedDB: structured clones. Fresh from the generator they sit
  // scattered among its garbage, which made every pass over them several times slower.
  const notes = structuredClone(generateNotes(NOTES, 7));
  const somePath = notes.find((note) => note.article)!.article!.path;
  const queries: { label: string; query: string; filter: NoteFilter }[] = [
    { label: 'one word: "harbour"', query: 'harbour', filter: {} },
    { label: 'two words: "council budget"', query: 'council budget', filter: {} },
    { label: 'tag: Zürich', query: '', filter: { tag: 'Zürich' } },
    { label: `"ferry" in ${somePath}`, query: 'ferry', filter: { article: { path: somePath } } },
  ];

  const index = new NoteSearchIndex(notes);
  index.search('');
  const searchRows = queries.map(({ label, query, filter }) => {
    const indexed = measure(SEARCH_RUNS, () => index.search(query, filter));
    const plain = measure(SEARCH_RUNS, () => plainFilter(notes, query, filter));
    return [
      label,
      ms(indexed.ms),
      ms(plain.ms),
      `${(plain.ms / indexed.ms).toFixed(1)}×`,
      `${indexed.result.length} / ${plain.result.length}`,
    ];
  });

  const build = measure(BUILD_RUNS, () => new NoteSearchIndex(notes));
  const open = measure(BUILD_RUNS, () => new NoteSearchIndex(notes).search(''));

  const exports = (
    [
      ['Markdown', () => toMarkdown(notes)],
      ['CSV', () => toCsv(notes)],
      ['Web Annotation JSON', () => toWebAnnotation(notes)],
    ] as const
  ).map(([label, run]) => {
    const { ms: time, result } = measure(EXPORT_RUNS, run);
    return [label, ms(time), mb(result)];
  });

  const table = (rows: string[][]): string[] => {
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    return rows.map((row) =>
      `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('   ')}`.trimEnd(),
    );
  };
  console.log(
    [
      `Notes, ${NOTES.toLocaleString('en')} generated notes (Node ${process.version}), medians:`,
      '',
      `Search (median of ${SEARCH_RUNS}; target under 30 ms). Baseline: Array.filter lower-casing body, quote and tags each time.`,
      ...table([
        ['query', 'index', 'baseline', 'baseline ÷ index', 'results (index / baseline)'],
        ...searchRows,
      ]),
      '',
      `Opening the pane (median of ${BUILD_RUNS}):`,
      ...table([
        ['build the index', ms(build.ms)],
        ['build + list every note, newest first', ms(open.ms)],
      ]),
      '',
      `Export of all ${NOTES.toLocaleString('en')} notes (median of ${EXPORT_RUNS}; target under 1 s each):`,
      ...table([['format', 'time', 'size'], ...exports]),
    ].join('\n'),
  );
});
