// One decoded file, whatever its format, made into what every view reads: plain text with
// paragraphs separated by blank lines, its metadata, and warnings about what was left out.
import { charsetWarning } from './charset';
import { extractHtmlArticle } from './html';
import { articleMetadata } from './metadata';
import { prepareTextArticle, type FileText, type PreparedArticle } from './prepare-text';

export type { FileText, PreparedArticle, SourceFormat } from './prepare-text';

export function prepareArticle(file: FileText): PreparedArticle {
  if (file.format !== 'html') return prepareTextArticle(file);
  const { text, fileName, modifiedMs, encoding } = file;
  const page = extractHtmlArticle(text, fileName);
  const charset = encoding ? charsetWarning(text, encoding) : null;
  return {
    text: page.text,
    metadata: articleMetadata({ text: page.text, fileName, modifiedMs, page }),
    warnings: charset ? [charset, ...page.warnings] : page.warnings,
  };
}
