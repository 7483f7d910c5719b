// `npm run bench`: performance figures as ratios against baselines measured in the same run.
// `npm run bench -- --quick` skips the 200k-word cases.
import { COMPARE_HEADER, runCompareBench } from './compare-bench';

function main(): void {
  const quick = process.argv.includes('--quick');
  const log = (line: string): void => console.log(line);
  log(`Comparison engine vs jsdiff diffWords (Node ${process.version})`);
  log(COMPARE_HEADER);
  runCompareBench({ quick, log });
}

main();
