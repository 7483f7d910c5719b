// Preparation of the formats that need no HTML stack (.txt as it is, Markdown reduced), so
// callers that never meet a page (the CLI on text files) do not load Readability or linkedom.
import type { TextEncodingLabel } from '../../preload/contract';
import type { ArticleMetadata } from './metadata';
import { articleMetadata } from './metadata';
import { markdownToText } from './markdown';

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
  /** How the bytes were decoded: a page's own charset declaration is checked against it. */
  encoding?: TextEncodingLabel;
}

/** A .txt or Markdown file prepared (prepare-article.ts handles pages). */
export function prepareTextArticle({ format, text, fileName, modifiedMs }: FileText): PreparedArticle {
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
