// prepareArticle: each format reaches the same shape (plain text, metadata, warnings), so the
// list, the comparison and the CLI never care which kind of file an article came from.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare-article';

const MODIFIED = new Date(2026, 2, 7, 12, 0, 0).getTime();

describe('prepareArticle', () => {
  it('leaves a text file’s text as it is and reads its header lines', () => {
    const text = 'date 2026-03-02\nCalderport shuts footbridge\n\nsource: Valley Wire\n\nBody.';
    expect(prepareArticle({ format: 'txt', text, fileName: 'a.txt', modifiedMs: MODIFIED })).toEqual({
      text,
      metadata: {
        title: 'Calderport shuts footbridge',
        source: 'Valley Wire',
        date: '2026-03-02',
        dateFrom: 'stated',
        dateIsFileTime: false,
        author: null,
      },
      warnings: [],
    });
  });

  it('reduces Markdown to text and takes metadata from its front matter', () => {
    const text =
      '---\nsource: Riverside Ledger\nauthor: Miriam Achterberg\n---\n\n# The cost of waiting\n\nA **bold** claim.\n';
    expect(prepareArticle({ format: 'md', text, fileName: 'a.md', modifiedMs: MODIFIED })).toEqual({
      text: 'The cost of waiting\n\nA bold claim.',
      metadata: {
        title: 'The cost of waiting',
        source: 'Riverside Ledger',
        date: '2026-03-07',
        dateFrom: 'file time',
        dateIsFileTime: true,
        author: 'Miriam Achterberg',
      },
      warnings: [],
    });
  });

  it('extracts a page’s article, its metadata and warnings', () => {
    const html = `<html><head><title>Ferry resumes</title><meta property="og:site_name" content="Harbour Courier">
      <meta property="article:published_time" content="2026-03-05T08:00:00Z"></head>
      <body><article><p>The ferry resumed on Monday.</p><script>alert(1)</script></article></body></html>`;
    expect(prepareArticle({ format: 'html', text: html, fileName: 'f.html', modifiedMs: MODIFIED })).toEqual({
      text: 'Ferry resumes\n\nThe ferry resumed on Monday.',
      metadata: {
        title: 'Ferry resumes',
        source: 'Harbour Courier',
        date: '2026-03-05',
        dateFrom: 'stated',
        dateIsFileTime: false,
        author: null,
      },
      warnings: ['1 script removed'],
    });
  });
});
