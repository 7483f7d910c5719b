// `variorum diff A B`: two files read as the app reads them, compared by the engine, printed
// wdiff-style or as JSON. The HTML stack is loaded only when one of the files is a page.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import type { CompareOptions, ComparisonRow, RowEdit } from '../../preload/contract';
import { compareTexts } from '../compare/compare';
import { cleanedText, cleanPrepared } from '../library/article-text';
import { countWords, formatOf } from '../library/parse-article';
import { prepareTextArticle, type FileText, type PreparedArticle } from '../library/prepare-text';
import { readTextFile } from '../library/read-file';
import { parseArgs, UsageError, type CliIo } from './args';
import { terminalJson, visibleControls } from './terminal-text';
import { ignoredBy, samenessOf } from '../../preload/shared/identical';

const SPEC = {
  flags: [
    '--json',
    '--no-clean',
    '--no-repair',
    '--ignore-case',
    '--ignore-whitespace',
    '--ignore-punctuation',
    '--ignore-typography',
  ],
  values: { '--granularity': ['word', 'sentence'] },
} as const;

interface CliArticle {
  path: string;
  /** Read only for --json: the text output shows no metadata. */
  title: () => string;
  /** The file as decoded: what --no-clean compares. */
  raw: string;
  /** The text as prepared: what is cleaned and compared. */
  prepared: { text: string };
  fileHash: string;
  textHash: string;
  /** What reading did to the text or doubts about it, one line each, as the app shows them. */
  notices: string[];
}

/** A prepared text and its title, read when asked for. */
interface CliPrepared {
  text: string;
  title: () => string;
}

/**
 * Plain text is prepared here; Markdown and pages go to worker threads with a time budget (a
 * hostile page fails with a reason, never hangs), which load the HTML stack only when needed.
 * A plain text is compared as it is, so its metadata (title, dates, header lines) is read only
 * if --json prints the title: reading it was about a tenth of a short diff's own work.
 */
async function prepare(file: FileText): Promise<CliPrepared> {
  if (file.format === 'txt') {
    let metadata: PreparedArticle['metadata'] | undefined;
    return { text: file.text, title: () => (metadata ??= prepareTextArticle(file).metadata).title };
  }
  const { defaultPreparer } = await import('../library/prepare-runner');
  const prepared = await defaultPreparer().prepare(file);
  return { text: prepared.text, title: () => prepared.metadata.title };
}

async function readArticle(file: string, repair: boolean): Promise<CliArticle> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new Error(`${file}: no such file`);
  const format = formatOf(absolute) ?? 'txt';
  // The CLI is given files directly, so the file's own folder bounds what may be read.
  const folder = realpathSync(path.dirname(absolute));
  const read = await readTextFile(folder, absolute);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  // Mojibake is repaired when unambiguous (mojibake.ts) unless --no-repair asks for the text as decoded.
  const text = repair ? read.text : read.decoded;
  const prepared = await prepare({
    format,
    text,
    fileName: path.basename(file),
    modifiedMs: read.modifiedMs,
    encoding: read.encoding,
  }).catch((error: unknown) => {
    throw new Error(`${file}: ${(error as Error).message}`);
  });
  const notices = [
    ...(read.repair && repair
      ? [`${read.repair.label} (${read.repair.count.toLocaleString('en')} characters)`]
      : []),
    ...(read.repair && !repair ? [`${read.repair.label} available, not used (--no-repair)`] : []),
    ...read.warnings,
  ];
  return {
    path: file,
    title: prepared.title,
    raw: text,
    prepared,
    fileHash: read.fileHash,
    textHash: createHash('sha256').update(text).digest('hex'),
    notices,
  };
}

/** The two texts to compare: cleaned together by default, or exactly as decoded. */
function textsToCompare(a: CliArticle, b: CliArticle, clean: boolean): [string, string] {
  if (!clean) return [a.raw, b.raw];
  const [cleanA, cleanB] = cleanPrepared([
    { id: 'a', prepared: a.prepared },
    { id: 'b', prepared: b.prepared },
  ]);
  return [cleanedText(cleanA!), cleanedText(cleanB!)];
}

