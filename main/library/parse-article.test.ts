// titleOf, countWords and formatOf: the title and word count every view shows,
// including the quirks of scraped copies (date and source lines before the headline).
import { describe, expect, it } from 'vitest';
import { countWords, formatOf, titleOf } from './parse-article';

describe('titleOf', () => {
  it('takes the first non-empty line, trimmed', () => {
    expect(titleOf('\n\n   Bridge closed  \n\nBody text.', 'txt', 'a.txt')).toBe('Bridge closed');
  });

  it('falls back to the file name when there is no usable line', () => {
    expect(titleOf('\n  \n', 'txt', 'notes.txt')).toBe('notes.txt');
    expect(titleOf('source: Wire\n', 'txt', 'wire.txt')).toBe('wire.txt');
  });

  it('strips the hashes of a Markdown heading', () => {
    expect(titleOf('## Council votes\n\nText', 'md', 'a.md')).toBe('Council votes');
  });

  it('keeps the hashes in a .txt file, where they are part of the text', () => {
    expect(titleOf('# Council votes\n', 'txt', 'a.txt')).toBe('# Council votes');
  });

  it('prefers the front matter title in Markdown, unquoted', () => {
    const text = '---\nauthor: M. A.\ntitle: "The cost of waiting"\n---\n\n# Other heading\n';
    expect(titleOf(text, 'md', 'a.md')).toBe('The cost of waiting');
  });

  it('uses the first line after front matter that has no title', () => {
    expect(titleOf('---\nauthor: M. A.\n---\n\n# Heading after\n', 'md', 'a.md')).toBe('Heading after');
  });

  it('yields the headline from a leading "date YYYY-MM-DD Headline" line', () => {
    expect(titleOf('date 2021-12-30 Headline\n\nBody', 'txt', 'a.txt')).toBe('Headline');
  });

  it('skips a line holding only a date and takes the headline on the next line', () => {
    expect(titleOf('date 2026-03-02\nCalderport shuts footbridge\n\nBody', 'txt', 'a.txt')).toBe(
      'Calderport shuts footbridge',
    );
  });

  it('skips source: lines', () => {
    expect(titleOf('source: The Harbour Courier\nSource : wire\nReal headline\n', 'txt', 'a.txt')).toBe(
      'Real headline',
    );
  });

  it('does not treat a headline that merely starts with "Date" as a date line', () => {
    expect(titleOf('Dates for the bridge reopening\n', 'txt', 'a.txt')).toBe(
      'Dates for the bridge reopening',
    );
  });

  it('truncates a long title to 200 characters ending with an ellipsis', () => {
    const title = titleOf(`${'x'.repeat(500)}\nBody`, 'txt', 'a.txt');
    expect(title).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
    expect(title.slice(0, 199)).toBe('x'.repeat(199));
  });

  it('leaves a title of exactly 200 characters whole', () => {
    expect(titleOf('y'.repeat(200), 'txt', 'a.txt')).toBe('y'.repeat(200));
  });

  it('never cuts a title in the middle of a surrogate pair', () => {
    const title = titleOf(`${'x'.repeat(198)}😀${'z'.repeat(50)}`, 'txt', 'a.txt');
    // encodeURIComponent throws on a lone surrogate.
    expect(() => encodeURIComponent(title)).not.toThrow();
  });
});

describe('countWords', () => {
  it('counts whitespace-separated words, punctuation attached', () => {
    expect(countWords('  One, two\tthree —\n\nfour.  ')).toBe(5);
  });

  it('is zero for empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('formatOf', () => {
  it('recognises .txt, .md and .markdown, in any case', () => {
    expect(formatOf('a.txt')).toBe('txt');
    expect(formatOf('A.TXT')).toBe('txt');
    expect(formatOf('b.md')).toBe('md');
    expect(formatOf('c.markdown')).toBe('md');
    expect(formatOf('dir/C.Markdown')).toBe('md');
  });

  it('reads .html and .htm as HTML', () => {
    expect(formatOf('page.html')).toBe('html');
    expect(formatOf('PAGE.HTM')).toBe('html');
  });

  it('returns null for anything else', () => {
    for (const name of ['photo.jpg', 'letter.docx', 'README', 'notes.txt.bak', 'a.mdx']) {
      expect(formatOf(name)).toBeNull();
    }
  });
});
