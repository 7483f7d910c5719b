// One decoded file, whatever its format, made into what every view reads: plain text with
// paragraphs separated by blank lines, its metadata, and warnings about what was left out.
import { extractHtmlArticle } from './html';
import { articleMetadata } from './metadata';
import { prepareTextArticle, type FileText, type PreparedArticle } from './prepare-text';

export type { FileText, PreparedArticle, SourceFormat } from './prepare-text';

export function prepareArticle(file: FileText): PreparedArticle {
  if (file.format !== 'html') return prepareTextArticle(file);
  const { text, fileName, modifiedMs } = file;
  const page = extractHtmlArticle(text, fileName);
  return {
    text: page.text,
    metadata: articleMetadata({ text: page.text, fileName, modifiedMs, page }),
    warnings: page.warnings,
  };
}
