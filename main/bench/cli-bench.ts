// Whole-process benchmark of the built CLI (`node out/main/cli.js diff A B`) against the word
// diffs people already have: `git diff --no-index --word-diff=porcelain` and `dwdiff`, on
// the same pairs (generated, and real ones from the shared corpus when it is there), process
// start-up included, beside `node -e 0`, the floor under any Node command line. Per-round ratios.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { corpusPath, SHARED_CORPUS, SHARED_DATASETS } from '../testing/shared-corpus';
import { articleText, editArticle, generateArticle } from './generate-texts';

interface Tool {
  name: string;
  command: string;
  args: (a: string, b: string) => string[];
}

const SIZES = [
  { words: 1_000, rounds: 15 },
  { words: 10_000, rounds: 7 },
  { words: 50_000, rounds: 3 },
];

/**
 * Real pairs: a Wikipedia article's revisions (~1k words) and Darwin's chapter I, 1859 vs 1872
 * (~11k), each where the corpus has it.
 */
const CORPUS_PAIRS = [
  {
    label: 'HAL 9000 rev. 2→3 (1k)',
    a: corpusPath('wikipedia-revisions', 'hal-9000', 'revision-2.txt'),
    b: corpusPath('wikipedia-revisions', 'hal-9000', 'revision-3.txt'),
    rounds: 15,
  },
  {
    label: 'Origin ch. I 1859→1872',
    a: corpusPath('darwin-origin-ch1', 'origin-ch1-1859.txt'),
    b: corpusPath('darwin-origin-ch1', 'origin-ch1-1872.txt'),
    rounds: 9,
  },
];

/** Words on side A of the long real pair built from the Wikipedia train folder. */
const JOINED_WORDS = 11_000;

/**
 * A long real pair where the corpus has no long text: the last two revisions of the train
 * folder's articles (`shared/datasets/wikipedia-versions-train`, by name), joined a blank line
 * apart until side A has JOINED_WORDS words. Real edits, about the length of Darwin's chapter.
 */
async function writeJoinedRevisions(folder: string): Promise<{ a: string; b: string; words: number } | null> {
  if (!SHARED_DATASETS) return null;
  const train = path.join(SHARED_DATASETS, 'wikipedia-versions-train');
  const truthFile = `${train}.truth.json`;
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(await readFile(truthFile, 'utf8')) as Array<{
    file: string;
    article: string;
    rank: number;
  }>;
  const byArticle = new Map<string, Map<number, string>>();
  for (const { file, article, rank } of truth) {
    if (!byArticle.has(article)) byArticle.set(article, new Map());
    byArticle.get(article)!.set(rank, file);
  }
  const sides: [string[], string[]] = [[], []];
  let words = 0;
  for (const article of [...byArticle.keys()].sort()) {
    if (words >= JOINED_WORDS) break;
    const ranks = byArticle.get(article)!;
    const order = [...ranks.keys()].sort((x, y) => x - y);
    if (order.length < 2) continue;
    const [older, newer] = await Promise.all(
      order.slice(-2).map((rank) => readFile(path.join(train, ranks.get(rank)!), 'utf8')),
    );
    sides[0].push(older!.trim());
    sides[1].push(newer!.trim());
    words += older!.split(/\s+/).filter(Boolean).length;
  }
  const a = path.join(folder, 'joined-revisions-a.txt');
  const b = path.join(folder, 'joined-revisions-b.txt');
  await writeFile(a, `${sides[0].join('\n\n')}\n`);
  await writeFile(b, `${sides[1].join('\n\n')}\n`);
  return { a, b, words };
}

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * dwdiff is a Debian package (`apt-get install dwdiff`). The bench installs it when it can
 * (as root with apt-get), otherwise it says it is missing and leaves its column out.
 */
function ensureDwdiff(log: (line: string) => void): boolean {
  if (onPath('dwdiff')) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && onPath('apt-get')) {
    log('  dwdiff is missing: installing it with apt-get…');
    const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'dwdiff'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (install.status === 0 && onPath('dwdiff')) return true;
  }
  log('  dwdiff is missing (install it with `apt-get install dwdiff`); its column is left out.');
  return false;
}

