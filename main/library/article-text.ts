// From a file's decoded text to what is compared: the prepared text (Markdown reduced, a
// page's article extracted), then, when cleaning is on, without boilerplate. Pure, so the
// folder scan, the app's loads and the CLI agree on every word.
import type { ArticleFormat, RemovedText } from '../../preload/contract';
import { paragraphBlocks } from '../compare/paragraphs';
import { cleanFolder, type CleanedArticle } from './clean';
import { withoutMetadataLines } from './metadata';
import type { PreparedArticle } from './prepare-text';

export interface ArticleSource {
  id: string;
  format: ArticleFormat;
  /** The decoded file. */
  text: string;
  fileName: string;
  modifiedMs?: number;
}

/**
 * The blocks cleaning works on: the prepared text without its metadata lines, cut into the
 * paragraphs the comparison will show (so removed text is placed between the right rows).
 */
export const blocksOf = (prepared: Pick<PreparedArticle, 'text'>): string[] =>
  paragraphBlocks(withoutMetadataLines(prepared.text));

/** Cleans a set of prepared articles together (repetition across them is a sign of junk). */
export function cleanPrepared(
  articles: Array<{ id: string; prepared: Pick<PreparedArticle, 'text'> }>,
): CleanedArticle[] {
  return cleanFolder(articles.map(({ id, prepared }) => ({ id, paragraphs: blocksOf(prepared) })));
}

export const cleanedText = (cleaned: CleanedArticle): string => cleaned.kept.join('\n\n');

/** Where each removed block sits among the kept paragraphs, for "show removed text". */
export function removedTexts(cleaned: CleanedArticle): RemovedText[] {
  const keptBefore = new Map<number, number>();
  let kept = 0;
  const removedWhole = new Set(
    cleaned.removed.filter((block) => !block.partOfParagraph).map((block) => block.index),
  );
  const lastIndex = Math.max(-1, ...cleaned.removed.map((block) => block.index));
  for (let index = 0; index <= lastIndex; index++) {
    keptBefore.set(index, kept);
    if (!removedWhole.has(index)) kept++;
  }
  return cleaned.removed.map((block) => ({
    beforeParagraph: keptBefore.get(block.index) ?? kept,
    text: block.text,
    reason: block.reason,
  }));
}
