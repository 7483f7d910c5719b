// For folders too large for a readable matrix: the most similar pairs, ranked; two versions
// named by their files (one title) say that title once.
import type { ArticleId, OverviewPair } from '../../../preload/contract';
import { percent } from './heat-scale';
import type { ArticleNames } from './overview-model';

const SHOWN = 200;

export function PairsList({
  pairs,
  names,
  onOpenPair,
}: {
  pairs: OverviewPair[];
  names: ArticleNames;
  onOpenPair: (a: ArticleId, b: ArticleId) => void;
}) {
  const { label } = names;
  return (
    <div className="pairs">
      <p className="overview-hint">
        {pairs.length > SHOWN
          ? `The ${SHOWN} most similar of ${pairs.length} pairs`
          : `${pairs.length} similar pairs`}
        , most similar first. Choose one to compare it.
      </p>
      <ol className="pairs-list">
        {pairs.slice(0, SHOWN).map((pair) => {
          const title = names.shared([pair.a, pair.b]);
          return (
            <li key={`${pair.a}|${pair.b}`}>
              <button
                type="button"
                title={`${names.full(pair.a)}\n↔\n${names.full(pair.b)}`}
                onClick={() => onOpenPair(pair.a, pair.b)}
              >
                <span className="pairs-figure">{percent(pair.similarity)}</span>
                <span className="pairs-names">
                  {label(pair.a)} <span aria-hidden="true">↔</span> {label(pair.b)}
                  {title && <span className="pairs-shared-title">, both “{title}”</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
