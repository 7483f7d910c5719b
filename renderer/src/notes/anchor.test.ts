// Selectors and re-anchoring against the edits articles really go through: edits elsewhere,
// reflowed paragraphs, a corrected typo, duplicated and deleted passages, and emoji.
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  reanchor,
  reanchorAll,
  selectorsFor,
  toCodePointOffset,
  toUtf16Offset,
} from './anchor';
import type { Anchor } from './model';

const ARTICLE = [
  'Harbour council approves new sea wall',
  '',
  'The harbour council voted on Tuesday to build a new sea wall along the eastern quay,',
  'after two winters of flooding that closed the fish market for weeks.',
  '',
  'The mayor said the wall would cost 4.2 million euros and take two years to finish.',
  'Opponents argued that the money should go to the ferry service instead.',
].join('\n');

const QUOTE = 'the wall would cost 4.2 million euros';

/** Code-point offsets of the first occurrence of `needle` (what a selection would give). */
function codePointRange(text: string, needle: string, from = 0): [number, number] {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return [start, start + Array.from(needle).length];
}

function anchorOn(text: string, needle: string): Anchor {
  return selectorsFor(text, ...codePointRange(text, needle));
}

/** The text a re-anchored note points at, cut by code points as a viewer would. */
function passage(text: string, result: ReturnType<typeof reanchor>): string {
  if (result.status !== 'anchored') throw new Error(`orphaned (${result.reason})`);
  return Array.from(text).slice(result.start, result.end).join('');
}

describe('selectorsFor', () => {
  it('keeps the quote, 32 code points of context either side, and the position', () => {
    const anchor = anchorOn(ARTICLE, QUOTE);
    expect(anchor.quote.exact).toBe(QUOTE);
    expect(anchor.quote.prefix).toBe(
      ' two winters of flooding that closed the fish market for weeks.\n\nThe mayor said '.slice(-32),
    );
    expect(Array.from(anchor.quote.prefix)).toHaveLength(CONTEXT_LENGTH);
    expect(anchor.quote.suffix).toBe(' and take two years to finish.\nO');
    expect(anchor.position).toEqual({
      start: ARTICLE.indexOf(QUOTE),
      end: ARTICLE.indexOf(QUOTE) + QUOTE.length,
    });
  });

  it('shortens the context at the edges of the text', () => {
    const anchor = selectorsFor('Short text here', 0, 5);
    expect(anchor.quote).toEqual({ exact: 'Short', prefix: '', suffix: ' text here' });
  });

  it('counts code points, never splitting an emoji', () => {
    const text = '🌊🌊 Flood warning 🚨 for the quay';
    const anchor = selectorsFor(text, 3, 16);
    expect(anchor.quote.exact).toBe('Flood warning');
    expect(anchor.quote.prefix).toBe('🌊🌊 ');
    expect(anchor.quote.suffix).toBe(' 🚨 for the quay');
    expect(selectorsFor(text, 17, 18).quote.exact).toBe('🚨');
  });

  it('converts between code points and the UTF-16 offsets of strings and DOM selections', () => {
    const text = 'a🌊b🚨🚨c';
    expect([0, 1, 3, 4, 6, 8, 9].map((utf16) => toCodePointOffset(text, utf16))).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((codePoint) => toUtf16Offset(text, codePoint))).toEqual([
      0, 1, 3, 4, 6, 8, 9,
    ]);
  });

  it('refuses an empty or out-of-range selection', () => {
    expect(() => selectorsFor('abc', 1, 1)).toThrow(RangeError);
    expect(() => selectorsFor('abc', 2, 4)).toThrow(RangeError);
    expect(() => selectorsFor('🌊', 0, 2)).toThrow(RangeError);
  });
});

