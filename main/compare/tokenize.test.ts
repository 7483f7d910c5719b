// splitParagraphs and tokenize: blank-line paragraphs, the splitting of over-long paragraphs,
// and tokens (words or sentences) that rebuild their paragraph exactly.
import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_WORDS, splitParagraphs, tokenize } from './tokenize';

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const asIs = (text: string): string => text;

describe('splitParagraphs', () => {
  it('splits at blank lines, even ones holding spaces, tabs or CRs, and trims each paragraph', () => {
    const text =
      '\n  Title line\n\nFirst line\nsecond line  \n \t\nThird\r\n\r\nFourth\n\u00a0\nFifth\n\n\n\n';
    expect(splitParagraphs(text)).toEqual([
      'Title line',
      'First line\nsecond line',
      'Third',
      'Fourth',
      'Fifth',
    ]);
  });

  it('gives no paragraphs for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n\t\n ')).toEqual([]);
  });

  it('splits a paragraph of more than MAX_PARAGRAPH_WORDS words at line breaks', () => {
    // Lines short enough to be hard-wrapped prose, so the block is one paragraph to split.
    const lines = Array.from({ length: 60 }, (_, k) => `Line ${k} ${'w '.repeat(22)}end`);
    const paragraph = lines.join('\n');
    const pieces = splitParagraphs(paragraph);
    expect(pieces.map((piece) => wordsOf(piece).length)).toEqual([MAX_PARAGRAPH_WORDS, 500]);
    expect(pieces.join('\n')).toBe(paragraph);
  });

  it('splits a long paragraph without line breaks at sentence ends', () => {
    const sentences = Array.from(
      { length: 150 },
      (_, k) => `Sentence ${k} has exactly ten words in it, “no more.”`,
    );
    const paragraph = sentences.join(' ');
    const pieces = splitParagraphs(paragraph);
    expect(pieces.map((piece) => wordsOf(piece).length)).toEqual([MAX_PARAGRAPH_WORDS, 500]);
    expect(pieces.join(' ')).toBe(paragraph);
    expect(pieces[0]!.endsWith('“no more.”')).toBe(true);
  });

  it('keeps a paragraph of exactly MAX_PARAGRAPH_WORDS words whole', () => {
    const paragraph = 'word '.repeat(MAX_PARAGRAPH_WORDS - 1) + 'last';
    expect(splitParagraphs(paragraph)).toEqual([paragraph]);
  });
});

describe('tokenize', () => {
  const paragraph = 'He said “Stop.”  Then he left…\nWhy? It cost $3.5 million — e.g. the bridge. Fine';

  it('makes one token per word, with the whitespace that follows it', () => {
    const tokens = tokenize(paragraph, 'word', asIs, true);
    expect(tokens.map((token) => token.text).join('')).toBe(paragraph);
    expect(tokens.map((token) => token.text.trimEnd())).toEqual(wordsOf(paragraph));
    expect(tokens[2]!.text).toBe('“Stop.”  ');
    expect(tokens.every((token) => token.words === 1 && !token.blank)).toBe(true);
  });

  it('keys a word with its whitespace only when whitespace counts', () => {
    const keys = (keepWhitespace: boolean): string[] =>
      tokenize('talks  talks talks\ntalks', 'word', asIs, keepWhitespace).map((token) => token.key);
    expect(new Set(keys(true)).size).toBe(4);
    expect(new Set(keys(false))).toEqual(new Set(['talks']));
  });

  it('marks tokens with nothing left of their key as blank', () => {
    const dropPunctuation = (text: string): string => text.replace(/[\p{P}\p{S}]/gu, '');
    const tokens = tokenize('talks — resumed', 'word', dropPunctuation, false);
    expect(tokens.map((token) => [token.key, token.blank])).toEqual([
      ['talks', false],
      ['', true],
      ['resumed', false],
    ]);
  });

  it('makes one token per sentence, ending after closing quotes and before the next sentence', () => {
    const tokens = tokenize(paragraph, 'sentence', asIs, true);
    expect(tokens.map((token) => token.text)).toEqual([
      'He said “Stop.”  ',
      'Then he left…\n',
      'Why? ',
      'It cost $3.5 million — e.g. ',
      'the bridge. ',
      'Fine',
    ]);
    expect(tokens.map((token) => token.words)).toEqual([3, 3, 1, 6, 2, 1]);
  });

  it('keys sentences by their normalised words, with or without the whitespace', () => {
    const lower = (text: string): string => text.toLowerCase();
    const keys = (text: string, keepWhitespace: boolean): string[] =>
      tokenize(text, 'sentence', lower, keepWhitespace).map((token) => token.key);
    expect(keys('The Bridge. Fell', true)).toEqual(keys('the bridge. fell', true));
    expect(keys('The  Bridge. Fell', true)[0]).not.toBe(keys('the bridge. fell', true)[0]);
    expect(keys('The  Bridge.\nFell', false)).toEqual(keys('the bridge. fell', false));
  });
});
