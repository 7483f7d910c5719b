// `npm run bench`: performance figures as ratios against baselines measured in the same run.
// `npm run bench -- --quick` skips the 200k-word cases; `--only=engine|library|cli|corpus` runs
// one; `--corpus-20k` adds the overview's 20,000-article folder.
import { runCliBench } from './cli-bench';
import { COMPARE_HEADER, runCompareBench, runRobustnessBench } from './compare-bench';
import { runLibraryBench } from './library-bench';
import { runCorpusBench } from './corpus-bench';
import { COLLATE_HEADER, runCollateBench } from './collate-bench';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const log = (line: string): void => console.log(line);
  if (!only || only === 'engine') {
    log(`Comparison engine vs jsdiff diffWords (Node ${process.version})`);
    log(COMPARE_HEADER);
    runCompareBench({ quick, log });
    runRobustnessBench({ quick, log });
  }
  if (!only || only === 'library') await runLibraryBench(log);
  if (!only || only === 'collate') {
    log('\nCollation vs the pair engine on every pair, same witnesses (ratio: collation ÷ all pairs)');
    log(COLLATE_HEADER);
    runCollateBench(log);
  }
  if (!only || only === 'cli') await runCliBench(log);
  if (!only || only === 'corpus') await runCorpusBench(log, process.argv.includes('--corpus-20k'));
}

void main();
