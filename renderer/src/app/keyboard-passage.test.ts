// The sentence and paragraph a keyboard command selects.
import { describe, expect, it } from 'vitest';
import { paragraphSpan, sentenceSpan } from './keyboard-passage';

const paragraphs = [
  'The mayor spoke. “We will rebuild,” she said! Then she left.',
  'Dr. Raman was not there… Nobody asked why.',
];
const side = { text: paragraphs.join('\n\n'), starts: [0, paragraphs[0]!.length + 2] };
const slice = (span: { start: number; end: number }): string => side.text.slice(span.start, span.end);

describe('keyboard passages', () => {
  it('selects the sentence around a place, closing quotes included', () => {
    expect(slice(sentenceSpan(side, side.text.indexOf('rebuild')))).toBe('“We will rebuild,” she said!');
    expect(slice(sentenceSpan(side, 0))).toBe('The mayor spoke.');
    expect(slice(sentenceSpan(side, side.text.indexOf('left')))).toBe('Then she left.');
  });

  it('widens to every sentence a selection touches, never past its paragraph', () => {
    const from = side.text.indexOf('spoke');
    const to = side.text.indexOf('she said');
    expect(slice(sentenceSpan(side, from, to))).toBe('The mayor spoke. “We will rebuild,” she said!');
    expect(slice(sentenceSpan(side, side.text.indexOf('Nobody')))).toBe('Nobody asked why.');
  });

  it('selects a whole paragraph without the blank line after it', () => {
    expect(slice(paragraphSpan(side, 3))).toBe(paragraphs[0]);
    expect(slice(paragraphSpan(side, side.text.length - 1))).toBe(paragraphs[1]);
  });
});
