// Comparison keys: what two tokens must share to count as "the same" under the ignore
// options. Texts are never changed; only the keys they are compared by.
import type { CompareOptions } from '../../preload/contract';
import { IDENTITY_KEY } from './tokenize';

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  granularity: 'word',
  ignoreCase: false,
  ignoreWhitespace: false,
  ignorePunctuation: false,
  ignoreTypography: false,
};

// Typographic variants that Unicode normalisation (NFKC) leaves apart.
const TYPOGRAPHIC_EQUIVALENTS: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
];

/** Maps one typographic variant of a text onto its plain form: “x”—y… → "x"-y... */
export function plainTypography(text: string): string {
  let plain = text.normalize('NFKC');
  for (const [pattern, replacement] of TYPOGRAPHIC_EQUIVALENTS) {
    plain = plain.replace(pattern, replacement);
  }
  return plain;
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** Builds the key function for one set of options. Keys of whitespace are handled by tokens. */
export function makeKeyNormalizer(options: CompareOptions): (text: string) => string {
  const steps: Array<(text: string) => string> = [];
  if (options.ignoreTypography) steps.push(plainTypography);
  if (options.ignorePunctuation) steps.push((text) => text.replace(PUNCTUATION, ''));
  if (options.ignoreCase) steps.push((text) => text.toLowerCase());
  if (steps.length === 0) return IDENTITY_KEY;
  return (text) => steps.reduce((current, step) => step(current), text);
}

/**
 * Whitespace is compared by kind: none, a line break, or horizontal space. How much space,
 * and which kind of space (tab, no-break, thin), shows as a faint normalized difference: it
 * is invisible in reading, while a line break moved in verse is a real change. The
 * ignore-whitespace option drops whitespace from the comparison altogether.
 */
export function spaceClass(space: string): string {
  if (space === '') return '';
  return /[\n\r\u2028\u2029]/.test(space) ? '\n' : ' ';
}
