// Reads a title and paragraphs out of an article's text. Pure: the comparison, the list and
// the CLI all see the same parse. Markdown front matter and fuller metadata come later.
import { isSpaceCode } from '../compare/tokenize';
import type { ArticleFormat } from '../../preload/contract';

export interface ParsedArticle {
  title: string;
  words: number;
}

/** Whitespace-separated words, counted without building a list (folders hold thousands). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

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

export function parseArticle(text: string, format: ArticleFormat, fileName: string): ParsedArticle {
  return { title: titleOf(text, format, fileName), words: countWords(text) };
}
