// articleMetadata, isoDateOf and withoutMetadataLines: where an article's title, source, date
// and author come from, in order of trust, and "file date" only when nothing states one.
import { describe, expect, it } from 'vitest';
import { articleMetadata, isoDateOf, withoutMetadataLines } from './metadata';

/** Noon local time, so the file date is the same calendar day in every time zone. */
const MODIFIED = new Date(2026, 2, 7, 12, 0, 0).getTime();

describe('articleMetadata: plain text', () => {
  it('reads a leading "date YYYY-MM-DD" line with the headline on the same line', () => {
    const text = ' date 2021-12-30 Biden, Putin set stage for security talks\n\n  • Oops!\n\nBody.';
    expect(articleMetadata({ text, fileName: '001.txt', modifiedMs: MODIFIED })).toEqual({
      title: 'Biden, Putin set stage for security talks',
      source: null,
      date: '2021-12-30',
      dateFrom: 'stated',
      dateIsFileTime: false,
      author: null,
    });
  });

  it('reads source: and date lines a few lines down, after the headline', () => {
    const text = 'Calderport shuts footbridge\n\nsource: The Harbour Courier\ndate 2026-03-02\n\nBody text.';
    expect(articleMetadata({ text, fileName: 'a.txt', modifiedMs: MODIFIED })).toEqual({
      title: 'Calderport shuts footbridge',
      source: 'The Harbour Courier',
      date: '2026-03-02',
      dateFrom: 'stated',
      dateIsFileTime: false,
      author: null,
    });
  });

  it('reads an author: line or a byline of capitalised names', () => {
    const byline = articleMetadata({
      text: 'Headline\nBy Ana Ruiz and Tom de Vries\n\nBody.',
      fileName: 'a.txt',
    });
    expect(byline.author).toBe('Ana Ruiz and Tom de Vries');
    expect(articleMetadata({ text: 'Headline\nauthor: M. Achterberg\n', fileName: 'a.txt' }).author).toBe(
      'M. Achterberg',
    );
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const text = 'Headline\n\nBy the time a strand snaps, it is too late.\nBy then';
    expect(articleMetadata({ text, fileName: 'a.txt' }).author).toBeNull();
  });

  it('falls back to the first line as title, no source, and the file time flagged as such', () => {
    expect(
      articleMetadata({ text: '\nBridge closed\n\nBody.', fileName: 'b.txt', modifiedMs: MODIFIED }),
    ).toEqual({
      title: 'Bridge closed',
      source: null,
      date: '2026-03-07',
      dateFrom: 'file time',
      dateIsFileTime: true,
      author: null,
    });
  });

  it('ignores header lines below the top of the article, and impossible dates', () => {
    const lines = ['Headline', 'one', 'two', 'three', 'four', 'five', 'date 2020-01-01', 'source: Late'];
    const late = articleMetadata({ text: lines.join('\n'), fileName: 'a.txt', modifiedMs: MODIFIED });
    expect(late).toMatchObject({ source: null, date: '2026-03-07', dateIsFileTime: true });
    const impossible = articleMetadata({
      text: 'date 2026-02-30\nHeadline',
      fileName: 'a.txt',
      modifiedMs: MODIFIED,
    });
    expect(impossible).toMatchObject({ date: '2026-03-07', dateIsFileTime: true });
  });

  it('has no date at all when neither the text nor a file time gives one', () => {
    expect(articleMetadata({ text: 'Headline', fileName: 'a.txt' })).toMatchObject({
      date: null,
      dateFrom: null,
      dateIsFileTime: false,
    });
  });
});

describe('articleMetadata: dates from the first lines and the file name', () => {
  const dated = (text: string, fileName = 'a.txt') =>
    articleMetadata({ text, fileName, modifiedMs: Date.UTC(2026, 11, 6, 12) });

  it('reads a date on one of the first short lines, in the usual spellings', () => {
    expect(dated('Bridge closed\nPublished December 30, 2021\n\nThe bridge shut.')).toMatchObject({
      date: '2021-12-30',
      dateFrom: 'text',
      dateIsFileTime: false,
    });
    expect(dated('Bridge closed\nUpdated 30 Dec 2021, 14:02').date).toBe('2021-12-30');
    expect(dated('Bridge closed\nUpdated 2021-12-30 14:02').date).toBe('2021-12-30');
  });

  it('does not take a date from the body: a long first paragraph talks about dates', () => {
    const body =
      'On December 30, 2021 the council met to decide what would become of the old bridge and its toll house.';
    expect(dated(`Bridge closed\n\n${body}`)).toMatchObject({ dateFrom: 'file time' });
  });

  it('takes a full date or a lone year from the file name', () => {
    expect(dated('Text', '2021-12-30-report.txt')).toMatchObject({
      date: '2021-12-30',
      dateFrom: 'file name',
    });
    expect(dated('Text', 'report_20211230.txt').date).toBe('2021-12-30');
    expect(dated('Text', 'dec-30-2021.txt').date).toBe('2021-12-30');
    expect(dated('Text', 'origin-ch1-1859.txt')).toMatchObject({ date: '1859', dateFrom: 'file name' });
    expect(dated('Text', 'damozel 1850 germ.txt').date).toBe('1850');
  });

  it('finds no date in hashes, counters, two different years or impossible days', () => {
    for (const name of [
      '000_ec51e3a349923cd4.txt',
      'a1859b.txt',
      'rev-0042.txt',
      'from-1859-to-1872.txt',
      '2021-13-45.txt',
      'page-9999.txt',
    ]) {
      expect(dated('Text', name).dateFrom, name).toBe('file time');
    }
  });

  it('prefers what the article states over its first lines, and those over its name', () => {
    expect(dated('date 2020-01-02 Headline\nPublished December 30, 2021', '1859.txt').date).toBe(
      '2020-01-02',
    );
    expect(dated('Headline\nPublished December 30, 2021', '1859.txt').date).toBe('2021-12-30');
  });
});

