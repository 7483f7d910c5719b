// Between the base text on screen and offsets into the base's text (its paragraphs joined by
// blank lines, as notes count): the passage a selection covers. Only article text counts:
// text inside data-side elements, never the badges and marks around it.
import type { ArticleSummary, Collation } from '../../../preload/contract';
import { selectorsFor, toCodePointOffset } from '../notes/anchor';
import type { NoteDraft } from '../notes/model';
import { paragraphText, paragraphStarts } from './collation-model';

export interface BasePassage {
  /** UTF-16 offsets into the base's text. */
  start: number;
  end: number;
}

const paragraphOf = (node: Node): HTMLElement | null =>
  (node instanceof HTMLElement ? node : node.parentElement)?.closest<HTMLElement>(
    'p.collation-para[data-row]',
  ) ?? null;

/** Article text before (container, offset) within a base paragraph. */
function offsetWithin(paragraph: HTMLElement, container: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(container, offset);
  let total = 0;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[data-side]')) continue;
    const length = node.textContent?.length ?? 0;
    if (node === container) return total + Math.min(offset, length);
    // Text nodes wholly before the point count in full.
    const nodeRange = document.createRange();
    nodeRange.selectNodeContents(node);
    if (nodeRange.compareBoundaryPoints(Range.START_TO_START, point) >= 0) break;
    total += length;
  }
  return total;
}

/** The base passage the current selection covers, if it lies within the base text. */
export function selectedBasePassage(collation: Collation): BasePassage | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last) return null;
  const starts = paragraphStarts(collation, collation.base);
  const rowStart = (paragraph: HTMLElement): number | undefined =>
    starts.get(Number(paragraph.dataset['row']));
  const a = rowStart(first);
  const b = rowStart(last);
  if (a === undefined || b === undefined) return null;
  const start = a + offsetWithin(first, range.startContainer, range.startOffset);
  const end = b + offsetWithin(last, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** The base's whole text, as main's articleText gives it. */
export function baseText(collation: Collation): string {
  const paragraphs: string[] = [];
  let last: number | null = null;
  for (const row of collation.rows) {
    const index = row.paragraphs[collation.base];
    if (index === null || index === undefined) continue;
    const text = paragraphText(row, collation.base)!;
    if (index === last) paragraphs[paragraphs.length - 1] += text;
    else paragraphs.push(text);
    last = index;
  }
  return paragraphs.join('\n\n');
}

/** A note on a passage of the base, anchored as the pair view anchors its notes. */
export function baseNoteDraft(
  article: ArticleSummary,
  text: string,
  passage: BasePassage,
): Omit<NoteDraft, 'folder'> {
  return {
    scope: 'passage',
    article,
    anchor: selectorsFor(text, toCodePointOffset(text, passage.start), toCodePointOffset(text, passage.end)),
  };
}
