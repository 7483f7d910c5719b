// Test-only text generator for the comparison engine's property tests: a seeded PRNG, random
// articles (paragraphs of words with punctuation, curly quotes, dashes and digits) and the
// edits a second version of an article typically shows. Deterministic for a given seed.

import { seededRandom, type Random } from '../bench/generate-texts';

export type { Random };

/** The benchmarks' seeded PRNG (mulberry32), under the name these tests have always used. */
export const mulberry32 = seededRandom;

/** A whole number in [min, max], both included. */
export const randomInt = (rand: Random, min: number, max: number): number =>
  min + Math.floor(rand() * (max - min + 1));

const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const VOCABULARY = `
  a an the of to in on at by for from with as and or but if so not no yes it its is was are were
  be been has had have do did will would can could may might must shall should this that these
  those there here who whom what which when where why how all any both each few more most other
  some such only own same than too very just also again still even ever never often once twice
  president minister official officials leader leaders council committee government parliament
  senate house court judge jury lawyer witness police officer soldier army navy border troops
  city town village river bridge harbour valley mountain forest island coast field garden road
  street market station school church castle tower palace prison library museum theatre hospital
  morning evening night winter summer spring autumn season year month week today tomorrow hour
  minute moment history future century decade period silence weather storm thunder rain snow
  letter letters book books page pages chapter verse poem poems song songs story stories word
  words name names voice voices sound light shadow colour fire water stone iron glass paper bread
  wine salt money price trade bank banks company markets worker workers farmer farmers
  talks negations negotiations treaty agreement deal dispute conflict crisis threat promise
  warning demand demands response report reports statement interview meeting meetings vote votes
  election campaign party parties policy reform budget taxes debt growth energy climate health
  security progress tension tensions pressure support protest strike crowd sister brother mother
  father daughter friend stranger child children woman women people neighbour guest master
  servant said told asked answered wrote read spoke heard saw looked found kept left gave took
  came went began ended agreed refused denied warned urged claimed believed hoped feared wanted
  needed seemed turned opened closed carried followed crossed reached returned remained waited
  quickly slowly quietly loudly clearly nearly rather almost perhaps together against between
  without within beneath beyond across through during before after under above behind toward
  serious substantive pragmatic careful bitter gentle ancient modern early late great small
  large long short high low deep bright dark cold warm strange familiar distant narrow broad
  heavy empty golden silver green grey scarlet white black quiet sudden final public private
`
  .split(/\s+/)
  .filter(Boolean);

const PUNCTUATION = [',', ',', ',', '.', '.', ';', ':', '?', '!', '…'];
const NUMBERS = ['1984', '2014', '50-minute', '3:35', '4:25', '10', '7', '12,000', '1.5', '19th'];

function randomWord(rand: Random): string {
  const roll = rand();
  if (roll < 0.04) return '—';
  if (roll < 0.1) return pick(rand, NUMBERS);
  let word = pick(rand, VOCABULARY);
  if (rand() < 0.1) word = word[0]!.toUpperCase() + word.slice(1);
  if (rand() < 0.03) word += '’s';
  if (rand() < 0.04) word = `“${word}”`;
  else if (rand() < 0.02) word = `‘${word}’`;
  if (rand() < 0.12) word += pick(rand, PUNCTUATION);
  return word;
}

const WORD_SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '  ', '\n', ' \n', '\t'];
const PARAGRAPH_SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n\n\n', '\n \n', '\r\n\r\n', '\n\t\n'];

/** A paragraph of min–max words joined by varied whitespace (never a blank line). */
export function randomParagraph(rand: Random, minWords: number, maxWords: number): string {
  const count = randomInt(rand, minWords, maxWords);
  let text = randomWord(rand);
  for (let k = 1; k < count; k++) text += pick(rand, WORD_SEPARATORS) + randomWord(rand);
  return text + '.';
}

export interface ArticleShape {
  minParagraphs: number;
  maxParagraphs: number;
  minWords: number;
  maxWords: number;
}

export function randomParagraphs(rand: Random, shape: ArticleShape): string[] {
  const count = randomInt(rand, shape.minParagraphs, shape.maxParagraphs);
  return Array.from({ length: count }, () => randomParagraph(rand, shape.minWords, shape.maxWords));
}

/** The article's text: paragraphs separated by varied blank lines, sometimes with stray edges. */
export function joinParagraphs(rand: Random, paragraphs: readonly string[]): string {
  let text = paragraphs[0] ?? '';
  for (let k = 1; k < paragraphs.length; k++) text += pick(rand, PARAGRAPH_SEPARATORS) + paragraphs[k];
  if (rand() < 0.2) text = '\n ' + text;
  if (rand() < 0.2) text += '\n';
  return text;
}

/** Splits a paragraph into words and the whitespace runs between them (odd indices). */
const piecesOf = (paragraph: string): string[] => paragraph.split(/(\s+)/);

function editWords(paragraph: string, rand: Random, edit: (pieces: string[], index: number) => void): string {
  const pieces = piecesOf(paragraph);
  const wordCount = (pieces.length + 1) / 2;
  edit(pieces, 2 * randomInt(rand, 0, wordCount - 1));
  return pieces.join('');
}

export const replaceWord = (paragraph: string, rand: Random): string =>
  editWords(paragraph, rand, (pieces, index) => {
    pieces[index] = randomWord(rand);
  });

const insertWord = (paragraph: string, rand: Random): string =>
  editWords(paragraph, rand, (pieces, index) => {
    pieces[index] += ' ' + randomWord(rand);
  });

const deleteWord = (paragraph: string, rand: Random): string =>
  editWords(paragraph, rand, (pieces, index) => {
    if (pieces.length === 1) return;
    if (index === pieces.length - 1) pieces.splice(index - 1, 2);
    else pieces.splice(index, 2);
  });

const changeWhitespace = (paragraph: string, rand: Random): string => {
  const pieces = piecesOf(paragraph);
  if (pieces.length === 1) return paragraph;
  pieces[2 * randomInt(rand, 0, (pieces.length - 3) / 2) + 1] = pick(rand, ['  ', '\n', ' ', '\t ']);
  return pieces.join('');
};

/** Moves paragraph `from` so that it ends up at index `to` of the result. */
export function moveParagraph(paragraphs: readonly string[], from: number, to: number): string[] {
  const result = [...paragraphs];
  const [moved] = result.splice(from, 1);
  result.splice(to, 0, moved!);
  return result;
}

/** Applies `count` random edits: to words, whitespace, and whole paragraphs. */
export function randomEdits(
  rand: Random,
  paragraphs: readonly string[],
  count: number,
  shape: ArticleShape,
): string[] {
  const result = [...paragraphs];
  const any = (): number => randomInt(rand, 0, result.length - 1);
  for (let k = 0; k < count; k++) {
    const roll = rand();
    if (result.length === 0 || roll < 0.1) {
      result.splice(
        randomInt(rand, 0, result.length),
        0,
        randomParagraph(rand, shape.minWords, shape.maxWords),
      );
    } else if (roll < 0.2 && result.length > 1) {
      result.splice(any(), 1);
    } else if (roll < 0.27) {
      const [i, j] = [any(), any()];
      [result[i], result[j]] = [result[j]!, result[i]!];
    } else if (roll < 0.34) {
      result.splice(0, result.length, ...moveParagraph(result, any(), any()));
    } else {
      const wordEdit = pick(rand, [replaceWord, replaceWord, insertWord, deleteWord, changeWhitespace]);
      const i = any();
      result[i] = wordEdit(result[i]!, rand);
    }
  }
  return result;
}
