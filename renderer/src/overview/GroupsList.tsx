// The groups of versions and copies, each oldest first with how that order was found (and
// the title they share, said once); a group opens in Compare, where ‹ › step through its
// versions in this order.
import { dateLabel } from '../../../preload/shared/date-label';
import { shortTitle } from '../../../preload/shared/short-title';
import type { ArticleId, ArticleSummary, OverviewGroup } from '../../../preload/contract';
import type { ArticleNames } from './overview-model';

export function GroupsList({
  groups,
  articles,
  names,
  onOpenGroup,
}: {
  groups: OverviewGroup[];
  articles: ReadonlyMap<ArticleId, ArticleSummary>;
  names: ArticleNames;
  onOpenGroup: (group: OverviewGroup, index: number) => void;
}) {
  if (groups.length === 0) {
    return <p className="overview-hint">No two articles are versions or copies of one text.</p>;
  }
  return (
    <ol className="groups">
      {groups.map((group, index) => {
        const title = names.shared(group.articles);
        return (
          <li key={group.articles.join('|')} className="group">
            <div className="group-head">
              <h3>
                Group {index + 1}: {group.articles.length} versions,{' '}
                <span className="group-basis">
                  {group.orderedBy === 'date' ? 'by date' : 'order inferred from the texts'}
                </span>
              </h3>
              <button type="button" onClick={() => onOpenGroup(group, index)}>
                Step through in Compare
              </button>
            </div>
            {title && <p className="group-shared-title">“{title}”</p>}
            <ol className="group-members">
              {group.articles.map((id) => {
                const article = articles.get(id);
                // Named by its file (titles repeat in the folder): the file is on the line
                // below, so the title says what the version is, unless the group says it once.
                const label = names.label(id);
                const shown =
                  article && label === article.path && !title && article.title
                    ? shortTitle(article.title)
                    : label;
                return (
                  <li key={id}>
                    <span className="group-title" title={names.full(id)}>
                      {shown}
                    </span>
                    <span className="group-meta">
                      {article?.path}
                      {article?.date ? ` · ${dateLabel(article)}` : ''}
                      {article ? ` · ${article.words} words` : ''}
                    </span>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