describe('reanchor', () => {
  const anchor = anchorOn(ARTICLE, QUOTE);

  it('finds an unchanged passage at its saved position', () => {
    expect(reanchor(ARTICLE, anchor)).toEqual({ status: 'anchored', ...anchor.position, by: 'position' });
  });

  it('follows the passage when text before and after it is edited', () => {
    const edited = ARTICLE.replace('Harbour council approves', 'UPDATED: Harbour council finally approves')
      .replace('voted on Tuesday', 'voted late on Tuesday night')
      .replace('ferry service instead.', 'ferry service instead, and said they would appeal.');
    const result = reanchor(edited, anchor);
    expect(result).toMatchObject({ status: 'anchored', by: 'quote' });
    expect(passage(edited, result)).toBe(QUOTE);
  });

  it('follows the passage when its paragraph is reflowed (line breaks and spacing change)', () => {
    const wrapped = anchorOn(ARTICLE, 'a new sea wall along the eastern quay,\nafter two winters');
    const reflowed = ARTICLE.replace('eastern quay,\nafter', 'eastern\n quay,  after').replace(
      'a new sea wall',
      'a new  sea\u00a0wall',
    );
    const result = reanchor(reflowed, wrapped);
    expect(result).toMatchObject({ status: 'anchored', by: 'whitespace' });
    expect(passage(reflowed, result)).toBe(
      'a new  sea\u00a0wall along the eastern\n quay,  after two winters',
    );
  });

  it('follows a passage with one character changed inside the quote', () => {
    const corrected = ARTICLE.replace('4.2 million', '4.3 million');
    const result = reanchor(corrected, anchor);
    expect(result).toMatchObject({ status: 'anchored', by: 'fuzzy' });
    expect(passage(corrected, result)).toBe('the wall would cost 4.3 million euros');
  });

  it('follows a passage with a word inserted inside the quote', () => {
    const long = anchorOn(ARTICLE, 'after two winters of flooding that closed the fish market for weeks');
    const edited = ARTICLE.replace('closed the fish market', 'closed the old fish market');
    const result = reanchor(edited, long);
    expect(result).toMatchObject({ status: 'anchored', by: 'fuzzy' });
    expect(passage(edited, result)).toBe(
      'after two winters of flooding that closed the old fish market for weeks',
    );
  });

  it('lets the context decide between copies of a duplicated quote', () => {
    const short = anchorOn(ARTICLE, 'The mayor said');
    // A new first paragraph repeats the words, in another context, before the original.
    const edited = ARTICLE.replace(
      'The harbour council voted',
      'The mayor said on Monday that a vote was near.\n\nThe harbour council voted',
    );
    const result = reanchor(edited, short);
    expect(result).toMatchObject({ status: 'anchored', by: 'quote' });
    const [start] = codePointRange(edited, 'The mayor said the wall');
    expect(result).toMatchObject({ start });
  });

  it('orphans a quote that now appears twice with the same context', () => {
    // A scraped page that carries the whole story twice, below a new line.
    const doubled = `Live updates\n\n${ARTICLE}\n\n${ARTICLE}`;
    expect(reanchor(doubled, anchor)).toEqual({ status: 'orphaned', reason: 'ambiguous' });
  });

  it('stays at the saved position when the copy there is as good as any other', () => {
    const doubled = `${ARTICLE}\n\n${ARTICLE}`;
    expect(reanchor(doubled, anchor)).toEqual({ status: 'anchored', ...anchor.position, by: 'position' });
  });

  it('orphans a deleted quote', () => {
    const deleted = ARTICLE.replace(
      'The mayor said the wall would cost 4.2 million euros and take two years to finish.\n',
      '',
    );
    expect(reanchor(deleted, anchor)).toEqual({ status: 'orphaned', reason: 'missing' });
  });

  it('never moves a note to a look-alike passage in another context', () => {
    const lookAlike = [
      'Ferry operator reports record year',
      '',
      'The operator said the wall would cost 4.2 million euros, a figure it disputes.',
      'Passenger numbers rose by a fifth.',
    ].join('\n');
    expect(reanchor(lookAlike, anchor)).toEqual({ status: 'orphaned', reason: 'missing' });
    const nearLookAlike = lookAlike.replace('4.2', '4.3');
    expect(reanchor(nearLookAlike, anchor)).toEqual({ status: 'orphaned', reason: 'missing' });
  });

  it('does not take a short quote to the same words elsewhere once its own are gone', () => {
    const short = anchorOn(ARTICLE, 'two years');
    const edited = ARTICLE.replace('take two years to finish', 'take until 2029').replace(
      'after two winters',
      'after two years and two winters',
    );
    expect(reanchor(edited, short)).toEqual({ status: 'orphaned', reason: 'missing' });
  });

  it('counts positions in code points when emoji come before the quote', () => {
    const withEmoji = ARTICLE.replace('Harbour council approves', '🌊🌊 Harbour council approves 🏗️');
    const emojiAnchor = anchorOn(withEmoji, QUOTE);
    expect(emojiAnchor.position.start).toBe(ARTICLE.indexOf(QUOTE) + 6); // '🌊🌊 ' and ' 🏗️' (🏗 + VS16)
    expect(reanchor(withEmoji, emojiAnchor)).toMatchObject({ status: 'anchored', by: 'position' });

    // More emoji arrive before the quote: it moves by three code points (five UTF-16 units).
    const more = withEmoji.replace('voted on Tuesday', 'voted 🚢🚢 on Tuesday');
    const result = reanchor(more, emojiAnchor);
    expect(result).toMatchObject({
      status: 'anchored',
      start: emojiAnchor.position.start + 3,
      end: emojiAnchor.position.end + 3,
    });
    expect(passage(more, result)).toBe(QUOTE);

    // And a fuzzy match after emoji is still counted in code points.
    const fuzzy = more.replace('4.2 million', '4.3 million');
    const fuzzyResult = reanchor(fuzzy, emojiAnchor);
    expect(fuzzyResult).toMatchObject({ status: 'anchored', by: 'fuzzy' });
    expect(passage(fuzzy, fuzzyResult)).toBe('the wall would cost 4.3 million euros');
  });

  it('keeps emoji inside a quote whole', () => {
    const text = 'Crowds cheered 🎉🎉 as the wall opened. Later the mayor spoke.';
    const quoted = anchorOn(text, 'cheered 🎉🎉 as the wall opened');
    const edited = text.replace('cheered 🎉🎉 as', 'cheered 🎉 as').replace('Crowds', 'Large crowds');
    const result = reanchor(edited, quoted);
    expect(result).toMatchObject({ status: 'anchored', by: 'fuzzy' });
    expect(passage(edited, result)).toBe('cheered 🎉 as the wall opened');
  });

  it('re-anchors many notes on one text at once, in order', () => {
    const other = anchorOn(ARTICLE, 'Opponents argued');
    const edited = `Correction appended.\n${ARTICLE}`;
    const results = reanchorAll(edited, [anchor, other]);
    expect(results.map((result) => passage(edited, result))).toEqual([QUOTE, 'Opponents argued']);
  });
});
