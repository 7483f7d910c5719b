// Shared passages: runs of words, and quotations, that articles of different groups carry.
// Runs come from shingles held across groups (consecutive ones joined into a span, spans
// joined through the shingles they share), widened to whole quotations where they start or
// end inside one; quotations from the text inside quotation marks, matched word for word
// after folding case and typography.
import { ShingleSet } from './score';
import type { Postings } from './shingle-index';
import { SHINGLE, wordsOf, type WordList } from './words';

export interface PassageDoc {
  text: string;
  words: WordList;
  shingles: Uint32Array;
  /** The article's group (articles in no group have a group of their own). */
  group: number;
}

export interface Occurrence {
  doc: number;
  /** UTF-16 offsets into the article's text. */
  start: number;
  end: number;
}

export interface FoundPassage {
  text: string;
  words: number;
  quotation: boolean;
  occurrences: Occurrence[];
}

export interface PassageOptions {
  /** Shortest span, in words (a span needs at least SHINGLE words). */
  minWords: number;
  /** Shortest quotation, in words. */
  minQuotationWords: number;
}

interface Quote {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** The opening mark, and just past the closing one. */
  open: number;
  close: number;
  key: string;
  words: number;
}

/** Text inside curly double quotes, or between straight double quotes within a paragraph. */
export function quotationsOf(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const pattern of [/“([^“”]{1,4000})”/g, /"([^"]{1,4000})"/g]) {
    for (const match of text.matchAll(pattern)) {
      const inner = match[1]!;
      if (/\n[ \t]*\n/.test(inner)) continue;
      const words = wordsOf(inner);
      const count = words.hashes.length;
      if (count === 0) continue;
      const innerStart = match.index + 1;
      quotes.push({
        start: innerStart + words.starts[0]!,
        end: innerStart + words.ends[count - 1]!,
        open: match.index,
        close: match.index + match[0].length,
        key: words.hashes.join(','),
        words: count,
      });
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** Shingle hashes held by articles of two or more groups. */
function crossGroupShingles(postings: Postings, docs: PassageDoc[]): ShingleSet {
  const units: number[] = [];
  for (let run = 0; run < postings.hashes.length; run++) {
    const first = docs[postings.docs[postings.offsets[run]!]!]!.group;
    for (let i = postings.offsets[run]! + 1; i < postings.offsets[run + 1]!; i++) {
      if (docs[postings.docs[i]!]!.group !== first) {
        units.push(postings.hashes[run]!);
        break;
      }
    }
  }
  return new ShingleSet().fill(Uint32Array.from(units));
}

interface Span extends Occurrence {
  wordCount: number;
  /** Shingle positions [from, to] in the article. */
  from: number;
  to: number;
}

function spanPassages(docs: PassageDoc[], postings: Postings, minWords: number): FoundPassage[] {
  const units = crossGroupShingles(postings, docs);
  const spans: Span[] = [];
  const minShingles = Math.max(1, minWords - SHINGLE + 1);
  docs.forEach((doc, index) => {
    const { shingles, words } = doc;
    for (let i = 0; i < shingles.length;) {
      if (!units.has(shingles[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < shingles.length && units.has(shingles[j + 1]!)) j++;
      if (j - i + 1 >= minShingles) {
        spans.push({
          doc: index,
          start: words.starts[i]!,
          end: words.ends[j + SHINGLE - 1]!,
          wordCount: j - i + SHINGLE,
          from: i,
          to: j,
        });
      }
      i = j + 1;
    }
  });
  // Spans sharing any shingle are one passage (union-find over spans).
  const parent = spans.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const owner = new Map<number, number>();
  spans.forEach((span, index) => {
    const shingles = docs[span.doc]!.shingles;
    for (let i = span.from; i <= span.to; i++) {
      const seen = owner.get(shingles[i]!);
      if (seen === undefined) owner.set(shingles[i]!, index);
      else {
        const a = find(seen);
        const b = find(index);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const byRoot = new Map<number, Span[]>();
  spans.forEach((span, index) => {
    const root = find(index);
    const list = byRoot.get(root);
    if (list) list.push(span);
    else byRoot.set(root, [span]);
  });
  const passages: FoundPassage[] = [];
  for (const members of byRoot.values()) {
    // A span whose shingles are shared only within its own group has no partner here.
    if (new Set(members.map((span) => docs[span.doc]!.group)).size < 2) continue;
    const longest = members.reduce((a, b) => (b.wordCount > a.wordCount ? b : a));
    passages.push({
      text: docs[longest.doc]!.text.slice(longest.start, longest.end),
      words: longest.wordCount,
      quotation: false,
      occurrences: members.map(({ doc, start, end }) => ({ doc, start, end })),
    });
  }
  return passages;
}

function quotationPassages(quotes: Quote[][], docs: PassageDoc[], minWords: number): FoundPassage[] {
  const byKey = new Map<string, Array<{ doc: number; quote: Quote }>>();
  quotes.forEach((list, doc) => {
    for (const quote of list) {
      if (quote.words < minWords) continue;
      const found = byKey.get(quote.key);
      if (found) found.push({ doc, quote });
      else byKey.set(quote.key, [{ doc, quote }]);
    }
  });
  const passages: FoundPassage[] = [];
  for (const found of byKey.values()) {
    if (new Set(found.map(({ doc }) => docs[doc]!.group)).size < 2) continue;
    const { doc, quote } = found[0]!;
    passages.push({
      text: docs[doc]!.text.slice(quote.start, quote.end),
      words: quote.words,
      quotation: true,
      occurrences: found.map(({ doc: at, quote: q }) => ({ doc: at, start: q.start, end: q.end })),
    });
  }
  return passages;
}

/** Longer quotations are speeches or mismatched marks: a span is not widened to them. */
const WIDEST_QUOTATION_WORDS = 150;

/**
 * The occurrence widened to the marks of any quotation it starts or ends inside, so a passage
 * never stops mid-quotation.
 */
function toWholeQuotations(occurrence: Occurrence, quotes: readonly Quote[]): Occurrence {
  let { start, end } = occurrence;
  for (const quote of quotes) {
    if (quote.words > WIDEST_QUOTATION_WORDS) continue;
    if (quote.open < start && start < quote.close) start = quote.open;
    if (quote.open < end && end < quote.close) end = quote.close;
  }
  return { doc: occurrence.doc, start, end };
}

/** Pieces of one passage in one article this few words apart are one place. */
const PLACE_GAP_WORDS = 3;

/** Occurrences in one article that overlap, or stand only a few words apart, are one place. */
function mergePlaces(occurrences: Occurrence[], docs: PassageDoc[]): Occurrence[] {
  const sorted = [...occurrences].sort((a, b) => a.doc - b.doc || a.start - b.start);
  const merged: Occurrence[] = [];
  for (const occurrence of sorted) {
    const last = merged.at(-1);
    const near =
      last?.doc === occurrence.doc &&
      (occurrence.start <= last.end ||
        wordsOf(docs[occurrence.doc]!.text.slice(last.end, occurrence.start)).hashes.length <=
          PLACE_GAP_WORDS);
    if (near) last.end = Math.max(last.end, occurrence.end);
    else merged.push({ ...occurrence });
  }
  return merged;
}

/**
 * Span passages widened to whole quotations. Two runs of one quotation (split where a word
 * differs) become the same quotation, so passages that then overlap in an article are joined
 * into one, with each article's pieces joined into places; the text is the longest place.
 */
function wholeQuotationPassages(
  spans: FoundPassage[],
  docs: PassageDoc[],
  quotes: Quote[][],
): FoundPassage[] {
  const widened = spans.map((passage) =>
    passage.occurrences.map((occurrence) => toWholeQuotations(occurrence, quotes[occurrence.doc]!)),
  );
  const entries = widened
    .flatMap((occurrences, passage) => occurrences.map((occurrence) => ({ ...occurrence, passage })))
    .sort((a, b) => a.doc - b.doc || a.start - b.start);
  const parent = spans.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  let run: { doc: number; end: number; passage: number } | null = null;
  for (const entry of entries) {
    if (run && run.doc === entry.doc && entry.start < run.end) {
      const a = find(run.passage);
      const b = find(entry.passage);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      run.end = Math.max(run.end, entry.end);
    } else run = { doc: entry.doc, end: entry.end, passage: entry.passage };
  }
  const byRoot = new Map<number, Occurrence[]>();
  widened.forEach((occurrences, passage) => {
    const root = find(passage);
    byRoot.set(root, [...(byRoot.get(root) ?? []), ...occurrences]);
  });
  return [...byRoot.values()].map((found) => {
    const occurrences = mergePlaces(found, docs);
    const texts = occurrences.map(({ doc, start, end }) => docs[doc]!.text.slice(start, end));
    const counts = texts.map((text) => wordsOf(text).hashes.length);
    const longest = counts.indexOf(Math.max(...counts));
    return { text: texts[longest]!, words: counts[longest]!, quotation: false, occurrences };
  });
}

/** A span this much longer than a quotation it holds says something else as well. */
const FOLD_SLACK_WORDS = 6;

const inside = (inner: Occurrence, outer: Occurrence): boolean =>
  inner.doc === outer.doc && inner.start >= outer.start && inner.end <= outer.end;

/**
 * Both kinds together. A quotation that spans already carry wherever it occurs, with little
 * around it, is folded into them, and a span that is mostly a quotation is marked as one.
 */
export function findSharedPassages(
  docs: PassageDoc[],
  postings: Postings,
  options: PassageOptions,
): FoundPassage[] {
  const quotes = docs.map((doc) => quotationsOf(doc.text));
  const spans = wholeQuotationPassages(
    spanPassages(docs, postings, Math.max(options.minWords, SHINGLE)),
    docs,
    quotes,
  );
  const spanOccurrences = new Map<number, Array<{ occurrence: Occurrence; passage: FoundPassage }>>();
  for (const passage of spans) {
    for (const occurrence of passage.occurrences) {
      const list = spanOccurrences.get(occurrence.doc) ?? [];
      list.push({ occurrence, passage });
      spanOccurrences.set(occurrence.doc, list);
    }
    passage.quotation = passage.occurrences.some((occurrence) => {
      let quoted = 0;
      for (const quote of quotes[occurrence.doc]!) {
        quoted += Math.max(0, Math.min(quote.end, occurrence.end) - Math.max(quote.start, occurrence.start));
      }
      return quoted * 2 >= occurrence.end - occurrence.start;
    });
  }
  const kept = quotationPassages(quotes, docs, options.minQuotationWords).filter((quotation) => {
    const covering = quotation.occurrences.map((occurrence) =>
      (spanOccurrences.get(occurrence.doc) ?? []).find((span) => inside(occurrence, span.occurrence)),
    );
    // Folded only when the span is the quotation and little else (an attribution, say).
    if (covering.some((span) => !span || span.passage.words > quotation.words + FOLD_SLACK_WORDS))
      return true;
    for (const span of covering) span!.passage.quotation = true;
    return false;
  });
  return [...spans, ...kept];
}
