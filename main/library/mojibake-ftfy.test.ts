// The mojibake repair measured on ftfy's public test cases (fixtures/ftfy-test-cases: the
// JSON files of the ftfy project's tests/test-cases, Apache-2.0, LICENSE.txt beside them),
// each set inside a clean English paragraph as a page would hold it: the garbled cases must
// come out as ftfy's fix_encoding fixes them (cases whose fix holds U+FFFD left out), the
// real texts untouched. Known failures of ftfy itself are not counted.
import { describe, expect, it } from 'vitest';
import { ftfyCases, ftfyFix as expected, inArticle, readRepaired as read } from '../testing/ftfy-cases';

const { garbled, realText } = ftfyCases();

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
