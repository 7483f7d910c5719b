// @vitest-environment jsdom
// (It parses the report it writes with the page's own DOMParser.)
// The comparison report: a self-contained page whose every piece of text is escaped, with the
// rows marked as in the app and each note beside the passage it quotes.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Comparison } from '../../../preload/contract';
import { comparisonReport, folderReport, notedPairs } from './comparison-report';
import type { ArticleRef, Note } from './model';
import { testSummary } from './test-notes';

const HOSTILE = `<script>alert(1)</script>"onerror="alert(2)" </style><img src=x onerror=alert(3)>`;

const summary = testSummary;

const LEFT = summary({
  path: 'courier/sea-wall.txt',
  title: `Sea wall approved ${HOSTILE}`,
  source: 'Harbour Courier',
  date: '2026-03-02',
  words: 1234,
});
const RIGHT = summary({
  path: 'courier/sea wall <2>.txt',
  title: 'Sea wall, updated',
  date: '2026-03-03',
  dateFrom: 'file time',
  dateIsFileTime: true,
  words: 1301,
});

const COMPARISON: Comparison = {
  left: LEFT,
  right: RIGHT,
  stats: {
    similarity: 0.8765,
    wordsAdded: 1200,
    wordsRemoved: 7,
    wordsMoved: 5,
    changedParagraphs: 4,
    edits: 5,
    punctuationOnlyEdits: 0,
    spacingOnlyEdits: 0,
  },
  coarse: false,
  removed: { left: [], right: [] },
  rows: [
    {
      kind: 'equal',
      edits: [],
      left: [{ op: 'equal', text: 'The council met on the quay. The mayor spoke first.' }],
      right: [{ op: 'equal', text: 'The council met on the quay. The mayor spoke first.' }],
      leftParagraph: 0,
      rightParagraph: 0,
    },
    {
      kind: 'changed',
      edits: [],
      left: [
        { op: 'equal', text: 'The mayor said the wall would cost ' },
        { op: 'delete', text: '4.2 million ' },
        { op: 'equal', text: 'euros and take two years.' },
      ],
      right: [
        { op: 'equal', text: 'The mayor said the wall would cost ' },
        { op: 'insert', text: '5.1 million ' },
        { op: 'equal', text: 'euros and take ' },
        {
          op: 'insert',
          text: 'negotiations ',
          chars: [
            { op: 'equal', text: 'neg' },
            { op: 'insert', text: 'otiati' },
            { op: 'equal', text: 'ons' },
          ],
        },
        { op: 'equal', text: 'two years.' },
      ],
      leftParagraph: 1,
      rightParagraph: 1,
    },
    {
      kind: 'removed',
      edits: [],
      left: [{ op: 'delete', text: `A witness ${HOSTILE} disagreed.` }],
      right: [],
      leftParagraph: 2,
    },
    {
      kind: 'added',
      edits: [],
      left: [],
      right: [{ op: 'insert', text: 'The opposition called for an inquiry.' }],
      rightParagraph: 2,
    },
    {
      kind: 'moved',
      edits: [],
      left: [],
      right: [{ op: 'equal', text: 'Ferries will run all winter.' }],
      move: 1,
    },
    {
      kind: 'equal',
      edits: [],
      left: [{ op: 'equal', text: 'Markets were calm.' }],
      right: [{ op: 'equal', text: 'Markets were calm.' }],
    },
    {
      kind: 'moved',
      edits: [],
      left: [{ op: 'equal', text: 'Ferries will run all winter.' }],
      right: [],
      move: 1,
    },
  ],
};

const ref = (article: ArticleSummary): ArticleRef => ({
  path: article.path,
  contentHash: article.contentHash,
  title: article.title,
});

let ids = 0;
function note(overrides: Partial<Note>): Note {
  ids++;
  return {
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    body: '',
    tags: [],
    color: 'yellow',
    created: '2026-03-02T09:15:00.000Z',
    updated: '2026-03-02T09:15:00.000Z',
    scope: 'passage',
    folder: 'harbour',
    status: 'anchored',
    ...overrides,
  };
}

