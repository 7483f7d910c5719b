// The export formats: Markdown grouped for reading, CSV that spreadsheets open correctly, and
// Web Annotation JSON that comes back identical — or is refused whole when it is malformed.
import { describe, expect, it } from 'vitest';
import {
  articleIri,
  fromWebAnnotation,
  toCsv,
  toMarkdown,
  toWebAnnotation,
  type ArticleInfo,
} from './export-formats';
import type { ArticleRef, Note } from './model';
import { generateNotes } from './test-notes';

const ORIGINAL: ArticleRef = {
  path: 'courier/sea-wall.txt',
  contentHash: 'a1'.repeat(32),
  title: 'Sea wall approved',
};
const UPDATED: ArticleRef = {
  path: 'courier/sea wall (2).txt',
  contentHash: 'b2'.repeat(32),
  title: 'Sea wall, updated',
};

const base = {
  color: 'yellow' as const,
  folder: 'harbour',
  status: 'anchored' as const,
  tags: [] as string[],
  created: '2026-03-02T09:15:00.000Z',
  updated: '2026-03-02T09:15:00.000Z',
};

const COST: Note = {
  ...base,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  scope: 'passage',
  body: 'The figure *changed* overnight.',
  tags: ['numbers', 'correction'],
  updated: '2026-03-03T18:02:00.000Z',
  article: ORIGINAL,
  anchor: {
    quote: {
      exact: 'would cost 4.2 million euros',
      prefix: 'The mayor said the wall ',
      suffix: ' and take two years',
    },
    position: { start: 120, end: 148 },
  },
  comparison: { left: ORIGINAL, right: UPDATED },
};

const HEADLINE: Note = {
  ...base,
  id: '6f0c8a52-1e2d-4b7a-9c3e-5d4f6a7b8c9d',
  scope: 'passage',
  body: '',
  created: '2026-03-02T09:00:00.000Z',
  updated: '2026-03-02T09:00:00.000Z',
  article: ORIGINAL,
  anchor: {
    quote: { exact: '# Sea wall\n\n1. approved *today*', prefix: '', suffix: ' by council' },
    position: { start: 0, end: 31 },
  },
};

const GONE: Note = {
  ...base,
  id: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
  scope: 'passage',
  body: 'Quote removed later.',
  article: ORIGINAL,
  anchor: {
    quote: { exact: 'a ferry strike', prefix: 'during ', suffix: '.' },
    position: { start: 10, end: 24 },
  },
  status: 'orphaned',
};

const WHOLE_ARTICLE: Note = {
  ...base,
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  scope: 'article',
  body: 'Compare with the wire copy.',
  created: '2026-03-04T10:00:00.000Z',
  updated: '2026-03-04T10:00:00.000Z',
  article: UPDATED,
};

const FOLDER_NOTE: Note = {
  ...base,
  id: '9f1c2a4e-7d3b-4c6a-8e5f-0a1b2c3d4e5f',
  scope: 'folder',
  body: 'Ask the desk which outlet ran first, "who" copied whom.',
  tags: ['sourcing'],
};

const ALL = [COST, HEADLINE, GONE, WHOLE_ARTICLE, FOLDER_NOTE];

