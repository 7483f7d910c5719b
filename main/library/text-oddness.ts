// How odd a stretch of text looks as something a person wrote: the measure that decides
// whether a mojibake repair is kept. Mojibake has a shape real writing rarely has: a capital
// accented letter inside a lower-case word ("cafÃ©"), signs glued between letters ("Ã©t",
// "â€™"), letters of two alphabets in one word ("Ð¿Ñ€Ð¸"), C1 controls, rare phonetic
// letters where an ordinary one would be. Real text in any writing system scores low; the
// score only compares two readings of the same place. Pure.

type Kind =
  | 'space'
  | 'ascii' // ASCII letters, digits and punctuation
  | 'letter' // a letter people write: accented Latin, Greek, Cyrillic, Hebrew, Han, …
  | 'rare letter' // phonetic and extended Latin letters, spacing modifiers
  | 'mark' // combining marks
  | 'quote' // ‘ ’ “ ” ‚ „ ‹ › « »
  | 'dash' // – — ― …
  | 'trademark' // ® ™: written right after a word
  | 'sign' // other signs of Latin-1 and Windows-1252: © ° ± € £ ¬ ¦ ¨ …
  | 'box' // box drawing and blocks
  | 'broken' // C1 and other controls, U+FFFD, private use, unassigned
  | 'symbol'; // emoji, dingbats, arrows, full-width punctuation: written as they are

// The character classes, built on first use: V8 builds a Unicode property class when the
// pattern is created, which took about a tenth of `variorum diff`'s start-up, and the text of
// most files is ASCII, which never reaches them (see checkMojibake).
let builtClasses:
  { letter: RegExp; upper: RegExp; lower: RegExp; mark: RegExp; broken: RegExp; space: RegExp } | undefined;
const characterClasses = () =>
  (builtClasses ??= {
    letter: /\p{L}/u,
    upper: /\p{Lu}/u,
    lower: /\p{Ll}/u,
    mark: /\p{M}/u,
    broken: /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\ufffd]/u,
    space: /\s/u,
  });

// Letters that misread UTF-8 lands on and people seldom write: extended Latin and phonetic
// letters ("ɮ" from "É®"), the long s, spacing modifiers, phonetic extensions, and the
// scripts between Arabic and Devanagari (Syriac, Thaana, NKo, …); less the few extended
// letters ordinary languages write (Romanian ș ț, Vietnamese ơ ư, Pinyin ǎ…).
const RARE_RANGES: Array<[number, number]> = [
  [0x017f, 0x02ff],
  [0x0700, 0x08ff],
  [0x1d00, 0x1dbf],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];
const COMMON_EXTENDED = /[\u0218-\u021b\u01a0\u01a1\u01af\u01b0\u01cd-\u01dc\u0259]/u;
const isRareLetter = (code: number, character: string): boolean =>
  RARE_RANGES.some(([low, high]) => code >= low && code <= high) && !COMMON_EXTENDED.test(character);

// The two letters that begin the misreading of every Latin-1 letter and sign through
// Windows-1252 ("Ã©" for "é", "Â°" for "°"): real, but seldom written.
const USUAL_LEADS = 'ÃÂ';

let scripts: Array<[string, RegExp]> | undefined;
const scriptPatterns = (): Array<[string, RegExp]> =>
  (scripts ??= [
    ['Latin', /\p{sc=Latin}/u],
    ['Greek', /\p{sc=Greek}/u],
    ['Cyrillic', /\p{sc=Cyrillic}/u],
    ['Armenian', /\p{sc=Armenian}/u],
    ['Hebrew', /\p{sc=Hebrew}/u],
    ['Arabic', /\p{sc=Arabic}/u],
    ['Hangul', /\p{sc=Hangul}/u],
    ['Han', /[\u2e80-\u9fff\uf900-\ufaff]/u],
    ['Thai', /\p{sc=Thai}/u],
    ['Indic', /[\u0900-\u0dff]/u],
    ['Georgian', /\p{sc=Georgian}/u],
    ['Ethiopic', /\p{sc=Ethiopic}/u],
  ]);