const passage = (article: ArticleSummary, exact: string, overrides: Partial<Note> = {}): Note =>
  note({
    article: ref(article),
    anchor: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    ...overrides,
  });

const GENERATED = new Date('2026-04-01T12:30:00.000Z');

function render(notes: Note[] = [], comparison: Comparison = COMPARISON): { html: string; doc: Document } {
  const html = comparisonReport(comparison, notes, GENERATED);
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

/** The element a note number links to, and the note's own element. */
function noteElement(doc: Document, text: string): Element {
  const found = [...doc.querySelectorAll('article.note')].filter((element) =>
    element.textContent!.includes(text),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('comparisonReport: a self-contained page', () => {
  it('declares a strict content security policy and loads or runs nothing', () => {
    const { html, doc } = render([passage(LEFT, 'four', { body: '[site](https://example.com/x)' })]);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, base, form')).toHaveLength(0);
    expect(doc.querySelectorAll('[src]')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('heads the page with both articles and the statistics', () => {
    const { doc } = render();
    const header = doc.querySelector('header')!.textContent!;
    expect(header).toContain(`Sea wall approved ${HOSTILE}`);
    expect(header).toContain('courier/sea-wall.txt');
    expect(header).toContain('courier/sea wall <2>.txt');
    expect(header).toContain('Harbour Courier');
    expect(header).toContain('2026-03-02');
    expect(header).toContain('2026-03-03 (file date)');
    expect(header).toContain('1,234');
    expect(header).toContain('1,301');
    expect(header).toContain('87.7% similar');
    expect(header).toContain('1,200 words added');
    expect(header).toContain('7 words removed');
    expect(header).toContain('5 words moved');
    expect(header).toContain('Generated 2026-04-01 12:30 UTC');
    expect(doc.title).toBe(`Comparison: Sea wall approved ${HOSTILE} → Sea wall, updated`);
  });

  it('cuts a title that is a long first sentence, and keeps it whole among the facts', () => {
    const first = `The council met on Thursday evening and, after a debate that ran past midnight, ${'voted to build the wall '.repeat(3)}`;
    const { doc } = render([], { ...COMPARISON, left: { ...LEFT, title: first } });
    expect(doc.title).toMatch(
      /^Comparison: The council met on Thursday evening and, after a debate that ran past midnight…/,
    );
    expect(doc.querySelector('header dl')!.textContent).toContain(first.trim());
  });

  it('names the files in its title when both articles have one title', () => {
    const same = { ...COMPARISON, right: { ...RIGHT, title: LEFT.title } };
    const { doc } = render([], same);
    expect(doc.title).toBe('Comparison: sea-wall.txt → sea wall <2>.txt');
  });

  it('says when the comparison was coarse or cleaning removed text', () => {
    const { doc } = render([], {
      ...COMPARISON,
      coarse: true,
      removed: { left: [{ beforeParagraph: 0, text: 'Subscribe', reason: 'promo' }], right: [] },
    });
    const header = doc.querySelector('header')!.textContent!;
    expect(header).toContain('too long or too different');
    expect(header).toContain('1 blocks from A, 0 from B');
  });
});

describe('comparisonReport: escaping', () => {
  const hostileNote = passage(RIGHT, 'The opposition', {
    body: `${HOSTILE}\n[click](javascript:alert(4)) [data](data:text/html,<b>x</b>) [rel](/etc/passwd)`,
    tags: [HOSTILE],
    color: '"><script>' as Note['color'],
  });

  it('keeps hostile text as text in titles, paths, rows, quotes, bodies and tags', () => {
    const { html, doc } = render([hostileNote]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('"onerror=');
    // The one </style> is the stylesheet's own.
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(doc.querySelector('style')!.textContent).not.toContain('alert');
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
    }
    const removed = doc.getElementById('row-3')!;
    expect(removed.querySelector('del')!.textContent).toBe(`A witness ${HOSTILE} disagreed.`);
    const element = noteElement(doc, 'The opposition');
    expect(element.querySelector('.note-body')!.textContent).toContain(HOSTILE);
    expect(element.querySelector('.tag')!.textContent).toBe(`#${HOSTILE}`);
    expect(element.className).not.toContain('script');
  });

  it('renders only http(s) links; other schemes stay visible as written', () => {
    const { doc } = render([hostileNote]);
    const body = noteElement(doc, 'The opposition').querySelector('.note-body')!;
    expect(body.querySelectorAll('a')).toHaveLength(0);
    expect(body.textContent).toContain('[click](javascript:alert(4))');
    expect(body.textContent).toContain('[data](data:text/html,<b>x</b>)');
    expect(body.querySelector('b')).toBeNull();
  });

  it('allows no http(s) address anywhere but in note bodies', () => {
    const urlish = summary({ ...LEFT, path: 'https://evil.example/x', title: 'https://evil.example/y' });
    const { doc } = render(
      [
        passage(urlish, 'The mayor spoke', {
          body: 'See [the "report"](https://example.com/a?b=1&c=<2>) now',
        }),
        passage(urlish, 'not in any row', { body: 'Unplaced, so its article is named.' }),
      ],
      { ...COMPARISON, left: urlish },
    );
    expect(doc.body.textContent).toContain('https://evil.example/x');
    const external = [...doc.querySelectorAll('[href]')].filter(
      (element) => !element.getAttribute('href')!.startsWith('#'),
    );
    expect(external).toHaveLength(1);
    const link = external[0]!;
    expect(link.closest('.note-body')).not.toBeNull();
    expect(link.getAttribute('href')).toBe('https://example.com/a?b=1&c=%3C2%3E');
    expect(link.textContent).toBe('the "report"');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });
});

describe('comparisonReport: rows', () => {
  it('has one table row per aligned row, numbered and linkable', () => {
    const { doc } = render();
    const rows = doc.querySelectorAll('table.rows tbody tr.row');
    expect(rows).toHaveLength(COMPARISON.rows.length);
    expect([...rows].map((row) => row.id)).toEqual(COMPARISON.rows.map((_, i) => `row-${i + 1}`));
    expect([...rows].map((row) => row.querySelectorAll('td').length)).toEqual(COMPARISON.rows.map(() => 2));
  });

  it('strikes deleted words on the left and underlines inserted words on the right', () => {
    const { doc } = render();
    const changed = doc.getElementById('row-2')!;
    const [left, right] = changed.querySelectorAll('td');
    expect([...left!.querySelectorAll('del')].map((element) => element.textContent)).toEqual(['4.2 million']);
    expect(left!.querySelectorAll('ins')).toHaveLength(0);
    expect([...right!.querySelectorAll('ins')].map((element) => element.textContent).join('|')).toBe(
      '5.1 million|neg|otiati|ons',
    );
    expect(right!.querySelector('ins.char')!.textContent).toBe('otiati');
    expect(right!.querySelectorAll('del')).toHaveLength(0);
    expect(left!.textContent).toBe(
      'The mayor said the wall would cost 4.2 million euros and take two years.',
    );
    expect(right!.textContent).toBe(
      'The mayor said the wall would cost 5.1 million euros and take negotiations two years.',
    );
    expect(doc.querySelector('style')!.textContent).toMatch(/del \{[^}]*line-through/);
    expect(doc.querySelector('style')!.textContent).toMatch(/ins \{[^}]*underline/);
  });

  it('sets added and removed paragraphs against an empty cell', () => {
    const { doc } = render();
    const [removedLeft, removedRight] = doc.getElementById('row-3')!.querySelectorAll('td');
    expect(removedLeft!.className).toBe('cell');
    expect(removedRight!.className).toBe('gap');
    expect(removedRight!.textContent).toBe('');
    const [addedLeft, addedRight] = doc.getElementById('row-4')!.querySelectorAll('td');
    expect(addedLeft!.className).toBe('gap');
    expect(addedRight!.querySelector('ins')!.textContent).toBe('The opposition called for an inquiry.');
    expect(doc.getElementById('row-3')!.querySelector('th')!.textContent).toContain('Removed from A');
    expect(doc.getElementById('row-4')!.querySelector('th')!.textContent).toContain('Added in B');
  });

  it('labels moves and links each end to the other', () => {
    const { doc } = render();
    for (const [row, other, label] of [
      [5, 7, 'Was in A at row 7'],
      [7, 5, 'Moves in B to row 5'],
    ] as const) {
      const element = doc.getElementById(`row-${row}`)!;
      expect(element.querySelector('th')!.textContent).toContain('Move 1');
      const link = element.querySelector('td.gap a')!;
      expect(link.getAttribute('href')).toBe(`#row-${other}`);
      expect(link.textContent).toBe(label);
    }
  });
});

describe('comparisonReport: notes', () => {
  it('places a passage note in the cell of its side, marks the quote and links both ways', () => {
    const onLeft = passage(LEFT, '4.2 million euros', { body: 'The old figure.' });
    const onRight = passage(RIGHT, 'million euros and take negotiations', { body: 'The new one.' });
    const { doc } = render([onRight, onLeft]);
    const row = doc.getElementById('row-2')!;
    const [left, right] = row.querySelectorAll('td');
    const leftNote = noteElement(doc, 'The old figure.');
    const rightNote = noteElement(doc, 'The new one.');
    expect(left!.contains(leftNote)).toBe(true);
    expect(right!.contains(rightNote)).toBe(true);
    expect(leftNote.querySelector('blockquote')!.textContent).toBe('4.2 million euros');
    // Numbered in reading order: left cell before right cell.
    expect(leftNote.id).toBe('note-1');
    expect(rightNote.id).toBe('note-2');
    expect(leftNote.querySelector('.note-head a')!.getAttribute('href')).toBe('#row-2');
    expect([...left!.querySelectorAll('.text mark')].map((mark) => mark.textContent).join('')).toBe(
      '4.2 million euros',
    );
    expect(left!.querySelector('.text mark del')!.textContent).toBe('4.2 million');
    expect(left!.querySelector('.text sup a')!.getAttribute('href')).toBe('#note-1');
    expect([...right!.querySelectorAll('.text mark')].map((mark) => mark.textContent).join('')).toBe(
      'million euros and take negotiations',
    );
    expect(right!.querySelector('.text sup a')!.getAttribute('href')).toBe('#note-2');
    // The text still reads whole around the marks.
    expect(left!.querySelector('.text')!.textContent).toBe(
      'The mayor said the wall would cost 4.2 million euros1 and take two years.',
    );
  });

  it('chooses the occurrence whose context matches the saved one', () => {
    const second = note({
      article: ref(LEFT),
      body: 'The later mayor.',
      anchor: {
        quote: { exact: 'The mayor', prefix: 'on the quay. ', suffix: ' spoke first.' },
        position: { start: 29, end: 38 },
      },
    });
    const { doc } = render([second]);
    const text = doc.getElementById('row-1')!.querySelector('td .text')!;
    expect(text.innerHTML).toContain('quay. <mark>The mayor</mark><sup');
    expect(doc.getElementById('row-1')!.contains(noteElement(doc, 'The later mayor.'))).toBe(true);
  });

  it('finds a quote that runs over a paragraph break by its first line', () => {
    const spanning = passage(LEFT, 'take two years.\n\nA witness', { body: 'Across paragraphs.' });
    const { doc } = render([spanning]);
    expect(doc.getElementById('row-2')!.contains(noteElement(doc, 'Across paragraphs.'))).toBe(true);
  });

  it('lists notes whose quote no row contains under "Other notes", orphaned ones marked', () => {
    const lost = passage(LEFT, 'a sentence that was cut', { body: 'Gone now.', status: 'orphaned' });
    const found = passage(RIGHT, 'Ferries will run', { body: 'Still here.', status: 'orphaned' });
    const { doc } = render([lost, found]);
    const sections = [...doc.querySelectorAll('section.note-section')];
    expect(sections.map((section) => section.querySelector('h2')!.textContent)).toEqual(['Other notes']);
    const lostElement = noteElement(doc, 'Gone now.');
    expect(sections[0]!.contains(lostElement)).toBe(true);
    expect(lostElement.classList.contains('orphaned')).toBe(true);
    expect(lostElement.textContent).toContain('Orphaned');
    expect(lostElement.textContent).toContain('On A: Sea wall approved');
    expect(lostElement.querySelector('.note-head a')).toBeNull();
    // Orphaned but still found (say, ambiguous): placed at its row, and still marked.
    const foundElement = noteElement(doc, 'Still here.');
    expect(doc.getElementById('row-5')!.contains(foundElement)).toBe(true);
    expect(foundElement.textContent).toContain('Orphaned');
    expect(noteElement(doc, 'Gone now.').id).toBe('note-2');
  });

  it('lists notes on this comparison (either order) first and leaves out unrelated notes', () => {
    const onPair = note({
      scope: 'article',
      article: ref(RIGHT),
      body: 'Compare the framing.',
      comparison: { left: ref(RIGHT), right: ref(LEFT) },
    });
    const folderWide = note({
      scope: 'folder',
      body: 'Folder note written here.',
      comparison: { left: ref(LEFT), right: ref(RIGHT) },
    });
    const otherArticle = passage(summary({ path: 'other.txt' }), 'Markets', { body: 'Elsewhere.' });
    const articleOnly = note({ scope: 'article', article: ref(LEFT), body: 'Article note.' });
    const otherPair = note({
      scope: 'folder',
      body: 'Another pair.',
      comparison: { left: ref(LEFT), right: ref(summary({ path: 'other.txt' })) },
    });
    const { doc } = render([onPair, folderWide, otherArticle, articleOnly, otherPair]);
    const text = doc.body.textContent!;
    expect(text).not.toContain('Elsewhere.');
    expect(text).not.toContain('Article note.');
    expect(text).not.toContain('Another pair.');
    const section = doc.querySelector('section.note-section')!;
    expect(section.querySelector('h2')!.textContent).toBe('Notes on this comparison');
    expect(section.compareDocumentPosition(doc.querySelector('table.rows')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(section.contains(noteElement(doc, 'Compare the framing.'))).toBe(true);
    expect(section.contains(noteElement(doc, 'Folder note written here.'))).toBe(true);
    expect(noteElement(doc, 'Compare the framing.').textContent).toContain('On B: Sea wall, updated');
  });

  it('shows tags, times, and a small safe subset of Markdown', () => {
    const rich = passage(LEFT, 'Markets were calm', {
      body: '**Bold** and *italic* and _also_ and `a <b> code`\nnext line\n\n# not a heading\n- not a list \\*literal\\*',
      tags: ['numbers', 'Zürich'],
      updated: '2026-03-04T18:02:59.000Z',
    });
    const { doc } = render([rich]);
    const element = noteElement(doc, 'not a heading');
    const body = element.querySelector('.note-body')!;
    expect(body.querySelectorAll('p')).toHaveLength(2);
    expect(body.querySelector('strong')!.textContent).toBe('Bold');
    expect([...body.querySelectorAll('em')].map((em) => em.textContent)).toEqual(['italic', 'also']);
    expect(body.querySelector('code')!.textContent).toBe('a <b> code');
    expect(body.querySelectorAll('br')).toHaveLength(2);
    expect(body.querySelector('h1, ul, li, b')).toBeNull();
    expect(body.textContent).toContain('# not a heading');
    expect(body.textContent).toContain('- not a list *literal*');
    expect([...element.querySelectorAll('.tag')].map((tag) => tag.textContent)).toEqual([
      '#numbers',
      '#Zürich',
    ]);
    expect(element.querySelector('.times')!.textContent).toBe(
      'Created 2026-03-02 09:15 UTC · updated 2026-03-04 18:02 UTC',
    );
    expect(doc.getElementById('row-6')!.contains(element)).toBe(true);
  });

  it('is a function of its arguments', () => {
    const notes = [passage(LEFT, 'four'), passage(RIGHT, 'Markets')];
    expect(comparisonReport(COMPARISON, notes, GENERATED)).toBe(
      comparisonReport(COMPARISON, notes, GENERATED),
    );
  });
});

describe('folderReport: every note of the folder', () => {
  const OTHER = summary({
    path: 'wire/sea-wall.txt',
    title: 'Harbour council approves a new sea wall for the quay',
    date: '2026-03-01',
  });
  const pair = { left: ref(LEFT), right: ref(RIGHT) };
  const notes = [
    note({ scope: 'folder', body: 'Ask the desk who ran it first.' }),
    passage(LEFT, '4.2 million', { body: 'The old figure.', comparison: pair }),
    passage(RIGHT, 'negotiations', { body: 'New word.', comparison: { left: ref(RIGHT), right: ref(LEFT) } }),
    note({ scope: 'article', article: ref(OTHER), body: 'Wire copy, no byline.' }),
    passage(OTHER, 'sea wall', { body: 'Outside any comparison.' }),
    passage(LEFT, 'a passage that was cut', { body: 'Gone now.', status: 'orphaned', comparison: pair }),
  ];
  const html = folderReport(
    { folderName: 'harbour', notes, articles: [LEFT, RIGHT, OTHER], comparisons: [COMPARISON] },
    GENERATED,
  );
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('counts what it covers', () => {
    expect([...doc.querySelectorAll('header .stats span')].map((span) => span.textContent)).toEqual([
      '6 notes',
      '1 comparison with notes',
      '1 article with their own notes',
    ]);
  });

  it('compares each pair that has notes once, whichever side was on the left', () => {
    expect(notedPairs(notes)).toEqual([{ left: LEFT.path, right: RIGHT.path }]);
  });

  it('shows each comparison with only its noted rows, changes marked, and the notes beside them', () => {
    const section = doc.getElementById('comparison-1')!;
    const rows = [...section.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.id)).toEqual(['c1-row-2']);
    expect(rows[0]!.querySelector('del')!.textContent).toBe('4.2 million');
    expect(rows[0]!.textContent).toContain('The old figure.');
    expect(rows[0]!.textContent).toContain('New word.');
    expect(section.textContent).toContain('Passages no longer found');
    expect(section.textContent).toContain('Gone now.');
  });

  it('lists article notes, and passages outside any comparison, under their article with its facts', () => {
    const parts = [...doc.querySelectorAll('.article-notes')];
    expect(parts).toHaveLength(1);
    expect(parts[0]!.querySelector('.title')!.textContent).toBe(OTHER.title);
    expect(parts[0]!.textContent).toContain('wire/sea-wall.txt');
    expect(parts[0]!.textContent).toContain('2026-03-01');
    expect(parts[0]!.textContent!.indexOf('Wire copy')).toBeLessThan(
      parts[0]!.textContent!.indexOf('Outside any'),
    );
  });

  it('shows every note exactly once, numbered through the page, and escapes every title', () => {
    for (const each of notes) expect(noteElement(doc, each.body)).toBeTruthy();
    const numbers = [...doc.querySelectorAll('.note-number')].map((element) => element.textContent);
    expect(numbers).toEqual(notes.map((_, i) => `Note ${i + 1}`));
    expect(doc.querySelector('script, img')).toBeNull();
    expect(html).toContain("default-src 'none'");
  });

  it('never cuts a title mid-word: titles wrap between words only', () => {
    expect(html).toMatch(/\.title, thead th \{ overflow-wrap: normal; word-break: normal;/);
    expect(doc.querySelector('.article-notes .title')!.textContent).toBe(OTHER.title);
  });
});
