// Passages chosen from the keyboard: the sentence or the paragraph around a place in one side's
// text (UTF-16 offsets, as the notes count them). Pure, so the rules are tested on their own.
import type { SideText } from '../notes/side-texts';
import { paragraphAt } from '../notes/side-texts';

export interface Span {
  start: number;
  end: number;
}

/** The paragraph holding `offset`, without the blank line after it. */
export function paragraphSpan(side: SideText, offset: number): Span {
  const index = paragraphAt(side, offset);
  const start = side.starts[index] ?? 0;
  const next = side.starts[index + 1];
  const end = next === undefined ? side.text.length : next - 2;
  return { start, end: Math.max(start, end) };
}

/** Sentence ends: . ! ? … (with closing quotes or brackets) before a space. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s)/g;

/** The sentence (or sentences) covering [start, end), kept inside its paragraph. */
export function sentenceSpan(side: SideText, start: number, end = start): Span {
  const paragraph = paragraphSpan(side, start);
  const text = side.text.slice(paragraph.start, paragraph.end);
  const from = start - paragraph.start;
  const to = Math.max(from, Math.min(end, paragraph.end) - paragraph.start);
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const after = match.index + match[0].length;
    if (after <= from) {
      sentenceStart = after;
    } else if (after >= to) {
      sentenceEnd = after;
      break;
    }
  }
  while (sentenceStart < sentenceEnd && /\s/.test(text[sentenceStart]!)) sentenceStart++;
  return { start: paragraph.start + sentenceStart, end: paragraph.start + sentenceEnd };
}
