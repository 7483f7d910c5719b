// Boilerplate removal for a folder of articles: what scrapers carry along (widget errors,
// "Recommended Stories" lists, newsletter pitches, page furniture, doubled captions) and
// what repeats across unrelated articles. Pure; every removal is reported with its reason.
import { countWords } from './parse-article';
import { plainTypography } from '../compare/normalize';
import { distinctSorted, shinglesOf as wordShingles, wordsOf as foldedWords } from '../corpus/words';

export interface RemovedBlock {
  /** Index of the paragraph in the input. */
  index: number;
  /** What was removed: the whole paragraph, or (partOfParagraph) some of its lines. */
  text: string;
  /** A plain reason, e.g. "widget error" or "in 4 unrelated articles of the folder". */
  reason: string;
  /** Only these lines of the paragraph were removed; the rest of it is in `kept`. */
  partOfParagraph?: true;
}

export interface CleanedArticle {
  id: string;
  /** The paragraphs left, in order; a paragraph that lost some lines keeps the others. */
  kept: string[];
  /** In paragraph order. */
  removed: RemovedBlock[];
}

export interface ArticleParagraphs {
  id: string;
  paragraphs: string[];
}

// ---------------------------------------------------------------------------------------
// Lines: every rule below reads and marks single lines, so junk glued to real text by a
// single line break (common in scraped copies) can go without the text beside it.

interface Line {
  /** As written. */
  raw: string;
  /** Without list bullets, with spacing collapsed: what the rules read. */
  plain: string;
  /** The line opened with a list bullet or number. */
  bulleted: boolean;
  words: number;
  reason?: string;
}

const BULLET = /^\s*(?:[•·▪◦‣●○■□–—*+-]|\d{1,2}[.)])\s*/;

function toLine(raw: string): Line {
  const bullet = BULLET.exec(raw);
  // A hyphen or digit opens a list only when followed by a space ("-5 degrees" is text).
  const bulleted = bullet !== null && (/[•·▪◦‣●○■□]/.test(bullet[0]) || /\s$/.test(bullet[0]));
  const text = bulleted ? raw.slice(bullet![0].length) : raw;
  // Most lines need no collapsing: test before building a new string.
  const plain = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  let words = plain ? 1 : 0;
  for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) === 32) words++;
  return { raw, plain, bulleted, words };
}

/** Double quotes of any style, or an opening single quote (‘We had no choice,’ she said). */
const hasQuotation = (text: string): boolean => /["“”«»„‘]|(?:^|[\s(])'(?=\p{L})/u.test(text);

const WIDGET_PIECE =
  /^(?:\s*(?:oops!?|something went wrong[.!]?|please try again(?: later)?[.!]?|reload(?: the page)? to try again[.!]?|try again(?: later)?[.!]?))+\s*$/i;

/** Widget errors often print over several lines; a run of pieces that says it all is one error. */
function markWidgetErrors(lines: Line[]): void {
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && WIDGET_PIECE.test(lines[end]!.plain)) end++;
    if (end === start) {
      start++;
      continue;
    }
    const run = lines.slice(start, end);
    const said = run.map((line) => line.plain).join(' ');
    if (/something went wrong/i.test(said) && /oops|try again/i.test(said)) {
      for (const line of run) line.reason = 'widget error';
    }
    start = end;
  }
}

/** Interface labels, matched as whole lines and as sites print them (capitalised, no full stop). */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'Advertisements?',
      'ADVERTISEMENT',
      'Sponsored(?: content)?',
      '(?:Story|Article) continues (?:below|after) (?:the )?(?:advertisement|ad)',
      'Continue reading(?: (?:below|the main story))?',
      'Skip to (?:main )?content',
      'Share(?: this)?(?: article| story| page)?',
      'Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Email)',
      'Tweet',
      'Email',
      'Print',
      'Copy link',
      'Link copied',
      'Listen to (?:this )?article',
      'In this article:?',
      'Show comments',
      'View comments',
      'Jump to comments',
      'Back to top',
      'Enlarge this image',
      'Toggle caption',
      '\\d+\\s*(?:-\\s*)?(?:min|minutes?)\\.? read',
    ].join('|') +
    ')$',
);

function markFurniture(lines: Line[]): void {
  for (const line of lines) {
    if (!line.reason && FURNITURE.test(line.plain)) line.reason = 'page furniture';
  }
}

