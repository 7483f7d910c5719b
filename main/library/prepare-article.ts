// One decoded file, whatever its format, made into what every view reads: plain text with
// paragraphs separated by blank lines, its metadata, and warnings about what was left out.
import { extractHtmlArticle } from './html';
import { markdownToText } from './markdown';
import { articleMetadata, type ArticleMetadata } from './metadata';

export type SourceFormat = 'txt' | 'md' | 'html';

export interface PreparedArticle {
  /** Plain text: a .txt file as it is, Markdown reduced, a page's article extracted. */
  text: string;
  metadata: ArticleMetadata;
  /** What a page tried to run or load (see html.ts); empty for text and Markdown. */
  warnings: string[];
}

export interface FileText {
  format: SourceFormat;
  /** The decoded file (decode.ts). */
  text: string;
  fileName: string;
  /** The file's modification time (ms since the epoch): the date of last resort. */
  modifiedMs?: number;
}

export function prepareArticle({ format, text, fileName, modifiedMs }: FileText): PreparedArticle {
  if (format === 'html') {
    const page = extractHtmlArticle(text, fileName);
    return {
      text: page.text,
      metadata: articleMetadata({ text: page.text, fileName, modifiedMs, page }),
      warnings: page.warnings,
    };
  }
  if (format === 'md') {
    const markdown = markdownToText(text);
    return {
      text: markdown.text,
      metadata: articleMetadata({
        text: markdown.text,
        fileName,
        modifiedMs,
        frontMatter: markdown.frontMatter,
      }),
      warnings: [],
    };
  }
  return { text, metadata: articleMetadata({ text, fileName, modifiedMs }), warnings: [] };
}
