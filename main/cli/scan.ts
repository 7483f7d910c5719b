// `variorum scan DIR`: the folder as the app's library lists it, as text or JSON.
import { dateLabel } from '../../preload/shared/date-label';
import { scanFolder } from '../library/scan-folder';
import { parseArgs, UsageError, type CliIo } from './args';
import { terminalJson, visibleControls } from './terminal-text';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['--json'] });
  if (args.positional.length !== 1) throw new UsageError('scan needs one folder');
  const scan = await scanFolder(args.positional[0]!);
  const articles = scan.articles.map(({ summary }) => summary);
  if (args.flags.has('--json')) {
    io.out(terminalJson({ root: scan.root, articles, skipped: scan.skipped }));
    return 0;
  }
  const lines = articles.map((article) => {
    const notes = [
      article.source,
      dateLabel(article),
      article.encoding.startsWith('utf-8') ? null : `decoded as ${article.encoding}`,
      article.repair && `${article.repair.label} (${article.repair.count} characters)`,
      article.cleaning.blocks ? `${article.cleaning.blocks} boilerplate blocks removed` : null,
      ...article.warnings,
    ].filter(Boolean);
    return `${String(article.words).padStart(7)}  ${article.path}  ${article.title}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
  });
  lines.push(...scan.skipped.map((file) => `skipped  ${file.path}: ${file.reason}`));
  lines.push(`${articles.length} articles, ${scan.skipped.length} skipped`);
  io.out(visibleControls(lines.join('\n')));
  return 0;
}