/** Wall time of one whole process, in ms; a run that fails (exit status 2 or more) throws. */
function timeProcess(tool: Tool, a: string, b: string): number {
  const start = performance.now();
  const result = spawnSync(tool.command, tool.args(a, b), { stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  // All three exit 1 when the files differ, as diff(1) does.
  if (result.error || result.status === null || result.status > 1) {
    throw new Error(`${tool.name} failed: ${result.error?.message ?? result.stderr.toString().trim()}`);
  }
  return elapsed;
}

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1]!;
const ms = (value: number): string => `${value.toFixed(0)} ms`.padStart(9);

export async function runCliBench(log: (line: string) => void): Promise<void> {
  log('\nCLI whole process: `variorum diff` vs `git diff --no-index --word-diff=porcelain` and `dwdiff`');
  const cli = path.join(__dirname, 'cli.js');
  const tools: Tool[] = [
    { name: 'variorum', command: process.execPath, args: (a, b) => [cli, 'diff', a, b] },
    {
      name: 'git',
      command: 'git',
      args: (a, b) => ['diff', '--no-index', '--no-color', '--word-diff=porcelain', a, b],
    },
  ];
  if (ensureDwdiff(log)) tools.push({ name: 'dwdiff', command: 'dwdiff', args: (a, b) => [a, b] });
  // `--cli-before=OLD/out/main/cli.js`: another build of the CLI (say, the commit before a
  // change) timed in the same rounds, so before and after meet the same moments of the machine.
  const before = process.argv.find((arg) => arg.startsWith('--cli-before='))?.slice('--cli-before='.length);
  if (before) {
    tools.push({
      name: 'before',
      command: process.execPath,
      args: (a, b) => [path.resolve(before), 'diff', a, b],
    });
  }
  const node: Tool = { name: 'node', command: process.execPath, args: () => ['-e', '0'] };

  const benchPair = (label: string, a: string, b: string, rounds: number): void => {
    for (const tool of tools) timeProcess(tool, a, b); // warm the page cache and the binaries
    const times = new Map<string, number[]>([...tools, node].map((tool) => [tool.name, []]));
    const ratios = new Map<string, number[]>([...tools.slice(1), node].map((tool) => [tool.name, []]));
    // Node's own start-up against git's whole run: the floor under any Node CLI's ratio.
    const floor: number[] = [];
    const beforeOverNode: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so that a slow moment of a shared machine hits each tool alike.
      const order = round % 2 === 0 ? [...tools, node] : [...tools, node].reverse();
      const thisRound = new Map(order.map((tool) => [tool.name, timeProcess(tool, a, b)]));
      for (const [name, value] of thisRound) times.get(name)!.push(value);
      for (const [name, list] of ratios) list.push(thisRound.get('variorum')! / thisRound.get(name)!);
      floor.push(thisRound.get('node')! / thisRound.get('git')!);
      if (before) beforeOverNode.push(thisRound.get('before')! / thisRound.get('node')!);
    }
    const ratioText = [...ratios]
      .map(([name, list]) => `${median(list).toFixed(2)}× ${name === 'node' ? 'node -e 0' : name}`)
      .join(', ');
    log(
      `  ${label.padEnd(26)}${tools.map((tool) => ms(median(times.get(tool.name)!))).join('')}` +
        `${ms(median(times.get('node')!)).padStart(11)}  variorum = ${ratioText}; ` +
        `node -e 0 = ${median(floor).toFixed(1)}× git` +
        (before ? `; before = ${median(beforeOverNode).toFixed(2)}× node -e 0` : ''),
    );
  };
  const folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-bench-cli-'));
  try {
    log(
      `  ${'pair'.padEnd(26)}${tools.map((tool) => tool.name.padStart(9)).join('')}` +
        `${'node -e 0'.padStart(11)}  ratios (median of rounds)`,
    );
    const pairs = SIZES.map(({ words, rounds }, index) => ({
      label: `${words.toLocaleString('en')} words, 10% edited`,
      words,
      index,
      rounds,
    }));
    for (const pair of pairs) {
      const article = generateArticle(500 + pair.index, pair.words);
      const a = path.join(folder, `a-${pair.words}.txt`);
      const b = path.join(folder, `b-${pair.words}.txt`);
      await writeFile(a, articleText(article));
      await writeFile(b, articleText(editArticle(article, 0.1, 500 + pair.index)));
      benchPair(pair.label, a, b, pair.rounds);
    }
    if (!SHARED_CORPUS) log('  (no shared corpus here: its real pairs are left out)');
    for (const pair of CORPUS_PAIRS) {
      if (existsSync(pair.a) && existsSync(pair.b)) benchPair(pair.label, pair.a, pair.b, pair.rounds);
      else if (SHARED_CORPUS) log(`  (${pair.label}: not in this corpus, left out)`);
    }
    const joined = await writeJoinedRevisions(folder);
    if (joined) benchPair(`Wikipedia joined (${Math.round(joined.words / 1000)}k)`, joined.a, joined.b, 9);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