/** The site talking about its own comments, never a report about someone else's. */
function isCommentNotice(line: Line): boolean {
  if (line.words > 60 || hasQuotation(line.plain)) return false;
  const text = line.plain;
  return (
    /\bwe(?:'re| are| have|'ve)?\b[^.]{0,80}\b(?:suspend|disabl|clos|turn(?:ed|ing)? off|paus|remov)\w*[^.]{0,30}\bcomment/i.test(
      text,
    ) ||
    (line.words <= 25 &&
      /^(?:the )?comments?(?: section)? (?:are|is|has been|have been) (?:now |temporarily )?(?:closed|disabled|suspended|turned off|unavailable)\b/i.test(
        text,
      ))
  );
}

const PITCH_START =
  /^(?:more from [^:]{1,60}:\s*)?(?:sign up|subscribe|get (?:our|the) [^.]{0,40}newsletter|join (?:our|the) [^.]{0,40}(?:newsletter|mailing list)|want more\b|don't miss|never miss)/i;
/** What a pitch offers; "Sign up for the ferry lottery" offers none of it. */
const PITCH_WORDS =
  /newsletter|inbox|e-?mail|for free|\b(?:daily|weekly|morning|evening|brief(?:ing)?|digest|updates|alerts|the latest|our|now|today|here|access|unlimited|membership|trial|offer)\b/i;

/** "Subscribe" or "Sign up now" alone is a button; longer lines must say what they offer. */
const isNewsletterPitch = (line: Line): boolean =>
  line.words <= 50 &&
  !hasQuotation(line.plain) &&
  PITCH_START.test(line.plain) &&
  (line.words <= 3 || PITCH_WORDS.test(line.plain));

function markByPhrase(lines: Line[]): void {
  for (const line of lines) {
    if (line.reason) continue;
    if (isCommentNotice(line)) line.reason = 'comment notice';
    else if (isNewsletterPitch(line)) line.reason = 'newsletter pitch';
  }
}

const CAPTION =
  /\((?:[^)]*\b(?:photo|photograph|image|picture|file|credit|illustration|video|AP|AFP|Reuters|Getty|EPA|Shutterstock|courtesy)\b[^)]*)\)\s*$|^(?:photo|image|picture|illustration|file photo|pictured)\b|\bin this (?:image|photo|file photo|picture)\b|\b(?:photo|image)(?: credit)?\s*:/i;

/**
 * A caption printed twice in a row loses its second copy. Only captions: any other line
 * printed twice may be doubled on purpose, as a refrain is.
 */
function markDoubledCaptions(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const [previous, line] = [lines[i - 1]!, lines[i]!];
    if (line.reason || line.words < 6 || line.plain !== previous.plain) continue;
    if (CAPTION.test(line.plain)) line.reason = 'caption repeated';
  }
}

const RELATED_HEADING =
  /^(?:recommended(?: stories| for you| reading| articles)?|related(?: stories| articles| coverage| content| links| reading| news)?|read (?:more|next)|more from .{1,60}|more stories(?: from .{1,60})?|more on this(?: story)?|you (?:may|might) also like|trending(?: now| stories)?|most (?:read|popular|viewed)|popular (?:now|stories)|top stories|also read|what to read next|more (?:news|coverage))\s*:?$/i;

