// How an article is named wherever a title alone could be ambiguous (radio labels, folder
// hits, note cards): its title and its file name, since copies of one story share a title.
// A long first-sentence title is cut (preload/shared/short-title.ts). Invisible controls in
// either are shown, not obeyed (see preload/shared/visible-text.ts).
import { shortTitle } from '../../../preload/shared/short-title';
import { withVisibleControls } from '../../../preload/shared/visible-text';

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** “Title” (file.txt); just the file name when the title is the file name. */
export function articleLabel(article: { title: string; path: string }): string {
  const file = fileName(article.path);
  const title = shortTitle(article.title);
  const shown = withVisibleControls(file);
  return title && title !== file ? `“${withVisibleControls(title)}” (${shown})` : shown;
}
