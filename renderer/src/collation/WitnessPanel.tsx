// The witnesses: include or leave out each, choose the base, edit sigla, and see how far
// each stands from the base (words in places where it reads differently). The file comes
// before the title: revisions often share one title, and the file tells them apart.
import { dateLabel, isEvidence } from '../../../preload/shared/date-label';
import type { ArticleId, ArticleSummary } from '../../../preload/contract';
import { withVisibleControls as visible } from '../../../preload/shared/visible-text';
import type { Distance } from './collation-model';

interface Props {
  chosen: ArticleSummary[];
  excluded: ReadonlySet<ArticleId>;
  baseId: ArticleId | null;
  sigla: Record<string, string>;
  distances: Record<string, Distance> | null;
  onInclude: (id: ArticleId, included: boolean) => void;
  onBase: (id: ArticleId) => void;
  onSiglum: (id: ArticleId, siglum: string) => void;
}

export function WitnessPanel({
  chosen,
  excluded,
  baseId,
  sigla,
  distances,
  onInclude,
  onBase,
  onSiglum,
}: Props) {
  return (
    <table className="witness-panel">
      <thead>
        <tr>
          <th scope="col">Use</th>
          <th scope="col">Base</th>
          <th scope="col">Siglum</th>
          <th scope="col">File and title</th>
          <th scope="col">From base</th>
        </tr>
      </thead>
      <tbody>
        {chosen.map((article) => {
          const included = !excluded.has(article.id);
          const distance = distances?.[article.id];
          return (
            <tr key={article.id} className={included ? '' : 'is-excluded'} data-testid="witness">
              <td>
                <input
                  type="checkbox"
                  checked={included}
                  onChange={(event) => onInclude(article.id, event.target.checked)}
                  aria-label={`Include “${article.title}” (${article.path})`}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="collation-base"
                  checked={article.id === baseId}
                  disabled={!included}
                  onChange={() => onBase(article.id)}
                  aria-label={`Use “${article.title}” (${article.path}) as the base`}
                />
              </td>
              <td>
                <input
                  className="siglum"
                  type="text"
                  value={sigla[article.id] ?? ''}
                  maxLength={40}
                  onChange={(event) => onSiglum(article.id, event.target.value)}
                  aria-label={`Siglum for ${article.path}`}
                />
              </td>
              <td className="witness-name" title={`${visible(article.path)} — ${visible(article.title)}`}>
                <span className="witness-file">{visible(article.path)}</span>{' '}
                <span className="witness-title">
                  {visible(article.title)}
                  {isEvidence(article) ? ` · ${dateLabel(article)}` : ''}
                </span>
              </td>
              <td className="witness-distance">
                {!included
                  ? 'left out'
                  : article.id === baseId
                    ? 'base'
                    : distance
                      ? `${(distance.share * 100).toFixed(1)}% different · ${distance.units} ${distance.units === 1 ? 'place' : 'places'}`
                      : '…'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
