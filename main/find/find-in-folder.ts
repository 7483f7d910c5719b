// "Find in folder": the hits of a query in every article of the open folder, with a snippet
// each, counted whole but listed up to a cap so a common word cannot flood the window.
import type { FolderFindResult } from '../../preload/contract';
import { findInText, snippetAround, type FindOptions } from '../../preload/shared/find-text';

/** Hits listed per article and in all; the counts stay exact beyond them. */
export const LISTED_PER_ARTICLE = 20;
export const LISTED_IN_ALL = 500;

export function findInArticles(
  articles: ReadonlyArray<{ id: string; text: string }>,
  query: string,
  options: FindOptions,
): FolderFindResult {
  const result: FolderFindResult = { articles: [], total: 0 };
  let listed = 0;
  for (const { id, text } of articles) {
    const hits = findInText(text, query, options);
    if (hits.length === 0) continue;
    result.total += hits.length;
    const shown = hits.slice(0, Math.max(0, Math.min(LISTED_PER_ARTICLE, LISTED_IN_ALL - listed)));
    listed += shown.length;
    result.articles.push({
      id,
      count: hits.length,
      hits: shown.map((hit) => ({ ...hit, snippet: snippetAround(text, hit) })),
    });
  }
  return result;
}
