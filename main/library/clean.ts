// Boilerplate removal for a folder of articles: runs the line rules (clean-line-rules.ts), then
// the repetition rules (clean-repetition.ts), and reports what they marked: the text kept and
// every removal with its reason. Pure.
import { countWords } from './parse-article';
import { isWhollyMarked, markLineRules, toLine, type Line } from './clean-line-rules';
import { markRepeatsAcrossFolder, markRepeatsWithinArticle, type ArticleDraft } from './clean-repetition';

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

function finish(draft: ArticleDraft): CleanedArticle {
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
    words: article.removed.reduce((sum, block) => sum + countWords(block.text), 0),
  };
}

/**
 * Cleans every article of a folder; the folder is needed because repetition across articles
 * is one of the signs of boilerplate. Returns the articles in the order given.
 */
export function cleanFolder(articles: ArticleParagraphs[]): CleanedArticle[] {
  const drafts: ArticleDraft[] = articles.map(({ id, paragraphs }) => {
    const lines = paragraphs.map((paragraph) => paragraph.split('\n').map(toLine));
    markLineRules(lines.flat());
    const words = lines.map((paragraph) => paragraph.reduce((sum, line) => sum + line.words, 0));
    return { id, paragraphs, lines, words, keys: [], repeated: new Map() };
  });
  for (const draft of drafts) markRepeatsWithinArticle(draft);
  markRepeatsAcrossFolder(drafts);
  return drafts.map(finish);
}
