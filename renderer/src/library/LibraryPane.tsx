// The article list: pick which article goes on the left (A) and which on the right (B).
// Files that could not be read are listed greyed, with the reason.
import { useCallback, useState, type ReactNode } from 'react';
import type { ArticleId, ArticleSummary } from '../../../preload/contract';
import type { LibraryState } from './useLibrary';
import type { ArticleSort } from './article-order';
import { ArticleList } from './ArticleList';
import { ArticleMenu } from './ArticleMenu';
import { articleLabel } from './article-label';
import { RecentFolders } from './RecentFolders';
import { useFolderLocation } from './useFolderLocation';
import './witness-pick.css';
import { withVisibleControls as visible } from '../../../preload/shared/visible-text';

interface Props {
  /** The folder as it is being read or was read, and what can be done with it. */
  source: LibraryState;
  /** The articles in the order chosen (by name or by date), and the choice. */
  order: { ordered: ArticleSummary[]; sort: ArticleSort; setSort: (sort: ArticleSort) => void };
  leftId: ArticleId | null;
  rightId: ArticleId | null;
  onPick: (side: 'left' | 'right', id: ArticleId) => void;
  /** App-wide controls shown at the foot of the list (theme, shortcuts). */
  footer: ReactNode;
  /** Witnesses of the collation: a box per article, and "Collate all". */
  witnesses: { selected: ReadonlySet<ArticleId>; onToggle: (id: ArticleId) => void; onAll: () => void };
}

export function LibraryPane({ source, order, leftId, rightId, onPick, footer, witnesses }: Props) {
  const { library, loading, error, openFolder: onOpenFolder, openRecent: onOpenRecent } = source;
  const location = useFolderLocation(library);
  const { cancelScan: onCancelScan } = source;
  const { ordered, sort, setSort: onSortChange } = order;
  const scan = library?.scan;
  const [menuAt, setMenuAt] = useState<{ x: number; y: number; id: ArticleId; label: string } | null>(null);
  const [menuError, setMenuError] = useState<string | null>(null);
  const closeMenu = useCallback(() => setMenuAt(null), []);
  const openMenu = (event: React.MouseEvent<HTMLLIElement>, article: ArticleSummary): void => {
    event.preventDefault();
    // From the keyboard (menu key, Shift+F10) there is no pointer: place it by the item.
    const box = event.currentTarget.getBoundingClientRect();
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    setMenuError(null);
    setMenuAt({
      x: fromKeyboard ? box.left + 24 : event.clientX,
      y: fromKeyboard ? box.top + 24 : event.clientY,
      id: article.id,
      label: articleLabel(article),
    });
  };
  return (
    <nav className="library" id="pane-library" aria-label="Articles">
      <header className="pane-header library-header">
        <div className="library-folder" title={library ? visible(location ?? library.folderName) : undefined}>
          {library ? visible(library.folderName) : 'No folder open'}
        </div>
        <div className="library-actions">
          <RecentFolders onOpen={onOpenRecent} />
          <button type="button" onClick={onOpenFolder} title="Open folder… (Ctrl+O)">
            Open folder…
          </button>
        </div>
      </header>
      {scan?.state === 'scanning' && (
        <div className="scan-progress" role="status">
          <span>
            Reading {scan.done.toLocaleString()} of {scan.total.toLocaleString()} files…
          </span>
          <progress max={scan.total} value={scan.done} aria-label="Reading the folder" />
          <button type="button" onClick={onCancelScan}>
            Stop
          </button>
        </div>
      )}
      {scan?.state === 'cancelled' && (
        <p className="message" role="status">
          Stopped after {scan.done.toLocaleString()} of {scan.total.toLocaleString()} files: the rest are not
          listed.
        </p>
      )}
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      {loading && <p className="message">Reading the folder…</p>}
      {menuError && (
        <p className="message error" role="alert">
          {menuError}
        </p>
      )}
      <ArticleMenu at={menuAt} onClose={closeMenu} onError={setMenuError} />
      {library && library.articles.length === 0 && library.skipped.length === 0 && (
        <p className="message">
          This folder has no articles. Variorum reads <code>.txt</code> and <code>.md</code> files,
          sub-folders included.
        </p>
      )}
      {library && (
        <>
          <div className="library-legend">
            <span aria-hidden="true">A</span>
            <span aria-hidden="true">B</span>
            <span>
              {library.articles.length.toLocaleString()} articles ·{' '}
              <label>
                sorted by{' '}
                <select
                  value={sort}
                  onChange={(event) => onSortChange(event.target.value as ArticleSort)}
                  aria-label="Sort articles"
                >
                  <option value="name">name</option>
                  <option value="date">date</option>
                </select>
              </label>{' '}
              <button
                type="button"
                className="collate-all"
                onClick={witnesses.onAll}
                title="Collate every article"
              >
                Collate all
              </button>
            </span>
          </div>
          <ArticleList
            ordered={ordered}
            skipped={library.skipped}
            leftId={leftId}
            rightId={rightId}
            collated={witnesses.selected}
            actions={{ pick: onPick, toggleWitness: witnesses.onToggle, openMenu }}
          />
        </>
      )}
      <footer className="library-footer">{footer}</footer>
    </nav>
  );
}
