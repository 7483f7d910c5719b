// Reduces Markdown to the plain text a reader sees, one paragraph per block, and hands back
// its front matter as key/value pairs. Pure. A small reducer, not a renderer: nothing it
// returns is markup, and text it does not recognise as syntax is kept as written.

export interface MarkdownText {
  /** Paragraphs separated by blank lines; line breaks inside a paragraph kept as written. */
  text: string;
  /** `key: value` pairs of a leading `---` block, keys lower-cased, quotes removed. */
  frontMatter: Record<string, string>;
}

const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Reads simple `key: value` lines; a key followed by `- item` lines gets the items joined. */
function readFrontMatter(lines: string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  let listKey: string | null = null;
  for (const line of lines) {
    const item = /^\s+-\s+(.+)$|^-\s+(.+)$/.exec(line);
    if (item && listKey) {
      const value = unquote(item[1] ?? item[2] ?? '');
      entries[listKey] = entries[listKey] ? `${entries[listKey]}, ${value}` : value;
      continue;
    }
    const pair = /^([A-Za-z][\w -]*?)\s*:\s*(.*)$/.exec(line);
    if (!pair) {
      listKey = null;
      continue;
    }
    const key = pair[1]!.toLowerCase();
    const value = unquote(pair[2]!);
    // A flow list such as `[A, B]` reads as its items.
    const flow = /^\[(.*)\]$/.exec(value);
    entries[key] = flow ? flow[1]!.split(',').map(unquote).filter(Boolean).join(', ') : value;
    listKey = value === '' ? key : null;
  }
  return entries;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  eacute: 'é',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Zero, surrogates and out-of-range numbers stay as written rather than become U+FFFD.
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline markup of one line reduced to its text. */
function inlineText(line: string): string {
  // Code spans and backslash escapes are held aside first, so no other rule touches them.
  const held: string[] = [];
  const hold = (text: string): string => `\uE000${held.push(text) - 1}\uE001`;
  let text = line
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_whole, _ticks: string, code: string) =>
      hold(code.trim()),
    )
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_whole, character: string) => hold(character));
  text = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    // Two trailing spaces or a backslash mark a hard line break; the break itself is kept.
    .replace(/( {2,}|\\)$/, '');
  return decodeEntities(text).replace(/\uE000(\d+)\uE001/g, (_whole, index: string) => held[Number(index)]!);
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}#{1,6}(\s+|$)/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*([-*+•]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/;
const REFERENCE_DEFINITION = /^\s{0,3}\[(?!\^)[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function markdownToText(markdown: string): MarkdownText {
  let lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let frontMatter: Record<string, string> = {};
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (end > 0) {
      frontMatter = readFrontMatter(lines.slice(1, end));
      lines = lines.slice(end + 1);
    }
  }

  const blocks: string[][] = [];
  let current: string[] = [];
  let inListItem = false;
  const endBlock = (): void => {
    inListItem = false;
    const text = current.map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
    if (text.length > 0) blocks.push(text);
    current = [];
  };

  for (let i = 0; i < lines.length; i++) {
    // Block quote markers go first: what they quote is read like any other text.
    const line = lines[i]!.replace(/^(\s{0,3}>\s?)+/, '');
    const fence = FENCE.exec(line);
    if (fence) {
      // Code is kept verbatim, as one paragraph, without its fences.
      endBlock();
      const marker = fence[1]!;
      for (i++; i < lines.length; i++) {
        const inner = lines[i]!.replace(/^(\s{0,3}>\s?)+/, '');
        if (inner.trim().startsWith(marker[0]!.repeat(marker.length))) break;
        current.push(inner);
      }
      endBlock();
      continue;
    }
    if (line.trim() === '' || REFERENCE_DEFINITION.test(line)) {
      endBlock();
      continue;
    }
    if (TABLE_SEPARATOR.test(line) && /^\s*\|/.test(lines[i - 1] ?? '')) continue;
    if (ATX_HEADING.test(line)) {
      endBlock();
      current.push(inlineText(line.replace(ATX_HEADING, '').replace(/\s+#+\s*$/, '')));
      endBlock();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && current.length > 0 && !line.includes('*')) {
      // The underline makes the paragraph so far a heading.
      endBlock();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      endBlock();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // Inside a paragraph only a bullet or "1." starts a list, so a wrapped line that begins
    // "2019. The report" stays prose.
    if (item && (current.length === 0 || inListItem || !/^\s*\d/.test(item[1]!) || /^\s*1[.)]/.test(line))) {
      // Each list item is a paragraph of its own, as in the HTML reader.
      endBlock();
      inListItem = true;
      current.push(inlineText(line.slice(item[0].length)));
      continue;
    }
    const cells = /^\s*\|(.*)\|\s*$/.exec(line);
    if (cells) {
      current.push(
        cells[1]!
          .split('|')
          .map((cell) => inlineText(cell.trim()))
          .filter(Boolean)
          .join(' '),
      );
      continue;
    }
    const footnote = /^\s{0,3}\[\^[^\]]+\]:\s*/.exec(line);
    current.push(inlineText(footnote ? line.slice(footnote[0].length) : line.trim()));
  }
  endBlock();
  return { text: blocks.map((block) => block.join('\n')).join('\n\n'), frontMatter };
}