/** "[-word-] " / "{+word+} ": the mark holds the word, the space after it stays outside. */
function marked(open: string, text: string, close: string): string {
  const word = text.trimEnd();
  return word ? `${open}${word}${close}${text.slice(word.length)}` : text;
}

/** One paragraph, once: shared text as it is, A's words in [-…-], B's in {+…+}. */
function renderEdits(edits: RowEdit[]): string {
  return edits
    .map((edit) => {
      // The same word with other whitespace after it is kept text: B's spacing is shown.
      if (edit.op === 'delete') return edit.spacingOnly ? '' : marked('[-', edit.text, '-]');
      if (edit.op === 'insert') return edit.spacingOnly ? edit.text : marked('{+', edit.text, '+}');
      if (edit.op === 'normalized') return edit.right || edit.left;
      return edit.text;
    })
    .join('');
}

/** Where a row stands, as a hunk header: "@@ -¶3 +¶4 @@ changed" (paragraphs from 1). */
function hunkHeader(row: ComparisonRow): string {
  const where = [
    row.leftParagraph === undefined ? null : `-¶${row.leftParagraph + 1}`,
    row.rightParagraph === undefined ? null : `+¶${row.rightParagraph + 1}`,
  ].filter(Boolean);
  const what =
    row.kind === 'moved' ? `moved #${row.move} (${row.left.length ? 'from here' : 'to here'})` : row.kind;
  return `@@ ${where.join(' ')} @@ ${what}`;
}

/** wdiff-style text: unchanged paragraphs are elided, each changed one shown once. */
function renderRowsAsText(rows: ComparisonRow[]): string {
  return rows
    .filter((row) => row.kind !== 'equal')
    .map((row) => `${hunkHeader(row)}\n${renderEdits(row.edits)}\n`)
    .join('\n');
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.positional.length !== 2) throw new UsageError('diff needs two files');
  const repair = !args.flags.has('--no-repair');
  const [a, b] = (await Promise.all(args.positional.map((file) => readArticle(file, repair)))) as [
    CliArticle,
    CliArticle,
  ];
  for (const article of [a, b])
    for (const notice of article.notices) io.err(visibleControls(`variorum: ${article.path}: ${notice}`));
  const clean = !args.flags.has('--no-clean');
  const [textA, textB] = textsToCompare(a, b, clean);
  const options: CompareOptions = {
    granularity: (args.values.get('--granularity') ?? 'word') as CompareOptions['granularity'],
    ignoreCase: args.flags.has('--ignore-case'),
    ignoreWhitespace: args.flags.has('--ignore-whitespace'),
    ignorePunctuation: args.flags.has('--ignore-punctuation'),
    ignoreTypography: args.flags.has('--ignore-typography'),
  };
  const result = compareTexts(textA, textB, options);
  const differs = result.rows.some((row) => row.kind !== 'equal');
  const sameness = samenessOf({
    fileHashes: [a.fileHash, b.fileHash],
    textHashes: [a.textHash, b.textHash],
    differs,
    cleaned: clean && (textA !== a.raw || textB !== b.raw),
    ignoring: ignoredBy(options),
  });
  if (args.flags.has('--json')) {
    const side = (article: CliArticle, text: string) => ({
      path: article.path,
      title: article.title(),
      words: countWords(text),
    });
    const json = {
      a: side(a, textA),
      b: side(b, textB),
      stats: result.stats,
      coarse: result.coarse,
      identical: sameness,
      rows: result.rows,
    };
    io.out(terminalJson(json));
  } else {
    const s = result.stats;
    io.out(
      visibleControls(
        `${a.path} → ${b.path}\n${sameness ? `${sameness}\n` : ''}similarity ${(s.similarity * 100).toFixed(1)}%, ` +
          `${s.wordsAdded} words added, ${s.wordsRemoved} removed, ${s.wordsMoved} moved, ` +
          `${s.changedParagraphs} paragraphs changed\n\n${renderRowsAsText(result.rows)}`,
      ),
    );
  }
  return differs ? 1 : 0;
}
