// The comparison: a header per side, the stats line, a swap button and the aligned rows.
import type { ArticleSummary, Comparison, ComparisonStats } from '../../../preload/contract';
import { ComparisonRows } from './ComparisonRows';

interface Props {
  comparison: Comparison | null;
  loading: boolean;
  progress: number | null;
  error: string | null;
  hasPair: boolean;
  onSwap: () => void;
}

function SideHeader({ article, label }: { article: ArticleSummary; label: 'A' | 'B' }) {
  return (
    <div className="side-header" data-testid={`header-${label}`}>
      <span className={`side-label side-${label}`}>{label}</span>
      <div>
        <div className="side-title">{article.title}</div>
        <div className="side-meta">
          {article.path} · {article.words.toLocaleString()} words
        </div>
      </div>
    </div>
  );
}

function StatsLine({ stats }: { stats: ComparisonStats }) {
  return (
    <p className="stats" data-testid="stats">
      <strong>{Math.round(stats.similarity * 1000) / 10}% similar</strong>
      <span className="stat-insert">+{stats.wordsAdded.toLocaleString()} words added</span>
      <span className="stat-delete">−{stats.wordsRemoved.toLocaleString()} removed</span>
      {stats.wordsMoved > 0 && <span className="stat-move">{stats.wordsMoved.toLocaleString()} moved</span>}
      <span>
        {stats.changedParagraphs} {stats.changedParagraphs === 1 ? 'paragraph' : 'paragraphs'} changed
      </span>
    </p>
  );
}

export function ComparePane({ comparison, loading, progress, error, hasPair, onSwap }: Props) {
  if (!hasPair) {
    return (
      <main className="compare compare-empty">
        <p className="message">Pick an article for the left (A) and one for the right (B) in the list.</p>
      </main>
    );
  }
  return (
    <main className="compare" aria-busy={loading}>
      {comparison && (
        <header className="compare-header">
          <SideHeader article={comparison.left} label="A" />
          <button
            type="button"
            className="swap"
            onClick={onSwap}
            title="Swap A and B"
            aria-label="Swap sides"
          >
            ⇄
          </button>
          <SideHeader article={comparison.right} label="B" />
        </header>
      )}
      {comparison && <StatsLine stats={comparison.stats} />}
      {error && (
        <p className="message error" role="alert">
          Could not compare these articles: {error}
        </p>
      )}
      {loading && (
        <div className="compare-progress" role="status">
          {progress === null ? (
            <span>Comparing…</span>
          ) : (
            <>
              <span>Comparing… {Math.round(progress * 100)}%</span>
              <progress max={1} value={progress} aria-label="Comparison progress" />
            </>
          )}
        </div>
      )}
      {comparison && (
        <div className={`compare-scroll${loading ? ' is-stale' : ''}`}>
          {comparison.rows.length === 0 ? (
            <p className="message">Both articles are empty.</p>
          ) : (
            <ComparisonRows rows={comparison.rows} />
          )}
        </div>
      )}
    </main>
  );
}
