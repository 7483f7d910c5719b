// The overview's groups and order on a real archive with known answers (the Wikipedia train
// folder beside the corpus: 1,193 revisions of 218 articles under opaque names), as
// `variorum matrix DIR --json` prints them, against a plain baseline read in the same run:
// 5-word shingle Jaccard at three thresholds, single link, each group shortest first (the
// baseline is timed in process, from reading the files). The matrix is timed
// as a whole process beside `node -e 0`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { wordsOf, type WordList } from '../corpus/words';
import { SHARED_DATASETS } from '../testing/shared-corpus';
import { scoreGrouping, type GroupingScore, type TruthRow } from './grouping-score';
import { shingleSingleLink } from './shingle-baseline';

const TRAIN = 'wikipedia-versions-train';

export function runGroupingBench(log: (line: string) => void, cliPath: string): void {
  const folder = SHARED_DATASETS && path.join(SHARED_DATASETS, TRAIN);
  if (!folder) {
    log('\nGrouping on a real archive: skipped (no shared/datasets beside the checkout)');
    return;
  }
  const truth = JSON.parse(readFileSync(`${folder}.truth.json`, 'utf8')) as TruthRow[];
  const node = timed(() => spawnSync(process.execPath, ['-e', '0']));
  let report: { groups: Array<{ articles: string[] }> } | null = null;
  const matrix = timed(() => {
    const run = spawnSync(process.execPath, [cliPath, 'matrix', folder, '--json'], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`variorum matrix failed: ${run.stderr}`);
    report = JSON.parse(run.stdout) as { groups: Array<{ articles: string[] }> };
  });
  const ours = scoreGrouping(
    report!.groups.map((group) => group.articles),
    truth,
  );
  log(
    `\nGrouping on ${TRAIN} (${truth.length} files, ${new Set(truth.map((r) => r.article)).size} articles)`,
  );
  log(
    '| method | pair precision | pair recall | groups (with singletons) | mean order tau | exactly ordered | time |',
  );
  log('|---|---|---|---|---|---|---|');
  log(
    row(
      '`variorum matrix --json` (process)',
      ours,
      `${seconds(matrix)} (${(matrix / node).toFixed(0)}× node -e 0)`,
    ),
  );
  // The folder read once for the three thresholds; each row's time is reading plus linking.
  const files = readdirSync(folder).sort();
  let words: WordList[] = [];
  const reading = timed(
    () => (words = files.map((file) => wordsOf(readFileSync(path.join(folder, file), 'utf8')))),
  );
  for (const jaccard of [0.5, 0.2, 0.1]) {
    let groups: string[][] = [];
    const linking = timed(() => {
      groups = shingleSingleLink(words, jaccard).map((members) =>
        members.sort((a, b) => words[a]!.hashes.length - words[b]!.hashes.length).map((m) => files[m]!),
      );
    });
    const ms = reading + linking;
    log(
      row(
        `plain 5-gram Jaccard ≥ ${jaccard}, single link, shortest first`,
        scoreGrouping(groups, truth),
        seconds(ms),
      ),
    );
  }
  log('Targets: precision ≥ 0.97, recall ≥ 0.90, mean tau ≥ 0.8, under 10 s as a process.');
}

function row(name: string, score: GroupingScore, time: string): string {
  return `| ${name} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.groups} (${score.groupsWithSingletons}) | ${score.meanTau.toFixed(3)} | ${score.exactlyOrdered} of ${score.groups} | ${time} |`;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
