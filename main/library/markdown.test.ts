// markdownToText: Markdown reduced to the words a reader sees, paragraph breaks kept, front
// matter handed back as metadata, and no markup left in the text.
import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

const textOf = (markdown: string): string => markdownToText(markdown).text;

describe('markdownToText: front matter', () => {
  it('removes the front matter from the text and returns its keys, unquoted', () => {
    const result = markdownToText(
      [
        '---',
        'title: "Calderport’s footbridge: the cost of waiting"',
        'Source: Riverside Ledger',
        "date: '2026-03-04'",
        'author: Miriam Achterberg',
        '---',
        '',
        '# Heading',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(result.frontMatter).toEqual({
      title: 'Calderport’s footbridge: the cost of waiting',
      source: 'Riverside Ledger',
      date: '2026-03-04',
      author: 'Miriam Achterberg',
    });
    expect(result.text).toBe('Heading\n\nBody.');
  });

  it('joins list values, in block or flow style', () => {
    const result = markdownToText(
      '---\nauthors:\n  - Ana Ruiz\n  - Tom Lee\ntags: [bridge, "city hall"]\n---\nText\n',
    );
    expect(result.frontMatter).toEqual({ authors: 'Ana Ruiz, Tom Lee', tags: 'bridge, city hall' });
    expect(result.text).toBe('Text');
  });

  it('leaves a document without front matter whole, and a rule later on is not front matter', () => {
    const result = markdownToText('Intro\n\n---\n\ntitle: not metadata\n');
    expect(result.frontMatter).toEqual({});
    expect(result.text).toBe('Intro\n\ntitle: not metadata');
  });

  it('treats an unclosed opening rule as text, not as front matter', () => {
    expect(markdownToText('---\ntitle: x\n\nBody').frontMatter).toEqual({});
  });
});

describe('markdownToText: blocks', () => {
  it('keeps a blank line between blocks and the line breaks inside a paragraph', () => {
    expect(textOf('First line\nsecond line\n\n\n\nNext paragraph.\r\n')).toBe(
      'First line\nsecond line\n\nNext paragraph.',
    );
  });

  it('reduces ATX and setext headings to their text, each a paragraph of its own', () => {
    expect(textOf('# One #\nText under one.\n\nTwo\n===\n\nThree\n---\nMore text.\n###### Six')).toBe(
      'One\n\nText under one.\n\nTwo\n\nThree\n\nMore text.\n\nSix',
    );
  });

  it('drops thematic breaks', () => {
    expect(textOf('Before.\n\n* * *\n\nAfter.\n\n___\n')).toBe('Before.\n\nAfter.');
  });

  it('gives each list item its own paragraph, without markers, nested or numbered', () => {
    const markdown = [
      'Steps:',
      '',
      '- Close the bridge',
      '  - Fence it off',
      '  * Post signs',
      '+ Open a ferry,',
      '  running every ten minutes',
      '1. First numbered',
      '2) Second numbered',
      '- [x] A finished task',
    ].join('\n');
    expect(textOf(markdown).split('\n\n')).toEqual([
      'Steps:',
      'Close the bridge',
      'Fence it off',
      'Post signs',
      'Open a ferry,\nrunning every ten minutes',
      'First numbered',
      'Second numbered',
      'A finished task',
    ]);
  });

  it('does not take a wrapped line that begins with a year and a full stop for a list', () => {
    expect(textOf('The report was filed in\n2019. The city met the deadline.')).toBe(
      'The report was filed in\n2019. The city met the deadline.',
    );
  });

  it('removes block quote markers, nested ones too', () => {
    expect(textOf('> “We had no choice,”\n> the engineer said.\n>\n> > Nested quote.')).toBe(
      '“We had no choice,”\nthe engineer said.\n\nNested quote.',
    );
  });

  it('keeps code verbatim as one paragraph, without fences, and reads no markup inside it', () => {
    expect(textOf('Run this:\n\n```js\nconst a = *b* + [c](d);\n\n  indented();\n```\n\nDone.')).toBe(
      'Run this:\n\nconst a = *b* + [c](d);\n  indented();\n\nDone.',
    );
  });

  it('reduces a table to its cells, one row per line', () => {
    expect(textOf('| Year | Cost |\n|------|-----:|\n| 2019 | **$4.8m** |\n| 2026 | $8.4m |')).toBe(
      'Year Cost\n2019 $4.8m\n2026 $8.4m',
    );
  });
});

describe('markdownToText: inline markup', () => {
  it('keeps the text of emphasis, strong, strikethrough and code', () => {
    expect(textOf('A *word*, a **strong** one, _this_, __that__, ~~gone~~ and `code *here*`.')).toBe(
      'A word, a strong one, this, that, gone and code *here*.',
    );
  });

  it('keeps link text and drops the address; drops images altogether', () => {
    expect(
      textOf(
        'See [the report](https://example.com/r.pdf "Report") and [the map][m] at <https://example.com>. ![A photo](p.jpg)Caption.\n\n[m]: https://example.com/map',
      ),
    ).toBe('See the report and the map at https://example.com. Caption.');
  });

  it('leaves word-internal underscores, lone asterisks and arithmetic alone', () => {
    expect(textOf('snake_case_name and 5 * 3 * 2 and a * b')).toBe('snake_case_name and 5 * 3 * 2 and a * b');
  });

  it('honours backslash escapes', () => {
    expect(textOf('\\*not emphasis\\* and 1\\. not a list')).toBe('*not emphasis* and 1. not a list');
  });

  it('strips inline HTML tags and comments and decodes character references', () => {
    expect(
      textOf(
        'Fish &amp; chips<br/> <span class="x">cost</span> &euro;5 &#8212; &#x201C;ok&#x201D;<!-- note -->',
      ),
    ).toBe('Fish & chips cost &euro;5 — “ok”');
  });

  it('drops footnote references and keeps the footnote’s text', () => {
    expect(textOf('A claim.[^1]\n\n[^1]: The source.')).toBe('A claim.\n\nThe source.');
  });

  it('leaves no Markdown markup in a typical article', () => {
    const text = textOf(
      '# Title\n\nSome **bold** and *italic* with a [link](http://x.y).\n\n> Quote\n\n- item\n\n![img](a.png)\n\n---\n',
    );
    expect(text).toBe('Title\n\nSome bold and italic with a link.\n\nQuote\n\nitem');
    expect(text).not.toMatch(/[#*>[\]()!]|http/);
  });
});
