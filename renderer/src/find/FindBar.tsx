// The find bar (Ctrl/⌘+F) over the comparison: the query, match case and diacritics, "3 of
// 17", next/previous (Enter, Shift+Enter), and "Find in folder", which lists every article's
// hits and opens one as A or B at that place (a hit in an article already open is shown where
// it is: "Show in A").
import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, FolderFindResult } from '../../../preload/contract';
import { api, messageOf } from '../api';
import { articleLabel } from '../library/article-label';
import type { FindState } from './useFind';
import { sideForHit } from './useFolderHit';
import './find.css';

interface Props {
  find: FindState;
  /** The open folder's articles, to name the folder hits. */
  articles: readonly ArticleSummary[];
  /** Search the cleaned texts (as the comparison shows them) or the whole files. */
  clean: boolean;
  /** Opens a folder hit: that article on that side, at that place. */
  onOpenHit: (side: 'left' | 'right', id: string, offset: number) => void;
  /** The pair open now: its articles' hits are shown in place, never opened opposite themselves. */
  pair: { leftId: string | null; rightId: string | null };
  /** The bar is closing (the current hit is still known): it becomes the text selection. */
  onClose: () => void;
}

const SIDE_LETTER = { left: 'A', right: 'B' } as const;

function FolderResults({
  result,
  articles,
  onOpenHit,
  pair,
}: { result: FolderFindResult } & Pick<Props, 'articles' | 'onOpenHit' | 'pair'>) {
  const byId = new Map(articles.map((article) => [article.id, article]));
  if (result.total === 0) return <p className="find-folder-empty">No article in the folder has it.</p>;
  const listed = result.articles.reduce((sum, article) => sum + article.hits.length, 0);
  return (
    <>
      <p className="find-folder-summary">
        {result.total.toLocaleString()} {result.total === 1 ? 'hit' : 'hits'} in {result.articles.length}{' '}
        {result.articles.length === 1 ? 'article' : 'articles'}
        {listed < result.total && ` (first ${listed.toLocaleString()} listed)`}
      </p>
      <ol className="find-folder-list">
        {result.articles.map((entry) => {
          const article = byId.get(entry.id);
          if (!article) return null;
          const label = articleLabel(article);
          const open = sideForHit('left', entry.id, pair);
          const letter = SIDE_LETTER[open.side];
          return (
            <li key={entry.id} className="find-folder-article">
              <h2>
                {label} <span className="find-folder-count">({entry.count})</span>
                {open.alreadyOpen && (
                  <span className="find-folder-open-note">
                    {' '}
                    — open as {letter}: its hits are shown there, not compared with itself
                  </span>
                )}
              </h2>
              <ul>
                {entry.hits.map((hit) => (
                  <li key={hit.start} className="find-folder-hit" data-testid="folder-hit">
                    <span className="find-snippet">
                      {hit.snippet.before}
                      <mark>{hit.snippet.match}</mark>
                      {hit.snippet.after}
                    </span>
                    <span className="find-open">
                      {open.alreadyOpen ? (
                        <button
                          type="button"
                          onClick={() => onOpenHit(open.side, entry.id, hit.start)}
                          aria-label={`Show in ${letter}: ${label}, at “${hit.snippet.match}”`}
                        >
                          Show in {letter}
                        </button>
                      ) : (
                        (['left', 'right'] as const).map((side) => (
                          <button
                            key={side}
                            type="button"
                            onClick={() => onOpenHit(side, entry.id, hit.start)}
                            aria-label={`Open as ${SIDE_LETTER[side]}: ${label}, at “${hit.snippet.match}”`}
                          >
                            Open as {SIDE_LETTER[side]}
                          </button>
                        ))
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function FindBar({ find, articles, clean, onOpenHit, pair, onClose }: Props) {
  const { focusRequest } = find;
  const input = useRef<HTMLInputElement>(null);
  const [folder, setFolder] = useState<
    | { state: 'searching' }
    | { state: 'done'; result: FolderFindResult }
    | { state: 'failed'; error: string }
    | null
  >(null);

  useEffect(() => {
    if (!focusRequest) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  if (!find.open) return null;

  const searchFolder = (): void => {
    if (!find.query) return;
    setFolder({ state: 'searching' });
    api
      .findInFolder({ query: find.query, ...find.options, clean })
      .then((result) => setFolder({ state: 'done', result }))
      .catch((error: unknown) => setFolder({ state: 'failed', error: messageOf(error) }));
  };
  const close = (): void => {
    setFolder(null);
    document.querySelector<HTMLElement>('.compare-scroll')?.focus();
    onClose();
    find.hide();
  };
  const counter =
    find.query.length === 0
      ? ''
      : find.hits.length === 0
        ? 'No results'
        : find.current < 0
          ? `${find.hits.length.toLocaleString()} found`
          : `${(find.current + 1).toLocaleString()} of ${find.hits.length.toLocaleString()}`;

  return (
    <div className="find-bar" role="search" aria-label="Find in the texts">
      <div className="find-row">
        <input
          ref={input}
          type="search"
          className="find-input"
          placeholder="Find in A and B"
          aria-label="Find in A and B"
          value={find.query}
          onChange={(event) => {
            find.setQuery(event.target.value);
            setFolder(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (event.shiftKey) find.previous();
              else find.next();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {counter}
        </span>
        <button
          type="button"
          onClick={find.previous}
          disabled={find.hits.length === 0}
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
        >
          ↑
        </button>
        <button
          type="button"
          onClick={find.next}
          disabled={find.hits.length === 0}
          aria-label="Next match"
          title="Next match (Enter)"
        >
          ↓
        </button>
        <label title="Upper and lower case must match">
          <input
            type="checkbox"
            checked={find.options.matchCase}
            onChange={(event) => find.setOptions({ ...find.options, matchCase: event.target.checked })}
          />
          Match case
        </label>
        <label title="Accents and other marks must match (é is not e)">
          <input
            type="checkbox"
            checked={find.options.matchDiacritics}
            onChange={(event) => find.setOptions({ ...find.options, matchDiacritics: event.target.checked })}
          />
          Match diacritics
        </label>
        <button
          type="button"
          onClick={searchFolder}
          disabled={!find.query}
          title="Search every article of the folder"
        >
          Find in folder
        </button>
        <button type="button" onClick={close} aria-label="Close find" title="Close (Escape)">
          ×
        </button>
      </div>
      {folder && (
        <section className="find-folder" aria-label="Hits in the folder">
          {folder.state === 'searching' && <p role="status">Searching the folder…</p>}
          {folder.state === 'failed' && (
            <p className="message error" role="alert">
              Could not search the folder: {folder.error}
            </p>
          )}
          {folder.state === 'done' && (
            <FolderResults
              result={folder.result}
              articles={articles}
              pair={pair}
              onOpenHit={(side, id, offset) => {
                setFolder(null);
                onOpenHit(side, id, offset);
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}
