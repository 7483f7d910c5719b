// Finds mojibake in decoded text and repairs it only when the repair is unambiguous: UTF-8
// that was once read as Windows-1252 or Latin-1 and saved again ("EspaÃ±ol", "â€™"), and
// Windows-1252 punctuation read as Latin-1 (C1 control characters where quotes belong). Pure.

export interface MojibakeRepair {
  /** The text with the repair made. */
  text: string;
  /** What the UI says, e.g. "repaired double-encoded text". */
  label: string;
  /** Characters restored. */
  count: number;
}

export type MojibakeCheck =
  | { kind: 'clean' }
  | ({ kind: 'repaired' } & MojibakeRepair)
  /** Looks like mojibake, but a repair could be wrong: left as decoded, with this warning. */
  | { kind: 'ambiguous'; warning: string };

export const DOUBLE_ENCODED_LABEL = 'repaired double-encoded text';
export const C1_PUNCTUATION_LABEL = 'repaired Windows-1252 punctuation';

/** Windows-1252's characters for bytes 0x80–0x9F (0: undefined there). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const CP1252_BYTE = new Map(CP1252_HIGH.flatMap((code, i) => (code ? [[code, 0x80 + i] as const] : [])));

/** The byte a character stood for if text was read as Windows-1252 or Latin-1, else -1. */
function byteOf(code: number): number {
  if (code <= 0xff) return code;
  return CP1252_BYTE.get(code) ?? -1;
}

// What a repaired character may be: scripts and symbols people write. Anything else (an NKo
// letter from a German "ß«", say) means the "mojibake" was probably real text.
const PLAUSIBLE: Array<[number, number]> = [
  [0x00a0, 0x036f], // Latin-1 letters and signs, Latin Extended, IPA, modifiers, combining marks
  [0x0370, 0x052f], // Greek, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x27bf], // punctuation, currency, letterlike, arrows, maths, shapes, dingbats
  [0x3000, 0x9fff], // CJK
  [0xac00, 0xd7af], // Hangul
  [0xfeff, 0xfeff], // a byte order mark read twice ("ï»¿")
  [0xff00, 0xffef], // full-width forms
  [0x1f000, 0x1faff], // emoji
];
const plausible = (code: number): boolean => PLAUSIBLE.some(([low, high]) => code >= low && code <= high);

interface Sequence {
  start: number;
  /** UTF-16 length of the garbled characters. */
  length: number;
  code: number;
  /** Every continuation is a printable Latin-1 sign (Â© Ã»): the shape real text can have. */
  printable: boolean;
}

/** The garbled UTF-8 sequence that starts at `i`, if one does. */
function sequenceAt(text: string, i: number): Sequence | null {
  const lead = byteOf(text.charCodeAt(i));
  const size =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (size === 0 || i + size > text.length) return null;
  let code = lead & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
  let printable = true;
  for (let k = 1; k < size; k++) {
    const byte = byteOf(text.charCodeAt(i + k));
    if (byte < 0x80 || byte > 0xbf) return null;
    if (byte < 0xa0 || text.charCodeAt(i + k) > 0xff) printable = false;
    code = (code << 6) | (byte & 0x3f);
  }
  // Overlong forms and surrogates are not UTF-8.
  const minimum = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
  if (code < minimum || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  return { start: i, length: size, code, printable };
}

function findSequences(text: string): Sequence[] {
  const found: Sequence[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc2 || code > 0xf4) continue;
    const sequence = sequenceAt(text, i);
    if (sequence) {
      found.push(sequence);
      i += sequence.length - 1;
    }
  }
  return found;
}

function replaceSequences(text: string, sequences: Sequence[]): string {
  let out = '';
  let from = 0;
  for (const sequence of sequences) {
    out += text.slice(from, sequence.start) + String.fromCodePoint(sequence.code);
    from = sequence.start + sequence.length;
  }
  return out + text.slice(from);
}

/** Latin-1 letters outside the garbled sequences: the text has real accented letters too. */
function hasOtherLatinLetters(text: string, sequences: Sequence[]): boolean {
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const sequence = sequences[next];
    if (sequence && i === sequence.start) {
      i += sequence.length - 1;
      next++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code >= 0xc0 && code <= 0xff) return true;
  }
  return false;
}

const ambiguous = (count: number): MojibakeCheck => ({
  kind: 'ambiguous',
  warning: `${count} ${count === 1 ? 'passage looks' : 'passages look'} double-encoded but could be real text: left as decoded`,
});

/**
 * Checks decoded text for mojibake. Double-encoded UTF-8 is repaired (as many times as it was
 * encoded, up to three) when every garbled sequence decodes to a plausible character, and,
 * if the text also has real accented letters, none is a pair like "Â©" that real text could
 * hold. C1 control characters left over are Windows-1252 punctuation and become it.
 */
export function checkMojibake(text: string): MojibakeCheck {
  // Every mojibake character is above U+007F: pure ASCII (most files) needs no scan.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return { kind: 'clean' };
  let repaired = text;
  let doubleEncoded = 0;
  for (let pass = 0; pass < 3; pass++) {
    const sequences = findSequences(repaired);
    if (sequences.length === 0) break;
    if (!sequences.every((sequence) => plausible(sequence.code))) return ambiguous(sequences.length);
    if (sequences.some((sequence) => sequence.printable) && hasOtherLatinLetters(repaired, sequences)) {
      return ambiguous(sequences.length);
    }
    repaired = replaceSequences(repaired, sequences);
    doubleEncoded += sequences.length;
  }
  let punctuation = 0;
  repaired = repaired.replace(/[\u0080-\u009f]/g, (control) => {
    const code = CP1252_HIGH[control.charCodeAt(0) - 0x80]!;
    if (code === 0) return control;
    punctuation++;
    return String.fromCharCode(code);
  });
  if (doubleEncoded === 0 && punctuation === 0) return { kind: 'clean' };
  return {
    kind: 'repaired',
    text: repaired,
    label: doubleEncoded > 0 ? DOUBLE_ENCODED_LABEL : C1_PUNCTUATION_LABEL,
    count: doubleEncoded + punctuation,
  };
}
