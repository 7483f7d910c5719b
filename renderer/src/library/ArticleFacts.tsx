// One line of facts about an article, the same in the list and the comparison headers:
// source, date (marked when it is only the file's date), words, and how it was read.
import type { ArticleSummary } from '../../../preload/contract';
import { withVisibleControls } from '../../../preload/visible-text';

export function ArticleFacts({ article, showPath = true }: { article: ArticleSummary; showPath?: boolean }) {
  const facts: Array<{ text: string; title?: string; className?: string }> = [];
  if (showPath) facts.push({ text: withVisibleControls(article.path) });
  if (article.source) facts.push({ text: article.source });
  if (article.date) {
    facts.push(
      article.dateIsFileTime
        ? {
            text: `${article.date} (file date)`,
            title: 'The article states no date: this is when the file was last changed',
          }
        : { text: article.date },
    );
  }
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