describe('articleMetadata: Markdown and HTML', () => {
  it('prefers front matter over header lines, under any of its usual key names', () => {
    const result = articleMetadata({
      text: 'Heading in the text\n\nsource: Ignored\n\nBody.',
      fileName: 'a.md',
      modifiedMs: MODIFIED,
      frontMatter: {
        title: 'Front matter title',
        publisher: 'Riverside Ledger',
        date: '2026-03-04',
        authors: 'A, B',
      },
    });
    expect(result).toEqual({
      title: 'Front matter title',
      source: 'Riverside Ledger',
      date: '2026-03-04',
      dateFrom: 'stated',
      dateIsFileTime: false,
      author: 'A, B',
    });
  });

  it('uses the first line of the text when the front matter has no title', () => {
    const result = articleMetadata({
      text: 'Heading\n\nBody.',
      fileName: 'a.md',
      frontMatter: { outlet: 'Wire' },
    });
    expect(result).toMatchObject({ title: 'Heading', source: 'Wire' });
  });

  it('uses what the page states: title, site name, author and publication time', () => {
    const result = articleMetadata({
      text: 'Council votes\n\nBody.',
      fileName: 'a.html',
      modifiedMs: MODIFIED,
      page: {
        title: 'Council votes',
        siteName: 'The Harbour Courier',
        author: 'Ana Ruiz',
        published: '2021-12-30T23:30:00-05:00',
      },
    });
    expect(result).toEqual({
      title: 'Council votes',
      source: 'The Harbour Courier',
      // The date as published, not shifted to another time zone.
      date: '2021-12-30',
      dateFrom: 'stated',
      dateIsFileTime: false,
      author: 'Ana Ruiz',
    });
  });

  it('falls back to the file date when the page states no date it can read', () => {
    const result = articleMetadata({
      text: 'T',
      fileName: 'a.html',
      modifiedMs: MODIFIED,
      page: { title: 'T', published: 'last Tuesday' },
    });
    expect(result).toMatchObject({ source: null, date: '2026-03-07', dateIsFileTime: true });
  });
});

describe('isoDateOf', () => {
  it('reads ISO dates and timestamps as written', () => {
    expect(isoDateOf('2026-03-04')).toBe('2026-03-04');
    expect(isoDateOf('2026-03-04T01:00:00+09:00')).toBe('2026-03-04');
    expect(isoDateOf('2026/3/4')).toBe('2026-03-04');
  });

  it('reads dates with month names, either order', () => {
    expect(isoDateOf('December 30, 2021')).toBe('2021-12-30');
    expect(isoDateOf('Thu, 30 Dec 2021 21:00:00 GMT')).toBe('2021-12-30');
    expect(isoDateOf('Sept. 1st, 2025')).toBe('2025-09-01');
  });

  it('refuses what is not a real date', () => {
    expect(isoDateOf('2021-02-29')).toBeNull();
    expect(isoDateOf('2021-13-01')).toBeNull();
    expect(isoDateOf('soon')).toBeNull();
  });
});

describe('withoutMetadataLines', () => {
  it('drops the date prefix but keeps the headline on its line', () => {
    expect(withoutMetadataLines(' date 2021-12-30 Biden, Putin set stage\n\nBody.')).toBe(
      'Biden, Putin set stage\n\nBody.',
    );
  });

  it('drops date-only, source and byline lines at the top, and nothing below the body’s start', () => {
    const body =
      'The council voted on Tuesday to close the bridge until the cables are replaced next spring.';
    expect(
      withoutMetadataLines(
        `date 2026-03-02\nHeadline\n\nsource: Wire\nBy Ana Ruiz\n\n${body}\n\nsource: kept`,
      ),
    ).toBe(`Headline\n\n\n${body}\n\nsource: kept`);
  });

  it('returns text without header lines unchanged', () => {
    expect(withoutMetadataLines('Headline\n\nBody.')).toBe('Headline\n\nBody.');
  });
});
