// `variorum matrix DIR [--json] [--min 0.1]`: articles, their most similar pairs and the
// groups of versions, oldest first.
import { dateLabel } from '../../preload/shared/date-label';
import { analyseFolder, parseCorpusArgs } from './corpus-args';
import { DEFAULT_CORPUS_OPTIONS } from '../corpus/analyse';
import { toMatrixJson, type MatrixJson } from '../corpus/report';
import { terminalJson, visibleControls } from './terminal-text';

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

export function matrixSummary(report: MatrixJson): string {
  const lines = [`${report.articles.length} articles, ${report.groups.length} groups of versions or copies`];
  report.groups.forEach((group, i) => {
    lines.push(
      '',
      `Group ${i + 1} (${group.articles.length} articles, oldest first, ${group.orderedBy === 'date' ? 'by date' : 'order inferred from content'}):`,
    );
    for (const member of group.articles) {
      const article = report.articles.find((a) => a.path === member)!;
      const date = dateLabel(article) ?? 'no date';
      lines.push(`  ${member}  ${date}  ${article.title}`);
    }
  });
  lines.push('', report.pairs.length ? 'Most similar pairs:' : 'No pair reaches the threshold.');
  for (const pair of report.pairs.slice(0, 30))
    lines.push(`  ${percent(pair.similarity).padStart(6)}  ${pair.a}  ${pair.b}`);
  if (report.pairs.length > 30) lines.push(`  … ${report.pairs.length - 30} more (--json lists them all)`);
  return lines.join('\n');
}

/** The command's output (JSON or a readable summary); throws on bad arguments. */
export async function runMatrix(argv: string[]): Promise<string> {
  const args = parseCorpusArgs(argv, '--min', 0.1, (n) => Number.isFinite(n) && n >= 0 && n <= 1);
  const { root, docs, words, analysis } = await analyseFolder(args.folder, DEFAULT_CORPUS_OPTIONS.minWords);
  const report = toMatrixJson(root, docs, words, analysis, args.number);
  return args.json ? terminalJson(report) : visibleControls(matrixSummary(report));
}
