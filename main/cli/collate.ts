// `variorum collate DIR | FILE… [--json | --tei | --csv | --html] [--base FILE] [--no-clean]`:
// the N-way collation in plain Node. Exit codes as diff(1): 0 all alike, 1 variants, 2 trouble.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Collation } from '../../preload/contract';
import { isAgreement } from '../collate/analyse';
import { defaultSigla, readingGroups, shownReadings } from '../collate/apparatus';
import { collateTexts, defaultBase, type WitnessText } from '../collate/collate';
import { apparatusCsv, apparatusHtml } from '../collate/tables';
import { collationToTei } from '../collate/tei';
import { cleanedText, cleanPrepared } from '../library/article-text';
import { formatOf } from '../library/parse-article';
import { readArticleFile, scanFolder } from '../library/scan-folder';
import { terminalJson, visibleControls } from './terminal-text';

export const COLLATE_USAGE =
  '  variorum collate DIR | FILE… [--json | --tei | --csv | --html] [--base FILE] [--no-clean]';

const OUTPUTS = ['--json', '--tei', '--csv', '--html'] as const;
type Output = (typeof OUTPUTS)[number] | 'text';

interface CollateArgs {
  inputs: string[];
  output: Output;
  base: string | null;
  clean: boolean;
}

class UsageError extends Error {}

function parseCollateArgs(argv: string[]): CollateArgs {
  const args: CollateArgs = { inputs: [], output: 'text', base: null, clean: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((OUTPUTS as readonly string[]).includes(arg)) {
      if (args.output !== 'text') throw new UsageError('choose one of --json, --tei, --csv, --html');
      args.output = arg as Output;
    } else if (arg === '--base' || arg.startsWith('--base=')) {
      const value = arg.includes('=') ? arg.slice('--base='.length) : argv[++i];
      if (!value) throw new UsageError('--base needs a file');
      args.base = value;
    } else if (arg === '--no-clean') args.clean = false;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.inputs.push(arg);
  }
  if (args.inputs.length === 0) throw new UsageError('collate needs a folder or two files or more');
  return args;
}

interface Read {
  path: string;
  /** For matching --base: the file's real absolute path. */
  absolute: string;
  title: string;
  /** Only a date the article states; a file's own time says nothing about its version. */
  date: string | null;
  prepared: Parameters<typeof cleanPrepared>[0][number]['prepared'];
}

async function readInputs(inputs: string[]): Promise<Read[]> {
  const isFolder = inputs.length === 1 && statSync(inputs[0]!, { throwIfNoEntry: false })?.isDirectory();
  const candidates: Array<{ realRoot: string; absolutePath: string; relativePath: string }> = [];
  if (isFolder) {
    const scan = await scanFolder(inputs[0]!);
    for (const article of scan.articles) {
      candidates.push({
        realRoot: scan.realRoot,
        absolutePath: article.absolutePath,
        relativePath: article.summary.path,
      });
    }
  } else {
    for (const file of inputs) {
      const absolute = path.resolve(file);
      if (!statSync(absolute, { throwIfNoEntry: false })?.isFile()) throw new Error(`${file}: no such file`);
      // Files given directly: the file's own folder bounds what may be read.
      candidates.push({
        realRoot: realpathSync(path.dirname(absolute)),
        absolutePath: absolute,
        relativePath: file,
      });
    }
  }
  const reads: Read[] = [];
  for (const candidate of candidates) {
    const format = formatOf(candidate.absolutePath) ?? 'txt';
    const result = await readArticleFile(candidate.realRoot, { ...candidate, format });
    if (!('article' in result)) throw new Error(`${result.path}: ${result.reason}`);
    const { summary } = result.article;
    reads.push({
      path: summary.path,
      absolute: realpathSync(candidate.absolutePath),
      title: summary.title,
      date: summary.dateIsFileTime ? null : summary.date,
      prepared: result.prepared,
    });
  }
  if (reads.length < 2) throw new Error('a collation needs two readable articles or more');
  return reads;
}

/** Oldest first when every witness states a date; otherwise in the order given (or by name). */
function ordered(reads: Read[]): Read[] {
  if (reads.some((read) => read.date === null)) return reads;
  return [...reads].sort((x, y) => x.date!.localeCompare(y.date!) || x.path.localeCompare(y.path));
}

