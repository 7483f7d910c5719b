// Whole-process benchmark of the built CLI (`node out/main/cli.js diff A B`) against the word
// diffs people already have: `git diff --no-index --word-diff=porcelain` and `dwdiff`, on
// the same generated pairs, process start-up included. The figures are per-round ratios.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  const node: Tool = { name: 'node', command: process.execPath, args: () => ['-e', '0'] };

  const folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-bench-cli-'));
  try {
    log(
      `  ${'pair'.padEnd(26)}${tools.map((tool) => tool.name.padStart(9)).join('')}` +
        `${'node -e 0'.padStart(11)}  ratios (median of rounds)`,
    );
    for (const [index, { words, rounds }] of SIZES.entries()) {
      const article = generateArticle(500 + index, words);
      const a = path.join(folder, `a-${words}.txt`);
      const b = path.join(folder, `b-${words}.txt`);
      await writeFile(a, articleText(article));
      await writeFile(b, articleText(editArticle(article, 0.1, 500 + index)));
      for (const tool of tools) timeProcess(tool, a, b); // warm the page cache and the binaries
      const times = new Map<string, number[]>([...tools, node].map((tool) => [tool.name, []]));
      const ratios = new Map<string, number[]>(tools.slice(1).map((tool) => [tool.name, []]));
      // Node's own start-up against git's whole run: the floor under any Node CLI's ratio.
      const floor: number[] = [];
      for (let round = 0; round < rounds; round++) {
        // Alternate the order so that a slow moment of a shared machine hits each tool alike.
        const order = round % 2 === 0 ? [...tools, node] : [...tools, node].reverse();
        const thisRound = new Map(order.map((tool) => [tool.name, timeProcess(tool, a, b)]));
        for (const [name, value] of thisRound) times.get(name)!.push(value);
        for (const [name, list] of ratios) list.push(thisRound.get('variorum')! / thisRound.get(name)!);
        floor.push(thisRound.get('node')! / thisRound.get('git')!);
      }
      const label = `${words.toLocaleString('en')} words, 10% edited`;
      const ratioText = [...ratios].map(([name, list]) => `${median(list).toFixed(1)}× ${name}`).join(', ');
      log(
        `  ${label.padEnd(26)}${tools.map((tool) => ms(median(times.get(tool.name)!))).join('')}` +
          `${ms(median(times.get('node')!)).padStart(11)}  variorum = ${ratioText}; ` +
          `node -e 0 = ${median(floor).toFixed(1)}× git`,
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