describe('toMarkdown', () => {
  it('groups notes by article with title, source and date, quotes as block quotes, tags and times', () => {
    const articles: ArticleInfo[] = [
      { ...ORIGINAL, title: 'Sea wall approved [corrected]', source: 'Harbour Courier', date: '2026-03-02' },
    ];
    expect(toMarkdown(ALL, articles)).toBe(
      [
        '# Variorum notes',
        '',
        '5 notes',
        '',
        '## harbour',
        '',
        '### Notes on the folder',
        '',
        '---',
        '',
        'Ask the desk which outlet ran first, "who" copied whom.',
        '',
        '_Tags: sourcing · Created 2026-03-02 09:15 UTC_',
        '',
        '### Sea wall approved \\[corrected\\]',
        '',
        'Harbour Courier · 2026-03-02 · `courier/sea-wall.txt`',
        '',
        '---',
        '',
        '> \\# Sea wall',
        '>',
        '> 1\\. approved \\*today\\*',
        '',
        '_Created 2026-03-02 09:00 UTC_',
        '',
        '---',
        '',
        '> would cost 4.2 million euros',
        '',
        'The figure *changed* overnight.',
        '',
        '_Tags: numbers, correction · Written comparing Sea wall approved \\[corrected\\] (`courier/sea-wall.txt`, 2026-03-02) with Sea wall, updated (`courier/sea wall (2).txt`) · Created 2026-03-02 09:15 UTC · updated 2026-03-03 18:02 UTC_',
        '',
        '---',
        '',
        '> a ferry strike',
        '',
        '_This passage is no longer found in the article._',
        '',
        'Quote removed later.',
        '',
        '_Created 2026-03-02 09:15 UTC_',
        '',
        '### Sea wall, updated',
        '',
        '`courier/sea wall (2).txt`',
        '',
        '---',
        '',
        'Compare with the wire copy.',
        '',
        '_Created 2026-03-04 10:00 UTC_',
        '',
      ].join('\n'),
    );
  });

  it('says when a date is only the file’s own time, and leaves out what is unknown', () => {
    const articles: ArticleInfo[] = [
      { ...ORIGINAL, source: null, date: '2026-03-05', dateIsFileTime: true },
      { ...UPDATED, source: null, date: null, dateIsFileTime: false },
    ];
    const markdown = toMarkdown([COST, WHOLE_ARTICLE], articles);
    expect(markdown).toContain('\n2026-03-05 (file date) · `courier/sea-wall.txt`\n');
    expect(markdown).toContain('\n`courier/sea wall (2).txt`\n');
    expect(markdown).toContain(
      'Written comparing Sea wall approved (`courier/sea-wall.txt`, 2026-03-05 (file date)) with Sea wall, updated (`courier/sea wall (2).txt`)',
    );
  });

  it('heads an article whose title is its long first sentence with the sentence cut readably', () => {
    const first =
      'WHEN we look to the individuals of the same variety or sub-variety of our older cultivated plants and animals, one of the first points which strikes us';
    const markdown = toMarkdown([COST], [{ ...ORIGINAL, title: first }]);
    expect(markdown).toContain(
      '\n### WHEN we look to the individuals of the same variety or sub-variety of our older…\n',
    );
    expect(markdown).not.toContain('first points');
  });

  it('gives each folder its own section', () => {
    const markdown = toMarkdown([{ ...FOLDER_NOTE, folder: 'elections' }, FOLDER_NOTE]);
    expect(markdown.indexOf('## elections')).toBeLessThan(markdown.indexOf('## harbour'));
  });
});

