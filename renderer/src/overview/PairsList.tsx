// For folders too large for a readable matrix: the most similar pairs, ranked.
import type { ArticleId, ArticleSummary, OverviewPair } from '../../../preload/contract';
import { percent } from './heat-scale';

const SHOWN = 200;

export function PairsList({
  pairs,
  articles,
  onOpenPair,
}: {
  pairs: OverviewPair[];
  articles: ReadonlyMap<ArticleId, ArticleSummary>;
  onOpenPair: (a: ArticleId, b: ArticleId) => void;
}) {
  const name = (id: ArticleId): string => articles.get(id)?.title || articles.get(id)?.path || 'article';
  return (
    <div className="pairs">
      <p className="overview-hint">
        {pairs.length > SHOWN
          ? `The ${SHOWN} most similar of ${pairs.length} pairs`
          : `${pairs.length} similar pairs`}
        , most similar first. Choose one to compare it.
      </p>
      <ol className="pairs-list">
        {pairs.slice(0, SHOWN).map((pair) => (
          <li key={`${pair.a}|${pair.b}`}>
            <button type="button" onClick={() => onOpenPair(pair.a, pair.b)}>
              <span className="pairs-figure">{percent(pair.similarity)}</span>
              <span className="pairs-names">
                {name(pair.a)} <span aria-hidden="true">↔</span> {name(pair.b)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
