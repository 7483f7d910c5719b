// Which files are articles (by extension), the first-line title of last resort, and word
// counts. Pure: the list, the CLI and the metadata all use the same rules.
import { countWords } from '../compare/tokenize';
import type { ArticleFormat } from '../../preload/contract';

export { countWords };

export function formatOf(fileName: string): ArticleFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.txt')) return 'txt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return null;
}

/** The first `title:` in Markdown front matter, else the first heading or non-empty line. */
export function titleOf(text: string, format: ArticleFormat, fallback: string): string {
  const lines = text.split('\n');
  let start = 0;
  if (format === 'md' && lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      const titleLine = lines.slice(1, end).find((line) => /^title\s*:/i.test(line));
      const title = titleLine
        ?.replace(/^title\s*:\s*/i, '')
        .replace(/^["']|["']$/g, '')
        .trim();
      if (title) return title;
      start = end + 1;
    }
  }
  for (const line of lines.slice(start)) {
    // Scraped copies start with a `date YYYY-MM-DD` line, sometimes with the headline after it.
    const withoutDate = line.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/i, '');
    if (/^\s*source\s*:/i.test(withoutDate)) continue;
    const cleaned = (format === 'md' ? withoutDate.replace(/^#{1,6}\s+/, '') : withoutDate).trim();
    if (!cleaned) continue;
    // Cut by code points, so an emoji or other astral character is never split in half.
    const characters = Array.from(cleaned);
    return characters.length > 200 ? `${characters.slice(0, 199).join('')}…` : cleaned;
  }
  return fallback;
}
