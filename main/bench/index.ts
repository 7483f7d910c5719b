// `npm run bench`: performance figures as ratios against baselines measured in the same run.
// `npm run bench -- --quick` skips the 200k-word cases; `--only=engine|robust|mojibake|library|cli|corpus|grouping|collate`
// runs one (`--only=overview`: only the overview in the app's path, a part of `corpus`);
// `--corpus-20k` adds the overview's 20,000-article folder; `--cli-before=PATH/cli.js` times another
// build of the CLI beside this one.
import { runCliBench } from './cli-bench';
import { COMPARE_HEADER, runCompareBench, runRobustnessBench } from './compare-bench';
import { runMojibakeBench } from './mojibake-bench';
import { runLibraryBench } from './library-bench';
import { runCorpusBench } from './corpus-bench';
import { runOverviewAppBench } from './overview-app-bench';
import { runGroupingBench } from './grouping-bench';
import path from 'node:path';
import { COLLATE_HEADER, runCollateBench } from './collate-bench';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const log = (line: string): void => console.log(line);
  if (!only || only === 'engine') {
    log(`Comparison engine vs jsdiff diffWords (Node ${process.version})`);
    log(COMPARE_HEADER);
    runCompareBench({ quick, log });
  }
  if (!only || only === 'engine' || only === 'robust') runRobustnessBench({ quick, log });
  if (!only || only === 'mojibake') runMojibakeBench(log);
  if (!only || only === 'library') await runLibraryBench(log);
  if (!only || only === 'collate') {
    log('\nCollation vs the pair engine on every pair, same witnesses (ratio: collation ÷ all pairs)');
    log(COLLATE_HEADER);
    runCollateBench(log);
  }
  if (!only || only === 'cli') await runCliBench(log);
  const large = process.argv.includes('--corpus-20k');
  if (!only || only === 'corpus') await runCorpusBench(log, large);
  if (!only || only === 'corpus' || only === 'grouping')
    runGroupingBench(log, path.join(__dirname, 'cli.js'));
  if (!only || only === 'corpus' || only === 'overview') {
    await runOverviewAppBench(log, large ? [5_000, 20_000] : [5_000]);
  }
}

void main();
