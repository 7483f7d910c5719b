// An article's title, source (outlet), date and author, from whatever states them: Markdown
// front matter, a page's <meta> tags, or the header lines scraped copies start with
// ("date 2021-12-30 Headline", "source: Wire"), a date on one of the first short lines, or the
// file's name ("origin-1859.txt"); the file's own time is the last resort.
import type { DateSource } from '../../preload/contract';
import { titleOf } from './parse-article';

export interface ArticleMetadata {
  title: string;
  /** The outlet or publisher; null when nothing states it (the UI shows the file name). */
  source: string | null;
  /** YYYY-MM-DD, or YYYY where only a year is given; null when nothing gives one. */
  date: string | null;
  /** Where the date comes from; null with no date. */
  dateFrom: DateSource | null;
  /** The date is the file's modification time, not one stated in the article ("file date"). */
  dateIsFileTime: boolean;
  author: string | null;
}

export interface MetadataInput {
  /** The article as plain text: the decoded .txt file, reduced Markdown, or a page's text. */
  text: string;
  fileName: string;
  /** The file's modification time in ms since the epoch, if known. */
  modifiedMs?: number;
  /** Front matter of a Markdown file (markdown.ts), keys lower-cased. */
  frontMatter?: Record<string, string>;
  /** What html.ts read from a page; its title falls back to the file name. */
  page?: { title: string; siteName?: string; author?: string; published?: string };
}

/** Header lines are looked for among this many non-empty lines at the top… */
const HEADER_LINES = 6;
/** …and above the first line this long, which is the body's first paragraph. */
const BODY_LINE_WORDS = 15;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function validDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date a stated date names, as YYYY-MM-DD. The date is taken as written, never
 * shifted by a time zone: "2021-12-30T23:30:00-05:00" was published on the 30th where it was.
 */