// Han, kana, Hangul and their signs and punctuation: each stands for a word or syllable.
const isIdeographic = (code: number): boolean =>
  (code >= 0x2e80 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xf900 && code <= 0xfaff);

function scriptOf(character: string): string {
  for (const [name, pattern] of scriptPatterns()) if (pattern.test(character)) return name;
  return 'other';
}

function kindOf(character: string): Kind {
  const is = characterClasses();
  const code = character.codePointAt(0)!;
  if (code < 0x80) return is.space.test(character) ? 'space' : is.broken.test(character) ? 'broken' : 'ascii';
  if (is.space.test(character)) return 'space';
  if (is.broken.test(character)) return 'broken';
  if ((is.letter.test(character) || is.mark.test(character)) && isRareLetter(code, character))
    return 'rare letter';
  if (is.mark.test(character)) return 'mark';
  if (is.letter.test(character) || isIdeographic(code)) return 'letter';
  if ('‘’“”‚„‹›«»'.includes(character)) return 'quote';
  if ('–—―…'.includes(character)) return 'dash';
  if ('®™'.includes(character)) return 'trademark';
  if (code >= 0x2500 && code <= 0x259f) return 'box';
  if (code <= 0x2122 || (code >= 0x2200 && code <= 0x22ff)) return 'sign';
  return 'symbol';
}

const CHARACTER_COST: Record<Kind, number> = {
  space: 0,
  ascii: 0,
  letter: 1,
  'rare letter': 4,
  mark: 0,
  quote: 1,
  dash: 1,
  trademark: 1,
  sign: 2,
  box: 1,
  broken: 6,
  symbol: 1,
};

interface Character {
  text: string;
  kind: Kind;
  letter: boolean;
  upper: boolean;
  lower: boolean;
  ascii: boolean;
  /** An ASCII letter or digit. */
  alphanumeric: boolean;
  script: string;
}

// Characters are described once: pages repeat the same few hundred.
const described = new Map<string, Character>();

function describe(text: string): Character {
  let known = described.get(text);
  if (!known) described.set(text, (known = describeAfresh(text)));
  return known;
}

function describeAfresh(text: string): Character {
  const is = characterClasses();
  const kind = kindOf(text);
  const letter = kind === 'letter' || kind === 'rare letter' || (kind === 'ascii' && is.letter.test(text));
  return {
    text,
    kind,
    letter,
    upper: is.upper.test(text),
    lower: is.lower.test(text),
    ascii: text.charCodeAt(0) < 0x80,
    alphanumeric: /[A-Za-z0-9]/.test(text),
    script: letter ? scriptOf(text) : '',
  };
}

const isSignLike = (c: Character): boolean => c.kind === 'sign' || c.kind === 'broken';

const isPunctuationLike = (c: Character): boolean =>
  isSignLike(c) || c.kind === 'trademark' || c.kind === 'quote' || c.kind === 'dash';
const isQuoteOrDash = (c: Character): boolean => c.kind === 'quote' || c.kind === 'dash';

