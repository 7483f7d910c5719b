// The mojibake repair measured on ftfy's public test cases (fixtures/ftfy-test-cases: the
// JSON files of the ftfy project's tests/test-cases, Apache-2.0, LICENSE.txt beside them),
// each set inside a clean English paragraph as a page would hold it: the garbled cases must
// come out as ftfy's fix_encoding fixes them (cases whose fix holds U+FFFD left out), the
// real texts untouched. Known failures of ftfy itself are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMojibake } from './mojibake';

interface FtfyCase {
  label: string;
  original: string;
  fixed: string;
  'fixed-encoding'?: string;
  expect: 'pass' | 'fail';
}

const folder = path.join(__dirname, 'fixtures', 'ftfy-test-cases');
const cases: FtfyCase[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as FtfyCase[])
  .filter((test) => test.expect === 'pass');

const inArticle = (passage: string): string =>
  `The council published its report on Tuesday. One line read: ${passage} The vote is next week.`;

const read = (text: string): string => {
  const check = checkMojibake(text);
  return check.kind === 'repaired' ? check.text : text;
};

const expected = (test: FtfyCase): string => test['fixed-encoding'] ?? test.fixed;
const garbled = cases.filter(
  (test) => expected(test) !== test.original && !expected(test).includes('\ufffd'),
);
const realText = cases.filter((test) => expected(test) === test.original);

describe('mojibake repair on ftfy test cases', () => {
  it('has the cases to measure', () => {
    expect(garbled.length).toBeGreaterThan(80);
    expect(realText.length).toBeGreaterThan(40);
  });

  it('fixes at least 90% of the garbled cases exactly as ftfy does', () => {
    const fixed = garbled.filter((test) => read(inArticle(test.original)) === inArticle(expected(test)));
    expect(fixed.length / garbled.length).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves every real text alone', () => {
    const altered = realText.filter((test) => read(inArticle(test.original)) !== inArticle(test.original));
    expect(altered.map((test) => test.label)).toEqual([]);
  });
});
