// Find's matching rule: case and diacritics on and off, offsets into the original text even
// where folding changes lengths, and snippets for result lists.
import { describe, expect, it } from 'vitest';
import { findInText, snippetAround } from './find-text';

const LOOSE = { matchCase: false, matchDiacritics: false };
const EXACT = { matchCase: true, matchDiacritics: true };
const spans = (text: string, hits: { start: number; end: number }[]): string[] =>
  hits.map((hit) => text.slice(hit.start, hit.end));

describe('findInText', () => {
  it('ignores case and diacritics unless asked to match them', () => {
    const text = 'Café society. CAFE owners. The cafe — and the café.';
    expect(spans(text, findInText(text, 'cafe', LOOSE))).toEqual(['Café', 'CAFE', 'cafe', 'café']);
    expect(spans(text, findInText(text, 'café', { matchCase: false, matchDiacritics: true }))).toEqual([
      'Café',
      'café',
    ]);
    expect(spans(text, findInText(text, 'cafe', { matchCase: true, matchDiacritics: false }))).toEqual([
      'cafe',
      'café',
    ]);
    expect(spans(text, findInText(text, 'Café', EXACT))).toEqual(['Café']);
  });

  it('finds a precomposed letter in decomposed text and covers the dropped mark', () => {
    const decomposed = 'la cafe\u0301 est ouverte';
    expect(spans(decomposed, findInText(decomposed, 'café', EXACT))).toEqual(['cafe\u0301']);
    expect(spans(decomposed, findInText(decomposed, 'cafe', LOOSE))).toEqual(['cafe\u0301']);
  });

  it('keeps offsets right after characters that fold to a different length', () => {
    // "İ" lower-cases to two code units; "ß" stays one; an emoji is a surrogate pair.
    const text = 'İstanbul 🙂 Straße, then Istanbul again';
    const hits = findInText(text, 'istanbul', LOOSE);
    expect(spans(text, hits)).toEqual(['İstanbul', 'Istanbul']);
    expect(spans(text, findInText(text, 'straße', LOOSE))).toEqual(['Straße']);
  });

  it('finds nothing for an empty query and does not overlap hits', () => {
    expect(findInText('aaaa', '', LOOSE)).toEqual([]);
    expect(findInText('aaaa', 'aa', LOOSE)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findInText('a a a', 'a', LOOSE, 2)).toHaveLength(2);
  });
});

describe('snippetAround', () => {
  it('cuts at word boundaries, flattens line breaks and marks what was left out', () => {
    const text =
      'The harbour council voted on Tuesday to build a new sea wall along the eastern quay,\nafter two winters of flooding.';
    const [hit] = findInText(text, 'sea wall', LOOSE);
    const snippet = snippetAround(text, hit!, 20);
    expect(snippet.match).toBe('sea wall');
    expect(snippet.before).toBe('…to build a new ');
    expect(snippet.after).toBe(' along the eastern…');
  });
});
