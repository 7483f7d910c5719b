/// <reference types="vite/client" />
// The Web Annotation export checked by the W3C's own test suite (w3c/web-annotation-tests): every
// "must" assertion of annotationMusts, collectionMusts and pageMusts, run as its JSON Schema
// (draft-04) with ajv. The suite's files are copied in fixtures/ under its BSD licence.
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { toWebAnnotation } from './export-formats';
import type { ArticleRef, Note } from './model';
import type { PassageReadings } from './passage-readings';

interface Assertion {
  id: string;
  title: string;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
}

const files = import.meta.glob<Record<string, unknown>>('./fixtures/w3c-web-annotation-tests/**/*.json', {
  eager: true,
  import: 'default',
});
const tests = import.meta.glob<{ assertions: string[] }>('./fixtures/w3c-web-annotation-tests/*.test', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as unknown as Record<string, string>;

const PREFIX = './fixtures/w3c-web-annotation-tests/';

/** The suite's validator: its definitions registered once, formats as RFC 3986 and RFC 3339 read them. */
function suiteValidator(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // An absolute URI: a scheme, then no spaces or characters RFC 3986 forbids.
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  for (const [file, schema] of Object.entries(files)) {
    if (file.startsWith(`${PREFIX}definitions/`)) ajv.addSchema(schema);
  }
  return ajv;
}

function assertionsOf(testFile: string): Array<{ schema: Record<string, unknown> & Assertion }> {
  const list = (JSON.parse(tests[`${PREFIX}${testFile}`]!) as { assertions: string[] }).assertions;
  return list.map((name) => {
    const schema = files[`${PREFIX}${name}`];
    if (!schema) throw new Error(`${name} is missing from the fixtures`);
    return { schema: schema as Record<string, unknown> & Assertion };
  });
}

/** The titles of the assertions the data fails (an unexpected result the suite counts as a failure). */
function failures(ajv: Ajv, testFile: string, data: unknown): string[] {
  return assertionsOf(testFile).flatMap(({ schema }) => {
    const validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
    const result = validate(data) ? 'valid' : 'invalid';
    const failed = result !== schema.expectedResult && schema.onUnexpectedResult.startsWith('fail');
    return failed ? [schema.id] : [];
  });
}

const ARTICLE: ArticleRef = {
  path: '000_Biden, Putin hold talks.txt',
  contentHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  title: 'Biden, Putin hold talks',
};
const OTHER: ArticleRef = { ...ARTICLE, path: '001_update.txt', contentHash: 'ab'.repeat(32) };
const base = {
  color: 'yellow' as const,
  folder: 'wire',
  folderId: '1d4a7f0e-3c2b-4a59-9e61-0f2b3c4d5e6f',
  status: 'anchored' as const,
  tags: ['summit'],
  created: '2026-03-02T09:15:00.000Z',
  updated: '2026-03-03T18:02:00.000Z',
};
const PASSAGE: Note = {
  ...base,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  scope: 'passage',
  body: 'The *venue* changed.',
  article: ARTICLE,
  anchor: {
    quote: { exact: 'in Geneva', prefix: 'will meet ', suffix: ' next' },
    position: { start: 40, end: 49 },
  },
  comparison: { left: ARTICLE, right: OTHER },
};
const ARTICLE_NOTE: Note = {
  ...base,
  id: '6f0c8a52-1e2d-4b7a-9c3e-5d4f6a7b8c9d',
  scope: 'article',
  body: 'Wire copy.',
  article: OTHER,
};
const FOLDER_NOTE: Note = {
  ...base,
  id: '9f1c2a4e-7d3b-4c6a-8e5f-0a1b2c3d4e5f',
  scope: 'folder',
  body: 'Ask the desk.',
};
const LEGACY_FOLDER_NOTE: Note = {
  ...FOLDER_NOTE,
  id: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
  folderId: undefined,
};

describe('Web Annotation export against the W3C test suite', () => {
  const ajv = suiteValidator();
  // Compiling the suite's schemas is the slow part: do it once, before any test's clock runs.
  for (const testFile of ['annotationMusts.test', 'collectionMusts.test', 'pageMusts.test']) {
    for (const { schema } of assertionsOf(testFile)) if (!ajv.getSchema(schema.id)) ajv.compile(schema);
  }
  // Both readings as an export of a compared pair gives them: the other version's as a second
  // target, and (a second note) a version without the paragraph, named by its text alone.
  const WITH_READINGS: Note = { ...PASSAGE, id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' };
  const WITHOUT_PARAGRAPH: Note = { ...PASSAGE, id: '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e' };
  const side = (file: string, paragraph: number | null, text: string) => ({
    file,
    paragraph,
    text,
    prefix: text && 'will meet ',
    suffix: text && ' next week',
  });
  const readings = new Map<string, PassageReadings>([
    [
      WITH_READINGS.id,
      { a: side(ARTICLE.path, 3, 'in Geneva'), b: side(OTHER.path, 4, 'in Vienna'), moved: false },
    ],
    [
      WITHOUT_PARAGRAPH.id,
      { a: side(ARTICLE.path, 3, 'in Geneva'), b: side(OTHER.path, null, ''), moved: false },
    ],
  ]);
  const collection = JSON.parse(
    toWebAnnotation(
      [PASSAGE, ARTICLE_NOTE, FOLDER_NOTE, LEGACY_FOLDER_NOTE, WITH_READINGS, WITHOUT_PARAGRAPH],
      readings,
    ),
  );

  it.each([
    ['a passage note', 0],
    ['an article note', 1],
    ['a folder note', 2],
    ['a folder note from before folder identities', 3],
    ['a passage note with the other version’s reading as a second target', 4],
    ['a passage note whose other version lacks the paragraph', 5],
  ])('%s passes every "must" of annotationMusts', (_, index) => {
    const annotation = { '@context': collection['@context'], ...collection.first.items[index] };
    expect(failures(ajv, 'annotationMusts.test', annotation)).toEqual([]);
  });

  it('writes the readings as targets (so the cases above check them)', () => {
    expect(collection.first.items[4].target).toHaveLength(2);
    expect(collection.first.items[4].target[1].selector[0].exact).toBe('in Vienna');
    expect(collection.first.items[5].target[1]).toMatchObject({ variorum: { paragraph: null } });
    expect(collection.first.items[5].target[1].selector).toBeUndefined();
  });

  it('the collection and its page pass collectionMusts and pageMusts', () => {
    expect(failures(ajv, 'collectionMusts.test', collection)).toEqual([]);
    expect(
      failures(ajv, 'pageMusts.test', { '@context': collection['@context'], ...collection.first }),
    ).toEqual([]);
  });

  it('catches what the old export did: a relative file path as the target', () => {
    // The format before article IRIs, as issue 13 measured it: seven "must" failures.
    const annotation = { '@context': collection['@context'], ...collection.first.items[0] };
    const old = { ...annotation, target: { ...annotation.target, source: encodeURI(ARTICLE.path) } };
    expect(failures(ajv, 'annotationMusts.test', old)).toHaveLength(7);
  });
});
