// What copying from the comparison puts on the clipboard: the text with its marks kept, as
// `[-deleted-]{+inserted+}` in plain text (as the CLI prints) and <del>/<ins> in HTML, so a
// pasted passage still shows what changed. Pure; the copy handler reads the pieces off the DOM.

export interface CopiedPiece {
  op: 'equal' | 'delete' | 'insert' | 'normalized';
  text: string;
}

/** Paragraphs of pieces, in the order they were selected. */
export type CopiedText = CopiedPiece[][];

/** Consecutive pieces of one kind merged, so "[-a-] [-b-]" reads "[-a b-]". */
function runs(paragraph: CopiedPiece[]): CopiedPiece[] {
  const merged: CopiedPiece[] = [];
  for (const piece of paragraph) {
    const op = piece.op === 'normalized' ? 'equal' : piece.op;
    const last = merged[merged.length - 1];
    if (last && last.op === op) last.text += piece.text;
    else merged.push({ op, text: piece.text });
  }
  return merged;
}

/** Whitespace at the end of a marked run stays outside the mark. */
const split = (text: string): [string, string] => {
  const body = text.trimEnd();
  return [body, text.slice(body.length)];
};

export function toMarkedText(copied: CopiedText): string {
  return copied
    .map((paragraph) =>
      runs(paragraph)
        .map(({ op, text }) => {
          if (op === 'equal') return text;
          const [body, space] = split(text);
          if (!body) return space;
          return (op === 'delete' ? `[-${body}-]` : `{+${body}+}`) + space;
        })
        .join('')
        .trimEnd(),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toMarkedHtml(copied: CopiedText): string {
  return copied
    .map((paragraph) =>
      runs(paragraph)
        .map(({ op, text }) => {
          if (op === 'equal') return escapeHtml(text);
          const [body, space] = split(text);
          if (!body) return escapeHtml(space);
          const tag = op === 'delete' ? 'del' : 'ins';
          return `<${tag}>${escapeHtml(body)}</${tag}>${escapeHtml(space)}`;
        })
        .join('')
        .trimEnd(),
    )
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
}

/**
 * The pieces a DOM range covers in the comparison: each text node's op from the DOM
 * contract's element that holds it (`data-side` and `data-op`), a new paragraph at each cell.
 */
export function copiedFromRange(range: Range): CopiedText {
  const root = range.commonAncestorContainer;
  const paragraphs: CopiedText = [];
  let cell: Element | null = null;
  const walker = document.createTreeWalker(
    root.nodeType === Node.TEXT_NODE ? root.parentNode! : root,
    NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    // Article text is exactly what sits in the DOM contract's elements; anything else is UI.
    const piece = node.parentElement?.closest('[data-side][data-op]') ?? null;
    if (!piece) continue;
    const pieceCell = piece.closest('[role="cell"]') ?? piece.parentElement;
    let text = node.textContent ?? '';
    if (node === range.endContainer) text = text.slice(0, range.endOffset);
    if (node === range.startContainer) text = text.slice(range.startOffset);
    if (pieceCell !== cell || paragraphs.length === 0) {
      paragraphs.push([]);
      cell = pieceCell;
    }
    const op = piece.getAttribute('data-op');
    paragraphs[paragraphs.length - 1]!.push({
      op: op === 'delete' || op === 'insert' || op === 'normalized' ? op : 'equal',
      text,
    });
  }
  return paragraphs;
}
