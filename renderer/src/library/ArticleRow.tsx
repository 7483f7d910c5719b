// One row of the article list: the A and B choices, the title and file, the facts, the collate
// box. Memoised, so a new snapshot of a big folder re-renders only the rows that changed.
import { memo } from 'react';
import type { ArticleId, ArticleSummary, SkippedFile } from '../../../preload/contract';
import { ArticleFacts } from './ArticleFacts';
import { articleLabel } from './article-label';
import { withVisibleControls as visible } from '../../../preload/shared/visible-text';

/** What a row does; the list passes the same object on every render (see ArticleList). */
export interface RowActions {
  pick: (side: 'left' | 'right', id: ArticleId) => void;
  toggleWitness: (id: ArticleId) => void;
  openMenu: (event: React.MouseEvent<HTMLLIElement>, article: ArticleSummary) => void;
}

/**
 * Where the list placed the row: its position for assistive technology, and its offset. Plain
 * values (and the virtualizer's stable measure function), so memo compares them cheaply.
 */
export interface RowPlace {
  index: number;
  setSize: number;
  top: number;
  measure: (element: HTMLLIElement | null) => void;
}

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const folderOf = (path: string): string =>
  path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';

function placement({ index, setSize, top, measure }: RowPlace) {
  return {
    ref: measure,
    'data-index': index,
    'aria-setsize': setSize,
    'aria-posinset': index + 1,
    style: { transform: `translateY(${top}px)` },
  };
}

const SIDES = [
  { side: 'left', name: 'left-article', letter: 'A' },
  { side: 'right', name: 'right-article', letter: 'B' },
] as const;

interface ArticleRowProps extends RowPlace {
  article: ArticleSummary;
  isLeft: boolean;
  isRight: boolean;
  collated: boolean;
  actions: RowActions;
}

export const ArticleRow = memo(function ArticleRow({
  article,
  isLeft,
  isRight,
  collated,
  actions,
  ...place
}: ArticleRowProps) {
  return (
    <li
      {...placement(place)}
      className={`article${isLeft ? ' is-left' : ''}${isRight ? ' is-right' : ''}`}
      data-testid="article"
      onContextMenu={(event) => actions.openMenu(event, article)}
    >
      {SIDES.map(({ side, name, letter }) => (
        <input
          key={side}
          type="radio"
          name={name}
          aria-label={`Show ${articleLabel(article)} on the ${side} (${letter})`}
          checked={side === 'left' ? isLeft : isRight}
          onChange={() => actions.pick(side, article.id)}
        />
      ))}
      <div className="article-text">
        <div className="article-title">{visible(article.title)}</div>
        <div className="article-meta">
          <span className="article-file" title={visible(article.path)}>
            <span className="article-dir">{visible(folderOf(article.path))}</span>
            {visible(fileName(article.path))}
          </span>
        </div>
        <ArticleFacts article={article} showPath={false} />
        <label className="collate-pick">
          <input
            type="checkbox"
            checked={collated}
            onChange={() => actions.toggleWitness(article.id)}
            aria-label={`Collate “${visible(article.title)}” (${visible(article.path)})`}
          />
          collate
        </label>
        {article.cleaning.blocks > 0 && (
          <div className="article-cleaning">
            {article.cleaning.blocks} boilerplate {article.cleaning.blocks === 1 ? 'block' : 'blocks'} (
            {article.cleaning.words.toLocaleString()} words) left out
          </div>
        )}
      </div>
    </li>
  );
});

export const SkippedRow = memo(function SkippedRow({ file, ...place }: { file: SkippedFile } & RowPlace) {
  return (
    <li {...placement(place)} className="article is-skipped" data-testid="skipped">
      <div className="article-text">
        <div className="article-title">{visible(fileName(file.path))}</div>
        <div className="article-meta">
          <span className="article-dir">{visible(folderOf(file.path))}</span>
          <span className="skip-reason">Not loaded: {file.reason}</span>
        </div>
      </div>
    </li>
  );
});
