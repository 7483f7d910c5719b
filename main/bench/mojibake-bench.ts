// Benchmarks the mojibake check on 1 MB of text, clean and wholly double-encoded, against the
// naive repair in the same run (one pattern test, then the whole text re-read as Latin-1 →
// UTF-8, which is what breaks "NESTLÉ®"): the ratio is the price of deciding place by place.
// Also reports the score on ftfy's public test cases (fixtures/ftfy-test-cases), as the unit
// test measures it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkMojibake } from '../library/mojibake';
import { ftfyCases, ftfyFix, inArticle, readRepaired } from '../testing/ftfy-cases';
import { articleText, generateArticle, seededRandom } from './generate-texts';

const TARGET_BYTES = 1_000_000;
/** Words from many writing systems sprinkled through the text, so "clean" is not ASCII. */
const ACCENTED = [
  'café',
  'naïve',
  'España',
  'Zürich',
  'São',
  '“quoted”',
  'it’s',
  '—',
  'Dvořák',
  'Ελλάδα',
  'Москва',
  'NESTLÉ®',
];

function cleanText(): string {
  const random = seededRandom(7);
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let seed = 1; bytes < TARGET_BYTES; seed++) {
    const words = articleText(generateArticle(seed, 2_000)).split(' ');
    for (let i = 0; i < words.length; i += 12) words[i] = ACCENTED[Math.floor(random() * ACCENTED.length)]!;
    const paragraph = words.join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  return paragraphs.join('\n\n');
}

/** What a one-line fixer does: any tell-tale pair anywhere, and the whole text is re-read. */
const naiveRepair = (text: string): string =>
  /[ÃÂâ][\u0080-\u00bf]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;

function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** ftfy's garbled cases fixed as ftfy fixes them, and its real texts left alone. */
function ftfyScore(): { fixed: number; garbled: number; untouched: number; real: number } | null {
  // Run from out/main: the fixtures stay in the source tree.
  const folder = path.resolve(__dirname, '../../main/library/fixtures/ftfy-test-cases');
  if (!existsSync(folder)) return null;
  const { garbled, realText } = ftfyCases(folder);
  return {
    fixed: garbled.filter((test) => readRepaired(inArticle(test.original)) === inArticle(ftfyFix(test)))
      .length,
    garbled: garbled.length,
    untouched: realText.filter((test) => readRepaired(inArticle(test.original)) === inArticle(test.original))
      .length,
    real: realText.length,
  };
}

export function runMojibakeBench(log: (line: string) => void): void {
  const clean = cleanText();
  const garbled = Buffer.from(clean, 'utf8').toString('latin1');
  log('\nMojibake check on 1 MB vs the naive whole-text repair (ratio: check ÷ naive)');
  for (const [name, text] of [
    ['clean (mixed scripts)', clean],
    ['double-encoded', garbled],
  ] as const) {
    let kind = '';
    const check = bestOf(3, () => {
      kind = checkMojibake(text).kind;
    });
    const naive = bestOf(3, () => naiveRepair(text));
    log(
      `${name.padEnd(24)} ${check.toFixed(0).padStart(6)} ms  naive ${naive.toFixed(1).padStart(6)} ms  ratio ${(check / naive).toFixed(1)}  → ${kind}`,
    );
  }
  const score = ftfyScore();
  if (score) {
    log(
      `ftfy's cases: ${score.fixed} of ${score.garbled} garbled fixed as ftfy fixes them (${((100 * score.fixed) / score.garbled).toFixed(1)}%), ${score.untouched} of ${score.real} real texts untouched`,
    );
  }
}
