// `variorum diff A B` and `variorum scan DIR`: the engine and the library in plain Node, no
// window. Exit codes follow diff(1): 0 same, 1 different, 2 trouble (message on stderr).
import path from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import type { CompareOptions, ComparisonRow, Segment } from '../preload/contract';
import { COLLATE_USAGE, runCollate } from './cli-collate';
import { compareTexts } from './compare/compare';
import { cleanedText, cleanPrepared } from './library/article-text';
import { countWords, formatOf } from './library/parse-article';
import type { PreparedArticle } from './library/prepare-article';
import { defaultPreparer } from './library/prepare-runner';
import { readTextFile } from './library/read-file';
import { scanFolder } from './library/scan-folder';
import { cliOutput } from './cli-output';

const USAGE = `Usage:
  variorum diff A B [--json] [--no-clean] [--granularity word|sentence]
                    [--ignore-case] [--ignore-whitespace] [--ignore-punctuation]
                    [--ignore-typography]
  variorum scan DIR [--json]
${COLLATE_USAGE}

Exit status: 0 same (or scan found articles), 1 different, 2 trouble.`;

export class UsageError extends Error {}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface ParsedArgs {
  command: string;
  positional: string[];
  flags: Set<string>;
  granularity: CompareOptions['granularity'];
}

const KNOWN_FLAGS = new Set([
  '--json',
  '--no-clean',
  '--ignore-case',
  '--ignore-whitespace',
  '--ignore-punctuation',
  '--ignore-typography',
  '--help',
]);

function parseArgs(argv: string[]): ParsedArgs {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Set<string>();
  let granularity: CompareOptions['granularity'] = 'word';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--granularity' || arg.startsWith('--granularity=')) {
      // Everything after the first "=": `--granularity=sentence=x` is refused, not cut short.
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'word' && value !== 'sentence') {
        throw new UsageError('--granularity must be "word" or "sentence"');
      }
      granularity = value;
    } else if (arg.startsWith('--')) {
      if (!KNOWN_FLAGS.has(arg)) throw new UsageError(`unknown option ${arg}`);
      flags.add(arg);
    } else {
      positional.push(arg);
    }
  }
  return { command, positional, flags, granularity };
}

interface CliArticle {
  path: string;
  title: string;
  /** The file as decoded: what --no-clean compares. */
  raw: string;
  prepared: PreparedArticle;
}

async function readArticle(file: string): Promise<CliArticle> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new Error(`${file}: no such file`);
  const format = formatOf(absolute) ?? 'txt';
  // The CLI is given files directly, so the file's own folder bounds what may be read.
  const folder = realpathSync(path.dirname(absolute));
  const read = await readTextFile(folder, absolute);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  // In a worker thread with a time budget: a hostile page fails with a reason, never hangs.
  const prepared = await defaultPreparer()
    .prepare({ format, text: read.text, fileName: path.basename(file), modifiedMs: read.modifiedMs })
    .catch((error: unknown) => {
      throw new Error(`${file}: ${(error as Error).message}`);
    });
  return { path: file, title: prepared.metadata.title, raw: read.text, prepared };
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

function renderSegments(segments: Segment[]): string {
  return segments
    .map((segment) => {
      if (segment.op === 'delete')
        return `[-${segment.text.trimEnd()}-]${segment.text.slice(segment.text.trimEnd().length)}`;
      if (segment.op === 'insert')
        return `{+${segment.text.trimEnd()}+}${segment.text.slice(segment.text.trimEnd().length)}`;
      return segment.text;
    })
    .join('');
}

/** wdiff-style text: unchanged paragraphs are elided, changed ones shown with [-…-]{+…+}. */
function renderRowsAsText(rows: ComparisonRow[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.kind === 'equal') continue;
    const label =
      row.kind === 'moved' ? `moved #${row.move} (${row.left.length ? 'from here' : 'to here'})` : row.kind;
    const body =
      row.kind === 'changed'
        ? `${renderSegments(row.left)}\n  →\n${renderSegments(row.right)}`
        : renderSegments(row.left.length ? row.left : row.right);
    lines.push(`@@ ${label} @@\n${body}\n`);
  }
  return lines.join('\n');
}

async function runDiff(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positional.length !== 2) throw new UsageError('diff needs two files');
  const [a, b] = (await Promise.all(args.positional.map(readArticle))) as [CliArticle, CliArticle];
  const [textA, textB] = textsToCompare(a, b, !args.flags.has('--no-clean'));
  const options: CompareOptions = {
    granularity: args.granularity,
    ignoreCase: args.flags.has('--ignore-case'),
    ignoreWhitespace: args.flags.has('--ignore-whitespace'),
    ignorePunctuation: args.flags.has('--ignore-punctuation'),
    ignoreTypography: args.flags.has('--ignore-typography'),
  };
  const result = compareTexts(textA, textB, options);
  const differs = result.rows.some((row) => row.kind !== 'equal');
  if (args.flags.has('--json')) {
    const side = (article: CliArticle, text: string) => ({
      path: article.path,
      title: article.title,
      words: countWords(text),
    });
    io.out(
      JSON.stringify(
        {
          a: side(a, textA),
          b: side(b, textB),
          stats: result.stats,
          coarse: result.coarse,
          rows: result.rows,
        },
        null,
        2,
      ),
    );
  } else {
    const s = result.stats;
    io.out(
      `${a.path} → ${b.path}\nsimilarity ${(s.similarity * 100).toFixed(1)}%, ` +
        `${s.wordsAdded} words added, ${s.wordsRemoved} removed, ${s.wordsMoved} moved, ` +
        `${s.changedParagraphs} paragraphs changed\n\n${renderRowsAsText(result.rows)}`,
    );
  }
  return differs ? 1 : 0;
}

async function runScan(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('scan needs one folder');
  const scan = await scanFolder(args.positional[0]!);
  const articles = scan.articles.map(({ summary }) => summary);
  if (args.flags.has('--json')) {
    io.out(JSON.stringify({ root: scan.root, articles, skipped: scan.skipped }, null, 2));
  } else {
    const lines = articles.map((article) => {
      const notes = [
        article.source,
        article.date && `${article.date}${article.dateIsFileTime ? ' (file date)' : ''}`,
        article.encoding.startsWith('utf-8') ? null : `decoded as ${article.encoding}`,
        article.cleaning.blocks ? `${article.cleaning.blocks} boilerplate blocks removed` : null,
        ...article.warnings,
      ].filter(Boolean);
      return `${String(article.words).padStart(7)}  ${article.path}  ${article.title}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
    });
    lines.push(...scan.skipped.map((file) => `skipped  ${file.path}: ${file.reason}`));
    lines.push(`${articles.length} articles, ${scan.skipped.length} skipped`);
    io.out(lines.join('\n'));
  }
  return 0;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'collate') return runCollate(argv.slice(1), io);
  try {
    const args = parseArgs(argv);
    if (args.command === '') throw new UsageError('no command given');
    if (args.flags.has('--help') || args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'diff') return await runDiff(args, io);
    if (args.command === 'scan') return await runScan(args, io);
    throw new UsageError(`unknown command "${args.command}"`);
  } catch (error) {
    io.err(`variorum: ${(error as Error).message}`);
    if (error instanceof UsageError) io.err(USAGE);
    return 2;
  }
}

// Run when executed directly (node out/main/cli.js …), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  const output = cliOutput(process.stdout, process.stderr);
  void runCli(process.argv.slice(2), output.io).then((code) => {
    process.exitCode = output.exitCode(code);
  });
}
