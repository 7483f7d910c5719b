// Find: where a query occurs in a text, with or without case and diacritics, as UTF-16
// offsets into the original text. Pure; shared by the find bar (renderer) and "Find in folder"
// (main), so both find exactly the same things. Lives beside the contract for that reason.

export interface FindOptions {
  matchCase: boolean;
  matchDiacritics: boolean;
}

/** [start, end) in UTF-16 offsets of the text searched. */
export interface TextHit {
  start: number;
  end: number;
}

/** A text folded for matching, and where each folded unit came from in the original. */
export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: the original offset it starts at and ends at. */
  from: Int32Array;
  to: Int32Array;
}

const MARK = /\p{M}/u;

/** One code point folded: canonical decomposition, then marks and case removed as asked. */
function foldCodePoint(char: string, options: FindOptions): string {
  let folded = char.normalize('NFD');
  if (!options.matchDiacritics) {
    let bare = '';
    for (const part of folded) if (!MARK.test(part)) bare += part;
    folded = bare;
  }
  return options.matchCase ? folded : folded.toLowerCase();
}

export function foldText(text: string, options: FindOptions): FoldedText {
  const from: number[] = [];
  const to: number[] = [];
  let folded = '';
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    // Plain ASCII letters and digits fold to themselves or their lower case: the fast path.
    const code = char.charCodeAt(0);
    const piece =
      code < 0x80 ? (options.matchCase ? char : char.toLowerCase()) : foldCodePoint(char, options);
    if (piece.length === 0) {
      // A dropped mark belongs to the letter before it, so a hit on "e" covers "é" whole.
      if (to.length > 0) to[to.length - 1] = end;
    } else {
      for (let unit = 0; unit < piece.length; unit++) {
        from.push(offset);
        to.push(end);
      }
      folded += piece;
    }
    offset = end;
  }
  return { folded, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The query as it is matched: folded like the text, surrounding whitespace kept. */
export const foldQuery = (query: string, options: FindOptions): string => foldText(query, options).folded;

/** Every non-overlapping occurrence of `query` in the folded text, in order. */
export function findInFolded(
  text: FoldedText,
  query: string,
  options: FindOptions,
  limit = Infinity,
): TextHit[] {
  const needle = foldQuery(query, options);
  if (needle.length === 0) return [];
  const hits: TextHit[] = [];
  let at = text.folded.indexOf(needle);
  while (at >= 0 && hits.length < limit) {
    hits.push({ start: text.from[at]!, end: text.to[at + needle.length - 1]! });
    at = text.folded.indexOf(needle, at + needle.length);
  }
  return hits;
}

export const findInText = (text: string, query: string, options: FindOptions, limit?: number): TextHit[] =>
  findInFolded(foldText(text, options), query, options, limit);

/** A short piece of text around a hit, cut at word boundaries, for a list of results. */
export function snippetAround(
  text: string,
  hit: TextHit,
  context = 40,
): { before: string; match: string; after: string } {
  let from = Math.max(0, hit.start - context);
  let to = Math.min(text.length, hit.end + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < hit.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > hit.end) to = space;
  }
  const flat = (part: string): string => part.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, hit.start)),
    match: flat(text.slice(hit.start, hit.end)),
    after: flat(text.slice(hit.end, to)) + (to < text.length ? '…' : ''),
  };
}