/** A readable apparatus: each variation unit as "lemma] sigla; reading sigla; om. sigla". */
function apparatusText(collation: Collation, sigla: Record<string, string>): string {
  const names = (ids: string[]): string => ids.map((id) => sigla[id]).join(' ');
  const lines = collation.witnesses.map(
    (w) =>
      `${sigla[w.id]!.padEnd(6)} ${w.path}  ${w.title}${w.date ? `  (${w.date})` : ''}${w.id === collation.base ? '  [base]' : ''}`,
  );
  let units = 0;
  collation.rows.forEach((row, r) => {
    const absent = collation.witnesses.filter((w) => row.paragraphs[w.id] === null).map((w) => w.id);
    const unitLines: string[] = [];
    if (absent.length > 0) {
      const holder = collation.witnesses.find((w) => row.paragraphs[w.id] !== null)!.id;
      const words = row.segments
        .map((segment) => segment.readings[holder] ?? '')
        .join('')
        .trim()
        .split(/\s+/);
      const opening = words.slice(0, 10).join(' ') + (words.length > 10 ? ' …' : '');
      unitLines.push(`  paragraph absent from ${names(absent)}: "${opening}"`);
    }
    for (const [witness, other] of Object.entries(row.moved ?? {})) {
      unitLines.push(`  ${sigla[witness]} has this paragraph at ¶${other + 1} (moved)`);
    }
    for (const segment of row.segments) {
      if (isAgreement(segment)) continue;
      units++;
      const groups = readingGroups(segment, collation);
      const shown = shownReadings(groups.map((group) => group.text));
      const parts = groups.map((group, k) => `${shown[k]}${k === 0 ? ']' : ''} ${names(group.witnesses)}`);
      unitLines.push(`  ${parts.join('; ')}`);
    }
    // Transpositions: the base's words, with the witnesses that read them in another order.
    const moved = new Map<string, string[]>();
    for (const move of row.transpositions ?? []) {
      const words = row.segments[move.base.segment]!.readings[collation.base]!.slice(
        move.base.start,
        move.base.end,
      );
      moved.set(words, [...(moved.get(words) ?? []), move.witness]);
    }
    for (const [words, witnesses] of moved)
      unitLines.push(`  "${words.replace(/\s+/g, ' ')}" in another order (transposed): ${names(witnesses)}`);
    if (unitLines.length > 0) lines.push('', `¶${r + 1}`, ...unitLines);
  });
  lines.push(
    '',
    `${collation.witnesses.length} witnesses, ${collation.rows.length} paragraphs, ${units} variation units`,
  );
  return lines.join('\n');
}

const hasVariants = (collation: Collation): boolean =>
  collation.rows.some(
    (row) =>
      Object.values(row.paragraphs).includes(null) || row.segments.some((segment) => !isAgreement(segment)),
  );

export async function runCollate(
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  try {
    const args = parseCollateArgs(argv);
    const reads = ordered(await readInputs(args.inputs));
    const texts = args.clean
      ? cleanPrepared(reads.map((read, k) => ({ id: String(k), prepared: read.prepared }))).map(cleanedText)
      : reads.map((read) => read.prepared.text);
    const witnesses: WitnessText[] = reads.map((read, k) => ({
      id: `w${k + 1}`,
      path: read.path,
      title: read.title,
      date: read.date,
      text: texts[k]!,
    }));
    let baseId = defaultBase(witnesses);
    if (args.base !== null) {
      const wanted = statSync(args.base, { throwIfNoEntry: false }) ? realpathSync(args.base) : null;
      const index = reads.findIndex((read) => read.absolute === wanted || read.path === args.base);
      if (index < 0) throw new UsageError(`--base ${args.base} is not one of the witnesses`);
      baseId = witnesses[index]!.id;
    }
    const collation = collateTexts(witnesses, baseId);
    const sigla = defaultSigla(collation);
    if (args.output === '--json') io.out(terminalJson(collation));
    else if (args.output === '--tei') io.out(collationToTei(collation, sigla));
    else if (args.output === '--csv') io.out(apparatusCsv(collation, sigla).replace(/\r\n$/, ''));
    else if (args.output === '--html') io.out(apparatusHtml(collation, sigla));
    else io.out(visibleControls(apparatusText(collation, sigla)));
    return hasVariants(collation) ? 1 : 0;
  } catch (error) {
    io.err(`variorum: ${(error as Error).message}`);
    if (error instanceof UsageError) io.err(`Usage:\n${COLLATE_USAGE}`);
    return 2;
  }
}
