// Between the comparison's DOM and the notes' text offsets: the passage a selection covers,
// and the DOM ranges of passages to highlight. Each side's paragraphs are rendered in
// `.cell-text` elements whose text nodes spell the paragraph exactly.
import type { SideText } from './side-texts';

export interface Passage {
  side: 'left' | 'right';
  /** UTF-16 offsets into the side's text. */
  start: number;
  end: number;
}

const cellTextOf = (node: Node | null): HTMLElement | null =>
  (node instanceof HTMLElement ? node : node?.parentElement)?.closest<HTMLElement>('.cell-text') ?? null;

/** Offset of (container, offset) within the text of `cell`. */
function offsetWithin(cell: HTMLElement, container: Node, offset: number): number {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === container) return total + offset;
    total += node.textContent?.length ?? 0;
  }
  // The container is an element: count the text before its offset-th child.
  const range = document.createRange();
  range.selectNodeContents(cell);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** The passage the current selection covers, if it lies within one side of the comparison. */
export function selectedPassage(sides: { left: SideText; right: SideText }): Passage | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startCell = cellTextOf(range.startContainer);
  const endCell = cellTextOf(range.endContainer);
  if (!startCell || !endCell) return null;
  const side = startCell.dataset['side'];
  if ((side !== 'left' && side !== 'right') || endCell.dataset['side'] !== side) return null;
  const starts = sides[side].starts;
  const start =
    starts[Number(startCell.dataset['paragraph'])]! +
    offsetWithin(startCell, range.startContainer, range.startOffset);
  const end =
    starts[Number(endCell.dataset['paragraph'])]! +
    offsetWithin(endCell, range.endContainer, range.endOffset);
  return end > start ? { side, start, end } : null;
}

/** The side and UTF-16 offset under a point of the screen, if it is comparison text. */
export function textOffsetAt(
  x: number,
  y: number,
  sides: { left: SideText; right: SideText },
): Omit<Passage, 'end'> | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret) return null;
  const cell = cellTextOf(caret.startContainer);
  const side = cell?.dataset['side'];
  if (!cell || (side !== 'left' && side !== 'right')) return null;
  return {
    side,
    start:
      sides[side].starts[Number(cell.dataset['paragraph'])]! +
      offsetWithin(cell, caret.startContainer, caret.startOffset),
  };
}

/** DOM ranges for [start, end) of the side's text within the rendered cells (visible rows only). */
export function domRanges(
  root: HTMLElement,
  side: 'left' | 'right',
  sideText: SideText,
  start: number,
  end: number,
): Range[] {
  const ranges: Range[] = [];
  for (const { cell, paragraph } of paragraphCells(root, side)) {
    const paragraphStart = sideText.starts[paragraph];
    if (paragraphStart === undefined) continue;
    const nodes = sideTextNodes(cell, side);
    const length = nodes.reduce((sum, node) => sum + (node.textContent?.length ?? 0), 0);
    const from = Math.max(start, paragraphStart) - paragraphStart;
    const to = Math.min(end, paragraphStart + length) - paragraphStart;
    if (to <= from) continue;
    const range = document.createRange();
    let seen = 0;
    let startSet = false;
    for (const node of nodes) {
      const size = node.textContent?.length ?? 0;
      if (!startSet && from <= seen + size) {
        range.setStart(node, from - seen);
        startSet = true;
      }
      if (startSet && to <= seen + size) {
        range.setEnd(node, to - seen);
        ranges.push(range);
        break;
      }
      seen += size;
    }
  }
  return ranges;
}

/**
 * The rendered cells holding a paragraph of one side: side by side, that pane's `.cell-text`;
 * inline, the merged row text, which names the paragraph of each side it carries.
 */
export function paragraphCells(
  root: HTMLElement,
  side: 'left' | 'right',
): Array<{ cell: HTMLElement; paragraph: number }> {
  const cells: Array<{ cell: HTMLElement; paragraph: number }> = [];
  const selector = `.cell-text[data-side="${side}"], .cell-text-inline[data-${side}-paragraph]`;
  for (const cell of root.querySelectorAll<HTMLElement>(selector)) {
    const paragraph = cell.classList.contains('cell-text')
      ? cell.dataset['paragraph']
      : cell.dataset[`${side}Paragraph`];
    if (paragraph !== undefined) cells.push({ cell, paragraph: Number(paragraph) });
  }
  return cells;
}

/** A cell's text nodes that belong to one side: inline, those under `both` or that side. */
function sideTextNodes(cell: HTMLElement, side: 'left' | 'right'): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement?.closest('[data-side]')?.getAttribute('data-side');
    if (owner === side || owner === 'both') nodes.push(node);
  }
  return nodes;
}
