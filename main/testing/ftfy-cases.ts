// ftfy's public test cases (main/library/fixtures/ftfy-test-cases: the JSON files of the ftfy
// project's tests/test-cases, Apache-2.0, LICENSE.txt beside them), read once for the unit test
// and the benchmark: the garbled cases with the fix ftfy's fix_encoding gives (those whose fix
// holds U+FFFD left out), the real texts that only look garbled, and how each is set inside a
// clean English paragraph as a page would hold it. Known failures of ftfy itself are left out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkMojibake } from '../library/mojibake';

export interface FtfyCase {
  label: string;
  original: string;
  fixed: string;
  'fixed-encoding'?: string;
  expect: 'pass' | 'fail';
}

export const FTFY_CASES_DIR = path.resolve(__dirname, '../library/fixtures/ftfy-test-cases');

/** What ftfy's fix_encoding makes of a case. */
export const ftfyFix = (test: FtfyCase): string => test['fixed-encoding'] ?? test.fixed;

export const inArticle = (passage: string): string =>
  `The council published its report on Tuesday. One line read: ${passage} The vote is next week.`;

/** The text as the app reads it: repaired where the check repairs it, else as it is. */
export const readRepaired = (text: string): string => {
  const check = checkMojibake(text);
  return check.kind === 'repaired' ? check.text : text;
};

/** The cases ftfy passes, split into garbled texts and real ones; read from `folder`. */
export function ftfyCases(folder = FTFY_CASES_DIR): { garbled: FtfyCase[]; realText: FtfyCase[] } {
  const cases = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as FtfyCase[])
    .filter((test) => test.expect === 'pass');
  return {
    garbled: cases.filter((test) => ftfyFix(test) !== test.original && !ftfyFix(test).includes('\ufffd')),
    realText: cases.filter((test) => ftfyFix(test) === test.original),
  };
}
