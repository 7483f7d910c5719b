// The comparison: a header per side, the stats line, the options bar, and the rows.
import type { ReactNode } from 'react';
import type { ArticleSummary, Comparison, ComparisonStats } from '../../../preload/contract';
import { ArticleFacts } from '../library/ArticleFacts';
import { withVisibleControls } from '../../../preload/shared/visible-text';
import { ignoredBy, samenessOf } from '../../../preload/shared/identical';
import { ComparisonBody, type NotesInView } from './ComparisonBody';
import { OptionsBar } from './OptionsBar';
import { usePrintAllRows } from './usePrintAllRows';
import type { ViewSettings } from './useViewSettings';

interface Props {
  comparison: Comparison | null;
  loading: boolean;
  progress: number | null;
  error: string | null;
  hasPair: boolean;
  settings: ViewSettings;
  onSettingsChange: (settings: ViewSettings) => void;
  onSwap: () => void;
  /** Whether each side is cleaned, and how to switch it for that article alone. */
  clean: { left: boolean; right: boolean };
  onCleanChange: (side: 'left' | 'right', clean: boolean) => void;
  /** Whether each side's mojibake repair is used, and how to switch it for that article. */
  repair: { left: boolean; right: boolean };
  onRepairChange: (side: 'left' | 'right', repair: boolean) => void;
  notes: NotesInView;
  /** Moves the pair one version along the folder's order; absent at the ends. */
  onStep: { previous?: () => void; next?: () => void };
  /** The find bar, shown above the rows when open. */
  findBar?: ReactNode;
  /** Narrow window: the options bar folds into one compact row. */
  compactOptions?: boolean;
  /** Saves the comparison as a PDF (print layout). */
  /** Saves the comparison as PDF; resolves once it is written (or the user cancelled). */
  onSavePdf?: () => Promise<void>;
}

interface SideHeaderProps {
  article: ArticleSummary;
  label: 'A' | 'B';
  clean: boolean;
  onCleanChange: (clean: boolean) => void;
  repair: boolean;
  onRepairChange: (repair: boolean) => void;
}

function SideHeader({ article, label, clean, onCleanChange, repair, onRepairChange }: SideHeaderProps) {
  return (
    <div className="side-header" data-testid={`header-${label}`}>
      <span className={`side-label side-${label}`}>{label}</span>
      <div>
        <div className="side-title">{withVisibleControls(article.title)}</div>
        <ArticleFacts article={article} />
        <label className="side-clean" title="Leave this article's boilerplate out of the comparison">
          <input type="checkbox" checked={clean} onChange={(event) => onCleanChange(event.target.checked)} />
          Clean
          {article.cleaning.blocks > 0 &&
            ` (${article.cleaning.blocks} ${article.cleaning.blocks === 1 ? 'block' : 'blocks'}, ${article.cleaning.words.toLocaleString()} words)`}
        </label>
        {article.repair && (
          <label
            className="side-clean"
            title="Use the repaired text; untick to see this article's text exactly as it was decoded"
          >
            <input
              type="checkbox"
              checked={repair}
              onChange={(event) => onRepairChange(event.target.checked)}
            />
            Repaired ({article.repair.count.toLocaleString()} characters)
          </label>
        )}
      </div>
    </div>
  );
}

function StatsLine({
  stats,
  coarse,
  bySentence,
}: {
  stats: ComparisonStats;
  coarse: boolean;
  /** Compared by sentence: a sentence with any change is marked whole, and so counted. */
  bySentence: boolean;
}) {
  const sentenceNote = bySentence
    ? 'Compared by sentence: every word of a sentence with any change counts. The similarity counts words either way.'
    : undefined;
  return (
    <p className="stats" data-testid="stats">
      <strong>{Math.round(stats.similarity * 1000) / 10}% similar</strong>
      <span className="stat-insert" title={sentenceNote}>
        +{stats.wordsAdded.toLocaleString()} {bySentence ? 'words in added sentences' : 'words added'}
      </span>
      <span className="stat-delete" title={sentenceNote}>
        −{stats.wordsRemoved.toLocaleString()} {bySentence ? 'in removed sentences' : 'removed'}
      </span>
      <span className="stat-move">{stats.wordsMoved.toLocaleString()} moved</span>
      <span data-testid="stat-edits">
        {stats.edits.toLocaleString()} {stats.edits === 1 ? 'edit' : 'edits'}
      </span>
      <span>
        {stats.changedParagraphs} {stats.changedParagraphs === 1 ? 'paragraph' : 'paragraphs'} changed
      </span>
      {stats.punctuationOnlyEdits > 0 && (
        <span data-testid="stat-punctuation" title="Words that differ only in their punctuation, marked ⁎">
          {stats.punctuationOnlyEdits.toLocaleString()} punctuation only
        </span>
      )}
      {stats.spacingOnlyEdits > 0 && (
        <span title="Words that differ only in the spacing or line break after them, marked · or ↵">
          {stats.spacingOnlyEdits.toLocaleString()} spacing only
        </span>
      )}
      {coarse && (
        <span
          className="stat-coarse"
          title="Parts too large or too different to diff word by word are shown as replaced"
        >
          Coarse: some parts shown as replaced
        </span>
      )}
    </p>
  );
}

