// The documented JSON of `variorum matrix` and `variorum passages`, made from an analysis.
// Paths are relative to the folder; passage offsets are code points into the cleaned text.
import type { DateSource } from '../../preload/contract';
import type { CorpusAnalysis, CorpusDoc } from './analyse';
import { codePointOffsets } from './words';

export interface MatrixArticle {
  path: string;
  title: string;
  words: number;
  date: string | null;
  dateFrom: DateSource | null;
  dateIsFileTime: boolean;
}

export interface MatrixJson {
  root: string;
  articles: MatrixArticle[];
  pairs: Array<{ a: string; b: string; similarity: number }>;
  groups: Array<{ articles: string[]; orderedBy: 'date' | 'content' }>;
}

export interface PassagesJson {
  root: string;
  passages: Array<{
    text: string;
    words: number;
    quotation: boolean;
    occurrences: Array<{ path: string; start: number; end: number }>;
  }>;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** `words`: each article's word count as the folder scan reports it (after cleaning). */
export function toMatrixJson(
  root: string,
  docs: CorpusDoc[],
  words: number[],
  analysis: CorpusAnalysis,
  minSimilarity: number,
): MatrixJson {
  return {
    root,
    articles: docs.map((doc, i) => ({
      path: doc.path,
      title: doc.title,
      words: words[i]!,
      date: doc.date,
      dateFrom: doc.dateFrom,
      dateIsFileTime: doc.dateIsFileTime,
    })),
    pairs: analysis.pairs
      .filter((pair) => pair.similarity >= minSimilarity)
      .map((pair) => ({ a: docs[pair.a]!.path, b: docs[pair.b]!.path, similarity: round3(pair.similarity) })),
    groups: analysis.groups.map((group) => ({
      articles: group.members.map((member) => docs[member]!.path),
      orderedBy: group.orderedBy,
    })),
  };
}

export function toPassagesJson(root: string, docs: CorpusDoc[], analysis: CorpusAnalysis): PassagesJson {
  const offsets = new Map<number, (offset: number) => number>();
  const toCodePoints = (doc: number): ((offset: number) => number) => {
    let convert = offsets.get(doc);
    if (!convert) offsets.set(doc, (convert = codePointOffsets(docs[doc]!.text)));
    return convert;
  };
  return {
    root,
    passages: analysis.passages.map((passage) => ({
      text: passage.text,
      words: passage.words,
      quotation: passage.quotation,
      occurrences: passage.occurrences.map(({ doc, start, end }) => ({
        path: docs[doc]!.path,
        start: toCodePoints(doc)(start),
        end: toCodePoints(doc)(end),
      })),
    })),
  };
}
