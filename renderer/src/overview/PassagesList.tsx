// Shared passages with their filters (quotations only; carried by N or more articles). The
// passage is article text, so it sits in a DOM-contract element; each article carrying it is
// listed once, earliest dated first (the likely source), with how many places it holds the
// passage, and opens that article at the passage (or at any one of its places).
import { dateLabel } from '../../../preload/shared/date-label';
import { useMemo, useState } from 'react';
import type { ArticleId, ArticleSummary, OverviewPassage } from '../../../preload/contract';
import {
  articlesCarrying,
  filterPassages,
  likelySource,
  placesByArticle,
  type ArticleNames,
  type PassageFilter,
} from './overview-model';

const PAGE = 100;

export function PassagesList({
  passages,
  articles,
  names,
  onOpenPassage,
  onNotePassage,
}: {
  passages: OverviewPassage[];
  articles: ReadonlyMap<ArticleId, ArticleSummary>;
  names: ArticleNames;
  onOpenPassage: (passage: OverviewPassage, occurrence: number) => void;
  /** Takes a note on the passage, anchored in its first (earliest) article. */
  onNotePassage: (passage: OverviewPassage) => void;
}) {
  const [filter, setFilter] = useState<PassageFilter>({ quotationsOnly: false, minArticles: 2 });
  const [shown, setShown] = useState(PAGE);
  const filtered = useMemo(() => filterPassages(passages, filter), [passages, filter]);
  const most = useMemo(() => Math.max(2, ...passages.map(articlesCarrying)), [passages]);
  return (
    <div className="passages">
      <div className="passages-filters" role="group" aria-label="Filter shared passages">
        <label>
          <input
            type="checkbox"
            checked={filter.quotationsOnly}
            onChange={(event) => setFilter({ ...filter, quotationsOnly: event.target.checked })}
          />
          Quotations only
        </label>
        <label>
          Shared by at least{' '}
          <input
            type="number"
            min={2}
            max={most}
            value={filter.minArticles}
            onChange={(event) =>
              setFilter({ ...filter, minArticles: Math.max(2, Math.floor(Number(event.target.value) || 2)) })
            }
          />{' '}
          articles
        </label>
        <span className="passages-count" role="status">
          {filtered.length} of {passages.length} passages
        </span>
      </div>
      <ol className="passages-list">
        {filtered.slice(0, shown).map((passage) => {
          const source = likelySource(passage, articles);
          const carriers = placesByArticle(passage);
          return (
            <li
              key={`${passage.occurrences[0]!.article}:${passage.occurrences[0]!.start}:${passage.text}`}
              className="passage"
            >
              <p className="passage-text">
                <span data-side="left" data-op="equal">
                  {passage.text}
                </span>
              </p>
              <p className="passage-meta">
                {passage.quotation ? 'Quotation' : 'Passage'} · {passage.words} words · in {carriers.length}{' '}
                articles
                {passage.occurrences.length > carriers.length
                  ? ` (${passage.occurrences.length} places)`
                  : ''}
                <button type="button" className="passage-note" onClick={() => onNotePassage(passage)}>
                  Take a note
                </button>
              </p>
              <ul className="passage-occurrences">
                {carriers.map(({ article: id, places }) => {
                  const article = articles.get(id);
                  const label = names.label(id);
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        title={names.full(id)}
                        onClick={() => onOpenPassage(passage, places[0]!)}
                      >
                        {label}
                      </button>
                      <span className="passage-where">
                        {article?.path} · {(article && dateLabel(article)) ?? 'no date'}
                        {id === source ? ' · likely source (earliest date)' : ''}
                      </span>
                      {places.length > 1 && (
                        <span className="passage-places">
                          {places.length} places:
                          {places.map((occurrence, place) => (
                            <button
                              key={occurrence}
                              type="button"
                              className="passage-place"
                              aria-label={`Open place ${place + 1} of ${places.length} in ${label}`}
                              onClick={() => onOpenPassage(passage, occurrence)}
                            >
                              {place + 1}
                            </button>
                          ))}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      {filtered.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, filtered.length - shown)} more
        </button>
      )}
    </div>
  );
}