/** A strict RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('toCsv', () => {
  const HEADER =
    'note id,scope,file,title,source,date,date basis,quote,start,end,status,note,tags,compared A,compared B,A paragraph,A text,B paragraph,B text,created,updated';

  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = toCsv([FOLDER_NOTE]);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one row per note with its article, position, status and pair, quoted as RFC 4180 says', () => {
    const articles: ArticleInfo[] = [
      { ...ORIGINAL, source: 'Harbour Courier', date: '2026-03-02', dateIsFileTime: false },
      { ...UPDATED, source: null, date: '2026-03-05', dateIsFileTime: true },
    ];
    const csv = toCsv(ALL, articles);
    expect(csv).toContain(',"Ask the desk which outlet ran first, ""who"" copied whom.",sourcing,');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]!.join(',')).toBe(HEADER);
    expect(rows.slice(1)).toEqual([
      [
        COST.id,
        'passage',
        'courier/sea-wall.txt',
        'Sea wall approved',
        'Harbour Courier',
        '2026-03-02',
        'stated',
        'would cost 4.2 million euros',
        '120',
        '148',
        'anchored',
        'The figure *changed* overnight.',
        'numbers; correction',
        'courier/sea-wall.txt',
        'courier/sea wall (2).txt',
        '',
        '',
        '',
        '',
        COST.created,
        COST.updated,
      ],
      [
        HEADLINE.id,
        'passage',
        'courier/sea-wall.txt',
        'Sea wall approved',
        'Harbour Courier',
        '2026-03-02',
        'stated',
        '# Sea wall\n\n1. approved *today*',
        '0',
        '31',
        'anchored',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        HEADLINE.created,
        HEADLINE.updated,
      ],
      [
        GONE.id,
        'passage',
        'courier/sea-wall.txt',
        'Sea wall approved',
        'Harbour Courier',
        '2026-03-02',
        'stated',
        'a ferry strike',
        '10',
        '24',
        'orphaned',
        'Quote removed later.',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        GONE.created,
        GONE.updated,
      ],
      [
        WHOLE_ARTICLE.id,
        'article',
        'courier/sea wall (2).txt',
        'Sea wall, updated',
        '',
        '2026-03-05',
        'file date',
        '',
        '',
        '',
        'anchored',
        'Compare with the wire copy.',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        WHOLE_ARTICLE.created,
        WHOLE_ARTICLE.updated,
      ],
      [
        FOLDER_NOTE.id,
        'folder',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'anchored',
        FOLDER_NOTE.body,
        'sourcing',
        '',
        '',
        '',
        '',
        '',
        '',
        FOLDER_NOTE.created,
        FOLDER_NOTE.updated,
      ],
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP), and only those', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    const notes = hostile.map((body, i) => ({
      ...FOLDER_NOTE,
      id: `00000000-0000-4000-8000-00000000000${i}`,
      body,
    }));
    const rows = parseCsv(toCsv(notes).slice(1)).slice(1);
    expect(rows.map((row) => row[11])).toEqual(hostile.map((body) => `'${body}`));
    const titled = { ...WHOLE_ARTICLE, article: { ...UPDATED, title: '=cmd|" /C calc"!A0' }, tags: ['-x'] };
    const [row] = parseCsv(toCsv([titled]).slice(1)).slice(1);
    expect(row![3]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row![12]).toBe("'-x");
    // Text that merely contains those characters is left as written.
    const [plain] = parseCsv(toCsv([{ ...FOLDER_NOTE, body: 'a = b, c - d @ e' }]).slice(1)).slice(1);
    expect(plain![11]).toBe('a = b, c - d @ e');
  });
});

describe('toWebAnnotation', () => {
  const collection = JSON.parse(toWebAnnotation(ALL));
  const items = collection.first.items;

  it('is a W3C AnnotationCollection in JSON-LD', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({
      type: 'AnnotationCollection',
      total: 5,
      first: { type: 'AnnotationPage' },
    });
  });

  it('writes a passage note as an annotation with quote and position selectors', () => {
    expect(items[0]).toEqual({
      id: 'urn:uuid:3b241101-e2bb-4255-8caf-4136c566a962',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-03-02T09:15:00.000Z',
      modified: '2026-03-03T18:02:00.000Z',
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          format: 'text/markdown',
          value: 'The figure *changed* overnight.',
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'numbers' },
        { type: 'TextualBody', purpose: 'tagging', value: 'correction' },
      ],
      target: {
        source: 'ni:///sha-256;oaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaE',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'would cost 4.2 million euros',
            prefix: 'The mayor said the wall ',
            suffix: ' and take two years',
          },
          { type: 'TextPositionSelector', start: 120, end: 148 },
        ],
      },
      variorum: {
        scope: 'passage',
        folder: 'harbour',
        color: 'yellow',
        status: 'anchored',
        article: ORIGINAL,
        comparison: { left: ORIGINAL, right: UPDATED },
      },
    });
  });

  it('targets the article itself, or the folder, by an IRI for notes without a passage', () => {
    expect(items[3].target).toBe(articleIri(UPDATED, 'harbour'));
    expect(items[3].target).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
    expect(items[4].target).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const identified = JSON.parse(
      toWebAnnotation([{ ...FOLDER_NOTE, folderId: '1d4a7f0e-3c2b-4a59-9e61-0f2b3c4d5e6f' }]),
    );
    expect(identified.first.items[0].target).toBe('urn:uuid:1d4a7f0e-3c2b-4a59-9e61-0f2b3c4d5e6f');
  });

  it('gives the same text the same IRI wherever its file is, and different texts different ones', () => {
    expect(articleIri({ ...ORIGINAL, path: 'moved/elsewhere.txt' }, 'other')).toBe(
      articleIri(ORIGINAL, 'harbour'),
    );
    expect(articleIri(UPDATED, 'harbour')).not.toBe(articleIri(ORIGINAL, 'harbour'));
    // RFC 6920's own example: the SHA-256 of "Hello World!".
    const hello = '7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069';
    expect(articleIri({ ...ORIGINAL, contentHash: hello }, '')).toBe(
      'ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk',
    );
  });

  it('uses no term IRI on a domain Variorum does not own', () => {
    const json = toWebAnnotation(ALL);
    expect(json).not.toContain('variorum.app');
    expect(collection['@context'][1].variorum['@id']).toMatch(/^urn:uuid:/);
  });

  it('gives the collection and its page ids that change only when the notes do', () => {
    expect(JSON.parse(toWebAnnotation(ALL)).id).toBe(collection.id);
    expect(collection.id).toMatch(/^urn:uuid:/);
    expect(collection.first.id).toMatch(/^urn:uuid:/);
    expect(JSON.parse(toWebAnnotation([COST])).id).not.toBe(collection.id);
  });
});

describe('fromWebAnnotation', () => {
  it('brings every note back identical', () => {
    const edgeCases: Note[] = [
      ...ALL,
      {
        ...COST,
        id: 'c0ffee00-0000-4000-8000-000000000001',
        body: 'Emoji 🌊 and “quotes”\r\nand lines',
        tags: ['Zürich'],
        color: 'purple',
      },
    ];
    const notes = [...edgeCases, ...generateNotes(300, 11)];
    expect(fromWebAnnotation(toWebAnnotation(notes))).toStrictEqual({ notes });
  });

  it('reads an empty export', () => {
    expect(fromWebAnnotation(toWebAnnotation([]))).toEqual({ notes: [] });
  });

  it('refuses what is not JSON', () => {
    expect(fromWebAnnotation('{"type": ')).toEqual({ error: expect.stringMatching(/not JSON/) });
  });

  it('refuses JSON that is not an annotation collection', () => {
    expect(fromWebAnnotation('{"notes": []}')).toEqual({
      error: expect.stringMatching(/not a Variorum notes export/),
    });
    expect(fromWebAnnotation('[]')).toEqual({ error: expect.stringMatching(/not a Variorum notes export/) });
  });

  it('refuses the whole file when one note is malformed, naming it', () => {
    const collection = JSON.parse(toWebAnnotation(ALL));
    collection.first.items[1].variorum.color = 'chartreuse';
    const result = fromWebAnnotation(JSON.stringify(collection));
    expect(result).toEqual({ error: expect.stringContaining('(note 2, variorum.color)') });
    expect('notes' in result).toBe(false);
  });

  it('refuses a passage note that lost its selectors, and an invalid id', () => {
    const noSelectors = JSON.parse(toWebAnnotation([COST]));
    delete noSelectors.first.items[0].target.selector;
    expect(fromWebAnnotation(JSON.stringify(noSelectors))).toEqual({
      error: expect.stringMatching(/Note 1 .*needs its article and passage/),
    });
    const badId = JSON.parse(toWebAnnotation([COST]));
    badId.first.items[0].id = 'urn:uuid:not-a-uuid';
    expect(fromWebAnnotation(JSON.stringify(badId))).toEqual({
      error: expect.stringMatching(/Note 1 .*\(id\)/),
    });
  });
});

describe('fromWebAnnotation on files written before article IRIs', () => {
  /** Exactly what the previous release wrote: relative paths as targets, a variorum.app term. */
  const OLD_EXPORT = JSON.stringify({
    '@context': [
      'http://www.w3.org/ns/anno.jsonld',
      { variorum: { '@id': 'https://variorum.app/ns/annotation#variorum', '@type': '@json' } },
    ],
    type: 'AnnotationCollection',
    label: 'Variorum notes',
    total: 3,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: [
        {
          id: `urn:uuid:${COST.id}`,
          type: 'Annotation',
          motivation: 'commenting',
          created: COST.created,
          modified: COST.updated,
          body: [
            { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: COST.body },
            { type: 'TextualBody', purpose: 'tagging', value: 'numbers' },
            { type: 'TextualBody', purpose: 'tagging', value: 'correction' },
          ],
          target: {
            source: 'courier/sea-wall.txt',
            selector: [
              { type: 'TextQuoteSelector', ...COST.anchor!.quote },
              { type: 'TextPositionSelector', ...COST.anchor!.position },
            ],
          },
          variorum: {
            scope: 'passage',
            folder: 'harbour',
            color: 'yellow',
            status: 'anchored',
            article: ORIGINAL,
            comparison: { left: ORIGINAL, right: UPDATED },
          },
        },
        {
          id: `urn:uuid:${WHOLE_ARTICLE.id.toUpperCase()}`,
          type: 'Annotation',
          motivation: 'commenting',
          created: WHOLE_ARTICLE.created,
          modified: WHOLE_ARTICLE.updated,
          body: [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              format: 'text/markdown',
              value: WHOLE_ARTICLE.body,
            },
          ],
          target: { source: 'courier/sea%20wall%20(2).txt' },
          variorum: {
            scope: 'article',
            folder: 'harbour',
            color: 'yellow',
            status: 'anchored',
            article: UPDATED,
          },
        },
        {
          id: `urn:uuid:${FOLDER_NOTE.id}`,
          type: 'Annotation',
          motivation: 'commenting',
          created: FOLDER_NOTE.created,
          modified: FOLDER_NOTE.updated,
          body: [
            { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: FOLDER_NOTE.body },
            { type: 'TextualBody', purpose: 'tagging', value: 'sourcing' },
          ],
          target: { source: 'urn:variorum:folder:harbour' },
          variorum: { scope: 'folder', folder: 'harbour', color: 'yellow', status: 'anchored' },
        },
      ],
    },
  });

  it('still reads them, ids in lower case', () => {
    expect(fromWebAnnotation(OLD_EXPORT)).toStrictEqual({ notes: [COST, WHOLE_ARTICLE, FOLDER_NOTE] });
  });
});