/** What two neighbours add: the shapes mojibake makes between characters. */
function pairCost(a: Character, b: Character): number {
  let cost = 0;
  // Letters of two writing systems touching inside one word (Greek letters inside Latin
  // words are common in science, "IL2Rγ"), or a letter of another alphabet beside ASCII
  // letters and digits.
  if (a.letter && b.letter && a.script !== b.script && !(a.ascii && b.ascii))
    cost += a.script === 'Greek' || b.script === 'Greek' ? 0 : 5;
  if (
    (a.alphanumeric && b.letter && !LATIN_OR_GREEK.has(b.script)) ||
    (b.alphanumeric && a.letter && !LATIN_OR_GREEK.has(a.script))
  )
    cost += 3;
  // The ligature œ beside a letter that is not ASCII, or ending a word.
  if ((isOe(a) && b.letter && !b.ascii) || (isOe(b) && a.letter && !a.ascii) || (isOe(a) && !b.letter))
    cost += 2;
  // A capital that is not ASCII straight after a small letter: "cafÃ".
  if (a.lower && b.upper && !b.ascii) cost += 3;
  // The usual leads are followed, in real writing, by capitals ("SÃO"), not by signs, small
  // letters or a no-break space.
  if (USUAL_LEADS.includes(a.text) && !/[A-Z ’]/.test(b.text) && !(b.kind === 'space' && b.ascii)) cost += 3;
  // A sign glued to a letter that is not ASCII ("Ã©"), two signs or marks glued together
  // ("€™", "™«"; "…”" and "—“" are written), box drawing glued to a letter ("─î").
  if ((a.letter && !a.ascii && isSignLike(b)) || (isSignLike(a) && b.letter && !b.ascii)) cost += 2;
  // A combining mark with no letter to sit on; a generic accent stacked on a letter (vowel
  // signs and points are how Indic, Thai, Hebrew and Arabic are written; stray accents
  // are how misread bytes come out).
  if (b.kind === 'mark' && !a.letter && a.kind !== 'mark') cost += 3;
  if (b.kind === 'mark' && b.text >= '\u0300' && b.text <= '\u036f') cost += 2;
  if (isPunctuationLike(a) && isPunctuationLike(b) && !(isQuoteOrDash(a) && isQuoteOrDash(b))) cost += 2;
  if ((a.kind === 'box' && b.letter) || (a.letter && b.kind === 'box')) cost += 2;
  // A phonetic letter inside an ordinary word.
  if ((a.kind === 'rare letter' && b.letter) || (b.kind === 'rare letter' && a.letter)) cost += 1;
  return cost;
}

/**
 * What three neighbours add: a sign or mark of punctuation between two letters ("Ã©t"), two
 * signs inside a word ("g√¢t"), a small letter that is not ASCII in a word of capitals ("SÖģ"), a one-letter word that is not
 * ASCII.
 */
function tripleCost(a: Character, b: Character, c: Character): number {
  let cost = 0;
  if (
    a.letter &&
    c.letter &&
    (isSignLike(b) || b.kind === 'trademark' || (b.kind === 'quote' && b.text !== '’'))
  )
    cost += 3;
  if (isSignLike(b) && ((a.letter && isSignLike(c)) || (isSignLike(a) && c.letter))) cost += 2;
  if (a.upper && b.upper && c.lower && !c.ascii) cost += 2;
  // A word of one letter that is not ASCII; of another alphabet than the Latin, among Latin
  // words, it is a letter torn from a word ("“×”" read as "“ה").
  if (!a.letter && b.letter && !b.ascii && !c.letter) {
    if (!LATIN_OR_GREEK.has(b.script) && a.kind !== 'letter' && c.kind !== 'letter') cost += 3;
    else if (a.kind === 'space' && c.kind === 'space') cost += b.upper ? 2 : 1;
  }
  return cost;
}

const LATIN_OR_GREEK = new Set(['Latin', 'Greek']);
const isOe = (c: Character): boolean => c.text === 'œ' || c.text === 'Œ';

/** The oddness of `text`: 0 for plain ASCII, growing with every mojibake-like shape. */
export function oddness(text: string): number {
  // Spaces at both ends, so that a word at either end is seen as a word.
  const characters = Array.from(` ${text} `, describe);
  let cost = 0;
  for (let i = 0; i < characters.length; i++) {
    const here = characters[i]!;
    cost += CHARACTER_COST[here.kind];
    if (i >= 1) cost += pairCost(characters[i - 1]!, here);
    if (i >= 2) cost += tripleCost(characters[i - 2]!, characters[i - 1]!, here);
  }
  return cost;
}
