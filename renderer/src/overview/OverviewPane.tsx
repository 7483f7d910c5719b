// The Overview view: the folder as a whole — similarity map (or ranked pairs in large
// folders), groups of versions, shared passages — with the progress of the analysis.
import { useMemo } from 'react';
import type {
  ArticleId,
  ArticleSummary,
  LibrarySnapshot,
  OverviewGroup,
  OverviewPassage,
} from '../../../preload/contract';
import { GroupsList } from './GroupsList';
import { HeatMap } from './HeatMap';
import { articleNames, MAP_MAX_ARTICLES, mapOrder, similarityLookup } from './overview-model';
import { PairsList } from './PairsList';
import { PassagesList } from './PassagesList';
import type { OverviewState } from './useOverview';
import './overview.css';

const STAGES = {
  reading: 'Reading articles',
  indexing: 'Indexing',
  scoring: 'Scoring pairs',
  grouping: 'Grouping versions',
  passages: 'Finding shared passages',
};

interface Props {
  state: OverviewState;
  library: LibrarySnapshot | null;
  onOpenPair: (a: ArticleId, b: ArticleId) => void;
  onOpenGroup: (group: OverviewGroup, index: number) => void;
  onOpenPassage: (passage: OverviewPassage, occurrence: number) => void;
  onNotePassage: (passage: OverviewPassage) => void;
}

export function OverviewPane({
  state,
  library,
  onOpenPair,
  onOpenGroup,
  onOpenPassage,
  onNotePassage,
}: Props) {
  const { overview, preview, progress, running, error } = state;
  const articles = useMemo(
    () =>
      new Map<ArticleId, ArticleSummary>((library?.articles ?? []).map((article) => [article.id, article])),
    [library],
  );
  const order = useMemo(() => (overview ? mapOrder(overview) : []), [overview]);
  const similarity = useMemo(() => (overview ? similarityLookup(overview) : () => 0), [overview]);
  const names = useMemo(
    () => articleNames(overview ?? { articles: [], pairs: [], groups: [], passages: [] }, articles),
    [overview, articles],
  );
  return (
    <main
      className="folder-overview"
      id="view-overview"
      aria-labelledby="view-tab-overview"
      aria-busy={running}
    >
      {running && (
        <div className="overview-progress" role="status">
          <span>
            {progress
              ? `${STAGES[progress.stage]}… ${Math.round(progress.fraction * 100)}%`
              : 'Starting the overview…'}
          </span>
          <progress max={1} value={progress?.fraction ?? 0} />
          <button type="button" onClick={state.cancel}>
            Stop
          </button>
        </div>
      )}
      {preview && (
        <p className="overview-preview-note" role="note">
          {preview.analysed < preview.total
            ? `Preliminary: the first ${preview.analysed.toLocaleString()} of ${preview.total.toLocaleString()} articles. Figures and groups will change as the rest are read.`
            : 'Pairs and groups are final; shared passages are still being found.'}
        </p>
      )}
      {error && (
        <div className="overview-error" role="alert">
          {error}{' '}
          <button type="button" onClick={state.retry}>
            Try again
          </button>
        </div>
      )}
      {!overview && !running && !error && (
        <p className="overview-hint">Open a folder to see it as a whole.</p>
      )}
      {overview && (
        <div className="overview-sections">
          <section aria-labelledby="overview-map-title" className="overview-map">
            <h2 id="overview-map-title">
              {order.length <= MAP_MAX_ARTICLES ? 'Similarity map' : 'Most similar pairs'}{' '}
              <span className="overview-count">{overview.articles.length.toLocaleString()} articles</span>
            </h2>
            {order.length < 2 ? (
              <p className="overview-hint">The overview needs two articles or more.</p>
            ) : order.length <= MAP_MAX_ARTICLES ? (
              <HeatMap order={order} names={names} similarity={similarity} onOpenPair={onOpenPair} />
            ) : (
              <PairsList pairs={overview.pairs} names={names} onOpenPair={onOpenPair} />
            )}
          </section>
          <section aria-labelledby="overview-groups-title" className="overview-groups">
            <h2 id="overview-groups-title">
              Groups <span className="overview-count">{overview.groups.length}</span>
            </h2>
            <GroupsList
              groups={overview.groups}
              articles={articles}
              names={names}
              onOpenGroup={onOpenGroup}
            />
          </section>
          <section aria-labelledby="overview-passages-title" className="overview-passages">
            <h2 id="overview-passages-title">
              Shared passages{' '}
              <span className="overview-count">{preview ? '…' : overview.passages.length}</span>
            </h2>
            {preview ? (
              <p className="overview-hint">
                {preview.analysed < preview.total
                  ? 'Shared passages are found once every article has been read.'
                  : 'Finding shared passages…'}
              </p>
            ) : (
              <PassagesList
                passages={overview.passages}
                articles={articles}
                names={names}
                onOpenPassage={onOpenPassage}
                onNotePassage={onNotePassage}
              />
            )}
          </section>
        </div>
      )}
    </main>
  );
}