/** "A and B are identical (byte for byte)" and its weaker kinds, above the rows. */
function SamenessBanner({
  comparison,
  clean,
  settings,
}: {
  comparison: Comparison;
  clean: Props['clean'];
  settings: ViewSettings;
}) {
  const { left, right } = comparison;
  const sameness = samenessOf({
    fileHashes: [left.fileHash, right.fileHash],
    textHashes: [left.contentHash, right.contentHash],
    differs: comparison.rows.some((row) => row.kind !== 'equal'),
    cleaned: (clean.left && left.cleaning.blocks > 0) || (clean.right && right.cleaning.blocks > 0),
    ignoring: ignoredBy(settings.options),
  });
  if (!sameness) return null;
  return (
    <p className="sameness" role="status" data-testid="sameness">
      <span aria-hidden="true">=</span> {sameness}
    </p>
  );
}

export function ComparePane(props: Props) {
  const {
    comparison,
    loading,
    progress,
    error,
    hasPair,
    settings,
    onSettingsChange,
    onSwap,
    onStep,
    clean,
    onCleanChange,
    repair,
    onRepairChange,
    notes,
    findBar,
    compactOptions,
    onSavePdf,
  } = props;
  const { printing, printWith } = usePrintAllRows();
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
        // Laid out on the rows' grid, so each side's header stands over its own column.
        <header className={`compare-header layout-${settings.layout}`}>
          <div className="header-column">
            <SideHeader
              article={comparison.left}
              label="A"
              clean={clean.left}
              onCleanChange={(value) => onCleanChange('left', value)}
              repair={repair.left}
              onRepairChange={(value) => onRepairChange('left', value)}
            />
            <div className="header-actions">
              <button
                type="button"
                className="swap"
                onClick={onSwap}
                title="Swap A and B (s)"
                aria-label="Swap sides"
              >
                ⇄
              </button>
              {onSavePdf && (
                <button
                  type="button"
                  className="save-pdf"
                  onClick={() => void printWith(onSavePdf)}
                  title="Save the comparison as PDF, marks legible in black and white (Ctrl/⌘+P prints)"
                >
                  PDF…
                </button>
              )}
              <div className="version-step">
                <button
                  type="button"
                  onClick={onStep.previous}
                  disabled={!onStep.previous}
                  title="Previous version: move both sides one version back ([)"
                  aria-label="Previous version"
                >
                  ‹
                </button>
                <button
                  type="button"
                  onClick={onStep.next}
                  disabled={!onStep.next}
                  title="Next version: move both sides one version on (])"
                  aria-label="Next version"
                >
                  ›
                </button>
              </div>
            </div>
          </div>
          <SideHeader
            article={comparison.right}
            label="B"
            clean={clean.right}
            onCleanChange={(value) => onCleanChange('right', value)}
            repair={repair.right}
            onRepairChange={(value) => onRepairChange('right', value)}
          />
        </header>
      )}
      {comparison && (
        <StatsLine
          stats={comparison.stats}
          coarse={comparison.coarse}
          bySentence={settings.options.granularity === 'sentence'}
        />
      )}
      {comparison && !loading && <SamenessBanner comparison={comparison} clean={clean} settings={settings} />}
      <OptionsBar settings={settings} onChange={onSettingsChange} compact={compactOptions} />
      {findBar}
      {error && (
        <p className="message error" role="alert">
          Could not compare these articles: {error}
        </p>
      )}
      {loading && (
        <div className="compare-progress" role="status">
          <span>Comparing…{progress === null ? '' : ` ${Math.round(progress * 100)}%`}</span>
          {progress !== null && <progress max={1} value={progress} aria-label="Comparison progress" />}
        </div>
      )}
      {comparison &&
        (comparison.rows.length === 0 ? (
          <p className="message">Both articles are empty.</p>
        ) : (
          <ComparisonBody
            key={`${comparison.left.id}:${comparison.right.id}`}
            rows={comparison.rows}
            removed={comparison.removed}
            showRemoved={settings.showRemoved}
            layout={settings.layout}
            collapseUnchanged={settings.collapseUnchanged}
            stale={loading}
            notes={notes}
            renderAll={printing}
          />
        ))}
    </main>
  );
}
