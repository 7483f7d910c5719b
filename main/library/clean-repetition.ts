// Boilerplate found by repetition: a short block printed again and again in one article, or
// shared by unrelated articles of the folder. Paragraphs are compared by a key that ignores
// case, spacing and typography; versions of one story are told apart by word 5-grams. Pure.
import { countWords } from './parse-article';
import { hasQuotation, isWhollyMarked, type Line } from './clean-line-rules';
import { plainTypography } from '../compare/normalize';
import { distinctSorted, shinglesOf as wordShingles, wordsOf as foldedWords } from '../corpus/words';

/** A block repeated in one article this often is furniture, if it is this short and one line. */
const REPEATS_IN_ARTICLE = 3;
const REPEATED_LINE_MAX_WORDS = 20;
/** A block in this many mutually unrelated articles is boilerplate, if it is this short. */
const ARTICLES_IN_FOLDER = 3;
const SHARED_BLOCK_MAX_WORDS = 60;
/** Word 5-grams two articles must share (of the shorter's) to be versions of one story. */
const RELATED_CONTAINMENT = 0.25;

/** Could this be a sentence of the article? Then its first copy stays. */
const couldBeBodyText = (paragraph: string): boolean =>
  countWords(paragraph) >= 5 && /[.!?"'”’)]$/.test(paragraph.trim());

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

/** One article as the rules see it: its lines already marked by the line rules. */
export interface ArticleDraft {
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
const keyAt = (draft: ArticleDraft, index: number): string =>
  (draft.keys[index] ??= plainTypography(
    draft.lines[index]!.map((line) => line.plain).join(' '),
  ).toLowerCase());

export function markRepeatsWithinArticle(draft: ArticleDraft): void {
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
export function markRepeatsAcrossFolder(drafts: ArticleDraft[]): void {
  const eligible = (draft: ArticleDraft, index: number): boolean =>
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