/** A line a list of other stories is made of: bulleted, or short and without a full stop. */
const isListEntry = (line: Line): boolean =>
  line.bulleted ||
  (line.words > 0 && line.words <= 20 && !/[.:;,]$/.test(line.plain) && /^[\p{Lu}\d"'“‘]/u.test(line.plain));

/** Words of real text before a list for the list to count as "after the body". */
const BODY_BEFORE_LIST = 100;

/**
 * "Recommended Stories" and the like, with the entries after them. When everything from the
 * heading to the end is entries (each perhaps followed by one teaser line) or other junk, all
 * of it goes; otherwise only the heading and a run of two or more entries right after it.
 */
function markRelatedLists(lines: Line[]): void {
  let bodyWords = 0;
  for (let h = 0; h < lines.length; h++) {
    const heading = lines[h]!;
    if (heading.reason || !RELATED_HEADING.test(heading.plain)) {
      if (!heading.reason) bodyWords += heading.words;
      continue;
    }
    let toEnd = bodyWords >= BODY_BEFORE_LIST;
    let previousWasEntry = false;
    for (let i = h + 1; i < lines.length && toEnd; i++) {
      const line = lines[i]!;
      if (line.reason) continue;
      if (isListEntry(line)) previousWasEntry = true;
      else if (previousWasEntry) previousWasEntry = false;
      else toEnd = false;
    }
    let end = h + 1;
    if (toEnd) {
      end = lines.length;
    } else {
      while (end < lines.length && (lines[end]!.reason || isListEntry(lines[end]!))) end++;
      const entries = lines.slice(h + 1, end).filter((line) => !line.reason).length;
      if (entries < 2) {
        // A lone "Read more" is a link's label; other headings may be the article's own.
        if (/^read more:?$/i.test(heading.plain)) heading.reason = 'page furniture';
        else bodyWords += heading.words;
        continue;
      }
    }
    for (let i = h; i < end; i++) lines[i]!.reason ??= 'related-stories list';
    h = end - 1;
  }
}

// ---------------------------------------------------------------------------------------
// Repetition: paragraphs compared by a key that ignores case, spacing and typography.

/** A block repeated in one article this often is furniture, if it is this short and one line. */
const REPEATS_IN_ARTICLE = 3;
const REPEATED_LINE_MAX_WORDS = 20;
/** A block in this many mutually unrelated articles is boilerplate, if it is this short. */
const ARTICLES_IN_FOLDER = 3;
const SHARED_BLOCK_MAX_WORDS = 60;
/** Word 5-grams two articles must share (of the shorter's) to be versions of one story. */
const RELATED_CONTAINMENT = 0.25;

const wordsOf = countWords;

/** Could this be a sentence of the article? Then its first copy stays. */
const couldBeBodyText = (paragraph: string): boolean =>
  wordsOf(paragraph) >= 5 && /[.!?"'”’)]$/.test(paragraph.trim());

/**
 * Sorted hashes of the word 5-grams of each paragraph: a fingerprint of the story's text.
 * The overview's word reader makes them (case and typography folded), one pass per paragraph.
 */
function shinglesOf(paragraphs: string[]): Uint32Array {
  const perParagraph = paragraphs.map((paragraph) => wordShingles(foldedWords(paragraph)));
  const all = new Uint32Array(perParagraph.reduce((sum, hashes) => sum + hashes.length, 0));
  let at = 0;
  for (const hashes of perParagraph) {
    all.set(hashes, at);
    at += hashes.length;
  }
  return distinctSorted(all);
}

/** Share of the smaller fingerprint found in the other: 1 for a copy, near 0 for another story. */
function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}

interface Draft {
  id: string;
  paragraphs: string[];
  lines: Line[][];
  /** Words per paragraph. */
  words: number[];
  /** Repetition keys, computed when first needed. */
  keys: Array<string | undefined>;
  /** Reason for removing a whole paragraph by repetition. */
  repeated: Map<number, string>;
}

/** What makes two paragraphs "the same" here: their words, whatever the case, spacing and typography. */
const keyAt = (draft: Draft, index: number): string =>
  (draft.keys[index] ??= plainTypography(
    draft.lines[index]!.map((line) => line.plain).join(' '),
  ).toLowerCase());

/** Every line removed (a bare bullet left between them goes too). */
const isWhollyMarked = (lines: Line[]): boolean =>
  lines.some((line) => line.reason) && lines.every((line) => line.reason || line.plain === '');

function markRepeatsWithinArticle(draft: Draft): void {
  const seen = new Map<string, number[]>();
  draft.lines.forEach((lines, index) => {
    if (isWhollyMarked(lines) || lines.length > 1 || draft.words[index]! > REPEATED_LINE_MAX_WORDS) return;
    const key = keyAt(draft, index);
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });
  for (const indices of seen.values()) {
    if (indices.length < REPEATS_IN_ARTICLE) continue;
    const first = draft.paragraphs[indices[0]!]!;
    const removable = couldBeBodyText(first) ? indices.slice(1) : indices;
    for (const index of removable)
      draft.repeated.set(index, `repeated ${indices.length} times in this article`);
  }
}

/**
 * A short block found in three articles none of which is a version of another is the site's,
 * not the story's. Versions of one story share their paragraphs by nature, so blocks they
 * share never count; nor do blocks with quotation marks, which outlets quote alike. And
 * like all page furniture it sits above or below the story, never inside it.
 */
function markRepeatsAcrossFolder(drafts: Draft[]): void {
  const eligible = (draft: Draft, index: number): boolean =>
    !draft.repeated.has(index) &&
    !isWhollyMarked(draft.lines[index]!) &&
    draft.words[index]! < SHARED_BLOCK_MAX_WORDS &&
    !hasQuotation(draft.paragraphs[index]!);
  const holders = new Map<string, Set<number>>();
  drafts.forEach((draft, article) => {
    draft.paragraphs.forEach((paragraph, index) => {
      if (!eligible(draft, index)) return;
      const key = keyAt(draft, index);
      if (!holders.has(key)) holders.set(key, new Set());
      holders.get(key)!.add(article);
    });
  });

  const fingerprints = new Map<number, Uint32Array>();
  const fingerprintOf = (article: number): Uint32Array => {
    let print = fingerprints.get(article);
    if (!print) {
      const draft = drafts[article]!;
      print = shinglesOf(
        draft.paragraphs.filter((_paragraph, index) => !isWhollyMarked(draft.lines[index]!)),
      );
      fingerprints.set(article, print);
    }
    return print;
  };
  const boilerplate = new Set<string>();
  for (const [key, articles] of holders) {
    if (articles.size < ARTICLES_IN_FOLDER) continue;
    // Greedy: three pairwise unrelated articles settle it; stopping there keeps large
    // folders fast.
    const unrelated: number[] = [];
    for (const article of articles) {
      const print = fingerprintOf(article);
      if (unrelated.every((other) => containment(print, fingerprintOf(other)) < RELATED_CONTAINMENT)) {
        unrelated.push(article);
        if (unrelated.length === ARTICLES_IN_FOLDER) break;
      }
    }
    if (unrelated.length === ARTICLES_IN_FOLDER) boilerplate.add(key);
  }
  if (boilerplate.size === 0) return;

  for (const draft of drafts) {
    const keys = draft.paragraphs.map((paragraph, index) =>
      eligible(draft, index) ? keyAt(draft, index) : null,
    );
    const isFurniture = keys.map(
      (key, index) =>
        isWhollyMarked(draft.lines[index]!) ||
        draft.repeated.has(index) ||
        (key !== null && boilerplate.has(key)),
    );
    keys.forEach((key, index) => {
      if (key === null || !boilerplate.has(key)) return;
      // Above the story (after its headline) or below it: only furniture on one side.
      const above = isFurniture.slice(1, index).every(Boolean);
      const below = isFurniture.slice(index + 1).every(Boolean);
      if (above || below)
        draft.repeated.set(index, `in ${holders.get(key)!.size} unrelated articles of the folder`);
    });
  }
}

/** Runs of marked lines with one reason, each reported as one removal. */
function removalsOf(index: number, lines: Line[]): RemovedBlock[] {
  const removals: RemovedBlock[] = [];
  lines.forEach((line, i) => {
    if (!line.reason) return;
    const last = removals.at(-1);
    if (last && lines[i - 1]?.reason === line.reason) last.text += `\n${line.raw}`;
    else removals.push({ index, text: line.raw, reason: line.reason, partOfParagraph: true });
  });
  return removals;
}

function finish(draft: Draft): CleanedArticle {
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  draft.paragraphs.forEach((paragraph, index) => {
    const lines = draft.lines[index]!;
    const repeated = draft.repeated.get(index);
    if (repeated) {
      removed.push({ index, text: paragraph, reason: repeated });
    } else if (isWhollyMarked(lines)) {
      const reasons = [...new Set(lines.map((line) => line.reason).filter(Boolean))];
      removed.push({ index, text: paragraph, reason: reasons.join(', ') });
    } else if (lines.some((line) => line.reason)) {
      kept.push(
        lines
          .filter((line) => !line.reason)
          .map((line) => line.raw)
          .join('\n'),
      );
      removed.push(...removalsOf(index, lines));
    } else {
      kept.push(paragraph);
    }
  });
  return { id: draft.id, kept, removed };
}

/** How much cleaning took out of one article: the figures `variorum scan` and the list show. */
export function removalSummary(article: CleanedArticle): { blocks: number; words: number } {
  return {
    blocks: article.removed.length,
    words: article.removed.reduce((sum, block) => sum + wordsOf(block.text), 0),
  };
}

/**
 * Cleans every article of a folder; the folder is needed because repetition across articles
 * is one of the signs of boilerplate. Returns the articles in the order given.
 */
export function cleanFolder(articles: ArticleParagraphs[]): CleanedArticle[] {
  const drafts: Draft[] = articles.map(({ id, paragraphs }) => {
    const lines = paragraphs.map((paragraph) => paragraph.split('\n').map(toLine));
    const flat = lines.flat();
    markWidgetErrors(flat);
    markFurniture(flat);
    markByPhrase(flat);
    markDoubledCaptions(flat);
    markRelatedLists(flat);
    const words = lines.map((paragraph) => paragraph.reduce((sum, line) => sum + line.words, 0));
    return { id, paragraphs, lines, words, keys: [], repeated: new Map() };
  });
  for (const draft of drafts) markRepeatsWithinArticle(draft);
  markRepeatsAcrossFolder(drafts);
  return drafts.map(finish);
}
