// One file prepared, or the reason it could not be, as the skipped list shows it. Pages load
// the HTML stack (Readability, linkedom: about a third of a second) on first use only, so a
// process or preparation thread that meets only text and Markdown never pays for it.
import { PageTooComplexError } from './page-too-complex';
import { prepareTextArticle, type FileText, type PreparedArticle } from './prepare-text';

/** Why a file could not be prepared; `message` is the reason shown in the skipped list. */
export class PrepareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrepareError';
  }
}

/** The same steps as prepare-article.ts's prepareArticle, with failures as PrepareErrors. */
export async function prepareOrExplain(file: FileText): Promise<PreparedArticle> {
  try {
    if (file.format !== 'html') return prepareTextArticle(file);
    const { prepareArticle } = await import('./prepare-article');
    return prepareArticle(file);
  } catch (error) {
    if (error instanceof PageTooComplexError) throw new PrepareError(error.message);
    throw new PrepareError(`the page could not be read (${(error as Error).message})`);
  }
}