export function isoDateOf(value: string): string | null {
  const numeric = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value);
  if (numeric) return validDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})\\b`, 'i').exec(value);
  if (dayFirst) {
    return validDate(
      Number(dayFirst[3]),
      MONTHS.indexOf(dayFirst[2]!.toLowerCase()) + 1,
      Number(dayFirst[1]),
    );
  }
  const monthFirst = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(
    value,
  );
  if (monthFirst) {
    return validDate(
      Number(monthFirst[3]),
      MONTHS.indexOf(monthFirst[1]!.toLowerCase()) + 1,
      Number(monthFirst[2]),
    );
  }
  return null;
}

/** The file's time as the calendar date on this computer, as a file manager shows it. */
function localDateOf(ms: number): string | null {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return validDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A date anywhere in a line: "2021-12-30", "December 30, 2021", "30 Dec 2021". */
function dateInLine(line: string): string | null {
  const numeric = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/u.exec(line);
  if (numeric) return validDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  return isoDateOf(line);
}

/**
 * The lines above the body, by their place in `lines`: the first few non-empty ones, up to
 * the first line long enough to be the body's first paragraph.
 */
function topLines(lines: string[]): number[] {
  const top: number[] = [];
  for (let index = 0; index < lines.length && top.length < HEADER_LINES; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (line.split(/\s+/).length >= BODY_LINE_WORDS) break;
    top.push(index);
  }
  return top;
}

/**
 * A date on one of the first short lines ("Published December 30, 2021", "Updated 2021-12-30
 * 14:02"): a dateline or byline, above the body. A date inside the body's first paragraph is
 * what the article talks about, not when it was written, so long lines are not read.
 */
function dateInFirstLines(lines: string[]): string | null {
  for (const index of topLines(lines)) {
    const date = dateInLine(lines[index]!);
    if (date) return date;
  }
  return null;
}

/** Years a file name may give: from the printing press to next year. */
const plausibleYear = (year: number): boolean => year >= 1450 && year <= new Date().getFullYear() + 1;

/**
 * The date a file's name gives: a full date ("2021-12-30-report", "20211230", "dec-30-2021")
 * or else a year standing as a word of its own ("origin-ch1-1859.txt"). Digits inside a word
 * or a hash ("ec51e3a349923cd4") are not dates; a name with two different years gives none.
 */
function dateInFileName(fileName: string): string | null {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const full = /(?<![\p{L}\p{N}])(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?![\p{L}\p{N}])/u.exec(stem);
  // Shaped like a date but no day of the calendar ("2021-13-45"): a code, not a date.
  if (full)
    return plausibleYear(Number(full[1]))
      ? validDate(Number(full[1]), Number(full[2]), Number(full[3]))
      : null;
  const spelled = isoDateOf(stem.replace(/[-_.]+/g, ' '));
  if (spelled && plausibleYear(Number(spelled.slice(0, 4)))) return spelled;
  const years = new Set(
    [...stem.matchAll(/(?<![\p{L}\p{N}])(\d{4})(?![\p{L}\p{N}])/gu)]
      .map((match) => match[1]!)
      .filter((year) => plausibleYear(Number(year))),
  );
  return years.size === 1 ? [...years][0]! : null;
}

const DATE_LINE = /^\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/i;
const SOURCE_LINE = /^\s*source\s*:\s*(.*\S)\s*$/i;
const AUTHOR_LINE = /^\s*author\s*:\s*(.*\S)\s*$/i;
/** "By Ana Ruiz and Tom Lee": a short run of capitalised names, not "By the time it…". */
const BYLINE =
  /^\s*(?:By|BY|by)\s+(\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:(?:and|&)\s+)?(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|la|le|da))*)\s*$/u;

interface HeaderLine {
  index: number;
  kind: 'date' | 'source' | 'author';
  value: string;
  /** Text after a date on the same line (usually the headline). */
  rest?: string;
}

/** The metadata lines among the first few non-empty lines of the text. */
function headerLines(lines: string[]): HeaderLine[] {
  const found: HeaderLine[] = [];
  for (const index of topLines(lines)) {
    const line = lines[index]!;
    const date = DATE_LINE.exec(line);
    if (date && isoDateOf(date[1]!)) {
      found.push({ index, kind: 'date', value: date[1]!, rest: date[2]! });
      continue;
    }
    const source = SOURCE_LINE.exec(line);
    if (source) {
      found.push({ index, kind: 'source', value: source[1]! });
      continue;
    }
    const author = AUTHOR_LINE.exec(line) ?? BYLINE.exec(line);
    if (author && author[1]!.split(/\s+/).length <= 8)
      found.push({ index, kind: 'author', value: author[1]! });
  }
  return found;
}

/**
 * The text without its metadata header lines, for comparing bodies: a `date` line keeps any
 * headline that follows the date on the same line; `source:` and author lines go.
 */
export function withoutMetadataLines(text: string): string {
  const lines = text.split('\n');
  const header = headerLines(lines);
  if (header.length === 0) return text;
  const byIndex = new Map(header.map((line) => [line.index, line]));
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const meta = byIndex.get(index);
    if (!meta) kept.push(line);
    else if (meta.rest) kept.push(meta.rest);
  });
  return kept.join('\n').replace(/^\s*\n/, '');
}

const firstOf = (record: Record<string, string> | undefined, keys: string[]): string | null => {
  for (const key of keys) {
    const value = record?.[key]?.trim();
    if (value) return value;
  }
  return null;
};

export function articleMetadata(input: MetadataInput): ArticleMetadata {
  const { frontMatter, page } = input;
  const lines = input.text.split('\n');
  const header = headerLines(lines);
  const headerValue = (kind: HeaderLine['kind']): string | null =>
    header.find((line) => line.kind === kind)?.value ?? null;

  const title =
    firstOf(frontMatter, ['title', 'headline']) ?? page?.title ?? titleOf(input.text, 'txt', input.fileName);
  const source =
    firstOf(frontMatter, ['source', 'outlet', 'publisher', 'site', 'site_name', 'publication']) ??
    (page?.siteName || null) ??
    headerValue('source');
  const author =
    firstOf(frontMatter, ['author', 'authors', 'byline', 'by']) ??
    (page?.author || null) ??
    headerValue('author');

  const statedDate = [
    firstOf(frontMatter, ['date', 'published', 'pubdate', 'published_at']),
    page?.published,
    headerValue('date'),
  ]
    .map((value) => (value ? isoDateOf(value) : null))
    .find((value) => value !== null);
  const found: Array<[string | null | undefined, DateSource]> = [
    [statedDate, 'stated'],
    [dateInFirstLines(lines), 'text'],
    [dateInFileName(input.fileName), 'file name'],
    [input.modifiedMs === undefined ? null : localDateOf(input.modifiedMs), 'file time'],
  ];
  const [date, dateFrom] = found.find(([value]) => value) ?? [null, null];
  return { title, source, date: date ?? null, dateFrom, dateIsFileTime: dateFrom === 'file time', author };
}
