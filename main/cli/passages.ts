// `variorum passages DIR [--json] [--min-words 8]`: passages and quotations that articles
// of different groups share, each with its occurrences, earliest dated first.
import { analyseFolder, parseCorpusArgs } from './corpus-args';
import { DEFAULT_CORPUS_OPTIONS } from '../corpus/analyse';
import { toPassagesJson, type PassagesJson } from '../corpus/report';
import { terminalJson, visibleControls } from './terminal-text';

export function passagesSummary(report: PassagesJson): string {
  const lines = [`${report.passages.length} shared passages`];
  for (const passage of report.passages) {
    const text = passage.text.replace(/\s+/g, ' ');
    lines.push(
      '',
      `${passage.quotation ? 'Quotation' : 'Passage'}, ${passage.words} words, in ${new Set(passage.occurrences.map((o) => o.path)).size} articles: “${text.length > 160 ? `${text.slice(0, 157)}…` : text}”`,
    );
    passage.occurrences.forEach((occurrence, i) =>
      lines.push(
        `  ${occurrence.path} @${occurrence.start}–${occurrence.end}${i === 0 ? '  (earliest: likely source)' : ''}`,
      ),
    );
  }
  return lines.join('\n');
}

/** The command's output (JSON or a readable summary); throws on bad arguments. */
export async function runPassages(argv: string[]): Promise<string> {
  const args = parseCorpusArgs(
    argv,
    '--min-words',
    DEFAULT_CORPUS_OPTIONS.minWords,
    (n) => Number.isInteger(n) && n >= 3,
  );
  const { root, docs, analysis } = await analyseFolder(args.folder, args.number);
  const report = toPassagesJson(root, docs, analysis);
  return args.json ? terminalJson(report) : visibleControls(passagesSummary(report));
}
