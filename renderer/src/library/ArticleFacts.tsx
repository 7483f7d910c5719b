// One line of facts about an article, the same in the list and the comparison headers:
// source, date (marked when it is only the file's date), words, and how it was read.
import type { ArticleSummary, DateSource } from '../../../preload/contract';
import { dateLabel } from '../../../preload/shared/date-label';
import { withVisibleControls } from '../../../preload/shared/visible-text';

const DATE_TITLE: Record<DateSource, string | undefined> = {
  stated: undefined,
  text: 'The date on one of the article’s first lines',
  'file name': 'The article states no date: this one is in the file’s name',
  'file time': 'The article states no date: this is when the file was last changed',
};

export function ArticleFacts({ article, showPath = true }: { article: ArticleSummary; showPath?: boolean }) {
  const facts: Array<{ text: string; title?: string; className?: string }> = [];
  if (showPath) facts.push({ text: withVisibleControls(article.path) });
  if (article.source) facts.push({ text: article.source });
  const date = dateLabel(article);
  if (date) facts.push({ text: date, title: DATE_TITLE[article.dateFrom ?? 'stated'] });
  facts.push({ text: `${article.words.toLocaleString()} words` });
  if (!article.encoding.startsWith('utf-8')) {
    facts.push({ text: `decoded as ${article.encoding}`, className: 'fact-note' });
  }
  if (article.repair) {
    facts.push({
      text: article.repair.label,
      title: `${article.repair.count.toLocaleString()} characters restored when the file was read; untick Repaired in the comparison header to see the text as decoded`,
      className: 'fact-note',
    });
  }
  for (const warning of article.warnings) facts.push({ text: warning, className: 'fact-note' });
  return (
    <div className="side-meta article-facts">
      {facts.map((fact, index) => (
        <span key={index} className={fact.className} title={fact.title}>
          {fact.text}
        </span>
      ))}
    </div>
  );
}
