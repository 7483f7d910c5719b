// How an article's date is shown wherever it appears (library, overview, exports): with where
// it comes from unless the article states it, so a file's name or time is never taken for a
// publication date. Pure: main (CLI) and the renderer both use it.
import type { DateSource } from '../contract';

/** Where a date comes from, in words: the label beside it and the CSV's "date source" column. */
export const DATE_SOURCE_WORDS: Record<DateSource, string> = {
  stated: 'stated',
  text: 'from the text',
  'file name': 'from the file name',
  'file time': 'file date',
};

/** "2021-12-30", "1859 (from the file name)", "2026-12-06 (file date)"; null with no date. */
export function dateLabel(article: { date: string | null; dateFrom: DateSource | null }): string | null {
  if (!article.date) return null;
  const from =
    article.dateFrom && article.dateFrom !== 'stated' ? ` (${DATE_SOURCE_WORDS[article.dateFrom]})` : '';
  return `${article.date}${from}`;
}

/** A date a reader may believe: anything but the file's own time. */
export const isEvidence = (article: { date: string | null; dateFrom: DateSource | null }): boolean =>
  article.date !== null && article.dateFrom !== null && article.dateFrom !== 'file time';
