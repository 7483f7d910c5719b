// runCli: exit codes (0 same, 1 different, 2 trouble), the text and JSON output of `diff`
// and `scan`, and that a JSON diff accounts for every word of both files, in order.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './index';
import type { RowEdit } from '../../preload/contract';

const SAMPLES = path.resolve(__dirname, '../../resources/samples');
const ORIGINAL = path.join(SAMPLES, '2026-03-02-harbour-courier-original.txt');
const UPDATED = path.join(SAMPLES, '2026-03-03-harbour-courier-updated.txt');
const SYNDICATED = path.join(SAMPLES, 'syndicated/2026-03-02-valley-wire-copy.txt');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface JsonSegment {
  op: string;
  text: string;
}
interface JsonDiff {
  a: { path: string; title: string; words: number };
  b: { path: string; title: string; words: number };
  stats: { similarity: number; wordsAdded: number; wordsRemoved: number };
  rows: { kind: string; left: JsonSegment[]; right: JsonSegment[]; edits: RowEdit[] }[];
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

let dir: string;
let one: string;
let same: string;
let changed: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'variorum-cli-'));
  one = path.join(dir, 'one.txt');
  same = path.join(dir, 'same.txt');
  changed = path.join(dir, 'changed.txt');
  await writeFile(one, 'Bridge closed\n\nThe bridge closed on Sunday.\n\nRepairs will take months.\n');
  await writeFile(same, 'Bridge closed\n\nThe bridge closed on Sunday.\n\nRepairs will take months.\n');
  await writeFile(
    changed,
    'Bridge closed\n\nThe footbridge closed late on Sunday.\n\nRepairs will take months.\n',
  );
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runCli diff', () => {
  it('exits 0 for identical files and says they are identical byte for byte', async () => {
    const result = await run('diff', one, same);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/A and B are identical \(byte for byte\)\nsimilarity 100\.0%/);
    const json = JSON.parse((await run('diff', one, same, '--json')).out) as { identical: string | null };
    expect(json.identical).toBe('A and B are identical (byte for byte)');
  });

  it('says when files differ only in what the comparison ignores', async () => {
    const shouted = path.join(dir, 'shouted.txt');
    await writeFile(shouted, 'BRIDGE CLOSED\n\nThe bridge closed on Sunday.\n\nRepairs will take months.\n');
    const result = await run('diff', one, shouted, '--ignore-case', '--no-clean');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/A and B are identical after ignoring case/);
    expect((await run('diff', one, changed)).out).not.toMatch(/identical/);
  });

  it('prints the repair of double-encoded text on stderr, as the app labels it', async () => {
    const garbled = path.join(dir, 'garbled.txt');
    await writeFile(garbled, 'Bridge closed\n\nThe bridge closed on Sunday â€” in EspaÃ±a.\n', 'utf8');
    const clean = path.join(dir, 'clean.txt');
    await writeFile(clean, 'Bridge closed\n\nThe bridge closed on Sunday — in España.\n', 'utf8');
    const result = await run('diff', clean, garbled);
    expect(result.code).toBe(0);
    expect(result.err).toBe(`variorum: ${garbled}: repaired double-encoded text (2 characters)`);
    expect(result.out).toMatch(/identical as text/);
    const asDecoded = await run('diff', clean, garbled, '--no-repair');
    expect(asDecoded.code).toBe(1);
    expect(asDecoded.err).toMatch(/repaired double-encoded text available, not used \(--no-repair\)/);
  });

  it('exits 1 for different files and summarises the change in text', async () => {
    const result = await run('diff', one, changed);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/similarity \d+\.\d%/);
    expect(result.out).toContain('2 words added, 1 removed');
    // Each changed paragraph once, under a header that says where it is on each side.
    expect(result.out).toContain('@@ -¶2 +¶2 @@ changed\nThe [-bridge-] {+footbridge+} closed');
    expect(result.out.match(/Sunday/g)).toHaveLength(1);
    // Unchanged paragraphs are elided.
    expect(result.out).not.toContain('Repairs will take months.');
  });

  it('prints JSON with both articles, the stats and the rows', async () => {
    const result = await run('diff', one, changed, '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as JsonDiff;
    expect(json.a).toEqual({ path: one, title: 'Bridge closed', words: 11 });
    expect(json.b).toEqual({ path: changed, title: 'Bridge closed', words: 12 });
    expect(json.stats.similarity).toBeGreaterThan(0);
    expect(json.stats.similarity).toBeLessThan(1);
    expect(json.stats.wordsAdded).toBe(2);
    expect(json.stats.wordsRemoved).toBe(1);
    expect(json.rows.map((row) => row.kind)).toEqual(['equal', 'changed', 'equal']);
    const changedRow = json.rows[1]!;
    expect(changedRow.left.filter((s) => s.op === 'delete').map((s) => s.text.trim())).toEqual(['bridge']);
    expect(changedRow.right.filter((s) => s.op === 'insert').map((s) => s.text.trim())).toEqual([
      'footbridge',
      'late',
    ]);
    for (const segment of changedRow.left) expect(typeof segment.text).toBe('string');
  });

  it('honours --granularity and the ignore flags', async () => {
    await writeFile(same, 'BRIDGE CLOSED\n\nThe bridge closed on Sunday.\n\nRepairs will take months.\n');
    expect((await run('diff', one, same)).code).toBe(1);
    expect((await run('diff', one, same, '--ignore-case')).code).toBe(0);
    expect((await run('diff', one, changed, '--granularity', 'sentence')).code).toBe(1);
    expect((await run('diff', one, one, '--granularity=sentence')).code).toBe(0);
  });

  it('exits 2 with "no such file" on stderr when a file is missing', async () => {
    const result = await run('diff', one, path.join(dir, 'missing.txt'));
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/missing\.txt: no such file/);
  });

  // A regression would block in open(2) until a writer came; the timeout makes it a failure.
  it.skipIf(process.platform === 'win32')('exits 2 at once for a named pipe', { timeout: 5000 }, async () => {
    const fifo = path.join(dir, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const result = await run('diff', fifo, one);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/fifo\.txt: a named pipe \(FIFO\), not a regular file/);
  });

  it('exits 2 with the reason when a file cannot be read as text', async () => {
    const binary = path.join(dir, 'binary.txt');
    await writeFile(binary, Uint8Array.from([0x41, 0x00, 0x42]));
    const result = await run('diff', one, binary);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/binary\.txt: binary/);
  });

  it('reads a file whose name starts with two dots', async () => {
    const dotted = path.join(dir, '..notes.txt');
    await writeFile(dotted, 'Bridge closed\n');
    expect((await run('diff', dotted, dotted)).code).toBe(0);
  });

  it('exits 2 with usage for an unknown option, a bad granularity or a wrong file count', async () => {
    for (const argv of [
      ['diff', one, changed, '--colour'],
      ['diff', one, changed, '--granularity', 'char'],
      ['diff', one, changed, '--granularity'],
      ['diff', one, changed, '--granularity=sentence=x'],
      ['diff', one, changed, '--granularity='],
      ['diff', one, changed, '--json=yes'],
      ['diff', one],
      ['diff', one, changed, same],
    ]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toMatch(/^variorum: /);
      expect(result.err, argv.join(' ')).toContain('Usage:');
    }
    expect((await run('diff', one, changed, '--colour')).err).toContain('unknown option --colour');
  });
});

describe('runCli commands', () => {
  it('exits 2 for an unknown command, naming it', async () => {
    const result = await run('merge', one, changed);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "merge"');
  });

  it('prints usage: exit 0 when asked for help, 2 when given nothing', async () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['diff', '--help'], ['scan', '-h']]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.out, argv.join(' ')).toContain('Usage:');
      expect(result.out, argv.join(' ')).toContain('variorum diff A B');
      expect(result.err, argv.join(' ')).toBe('');
    }
    expect((await run()).code).toBe(2);
  });

  it('treats names of object properties as unknown commands', async () => {
    for (const name of ['toString', 'constructor', '__proto__']) {
      expect((await run(name)).err, name).toContain(`unknown command "${name}"`);
    }
  });
});

describe('runCli scan', () => {
  beforeEach(async () => {
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'sub', 'notes.md'), '# Notes\n\nSome notes.\n');
    await writeFile(path.join(dir, 'empty.txt'), '');
    // Saved days before the others: its file time tells it apart, so it is shown as a date.
    const earlier = new Date(Date.now() - 3 * 24 * 3600 * 1000);
    await utimes(path.join(dir, 'sub', 'notes.md'), earlier, earlier);
  });

  it('prints JSON with the root, the articles by relative path and the skipped files', async () => {
    const result = await run('scan', dir, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      root: string;
      articles: Record<string, unknown>[];
      skipped: { path: string; reason: string }[];
    };
    expect(json.root).toBe(dir);
    expect(json.articles.map((a) => a['path'])).toEqual([
      'changed.txt',
      'one.txt',
      'same.txt',
      'sub/notes.md',
    ]);
    const notes = json.articles[3]!;
    expect(Object.keys(notes).sort()).toEqual([
      'author',
      'bytes',
      'cleaning',
      'contentHash',
      'date',
      'dateFrom',
      'dateIsFileTime',
      'encoding',
      'fileHash',
      'format',
      'id',
      'path',
      'repair',
      'source',
      'title',
      'warnings',
      'words',
    ]);
    // Words of the text compared: the Markdown heading's "#" is markup, not a word.
    expect(notes).toMatchObject({
      path: 'sub/notes.md',
      title: 'Notes',
      words: 3,
      format: 'md',
      encoding: 'utf-8',
      cleaning: { blocks: 0, words: 0 },
      dateFrom: 'file time',
      dateIsFileTime: true,
      warnings: [],
      repair: null,
    });
    expect(notes['id']).toMatch(/^[0-9a-f]{16}$/);
    expect(notes['bytes']).toBe(Buffer.byteLength('# Notes\n\nSome notes.\n'));
    expect(json.skipped).toEqual([{ path: 'empty.txt', reason: 'empty file' }]);
  });

  it('prints one line per article and per skipped file, then a count', async () => {
    const result = await run('scan', dir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\s+3 {2}sub\/notes\.md {2}Notes {2}\[\d{4}-\d{2}-\d{2} \(file date\)\]$/m);
    expect(result.out).toContain('skipped  empty.txt: empty file');
    expect(result.out.split('\n').at(-1)).toBe('4 articles, 1 skipped');
  });

  it('shows control and bidi characters of names and titles as visible codes, and escapes them in JSON', async () => {
    // A name that would clear the screen, and a title that would read backwards. (Control
    // characters inside a file make it binary, skipped; a name or a bidi mark does not.)
    const name = 'report\u001b[2J\u202etxt.md';
    const title = 'Harmless \u202eevil\u2066 news';
    await writeFile(path.join(dir, name), `# ${title}\n\nBody text of the report.\n`);
    const text = await run('scan', dir);
    for (const raw of ['\u001b', '\u202e', '\u2066']) expect(text.out).not.toContain(raw);
    expect(text.out).toContain('report⟨U+001B⟩[2J⟨U+202E⟩txt.md  Harmless ⟨U+202E⟩evil⟨U+2066⟩ news');
    const json = await run('scan', dir, '--json');
    for (const raw of ['\u001b', '\u202e', '\u2066']) expect(json.out).not.toContain(raw);
    const article = (
      JSON.parse(json.out) as { articles: Array<{ path: string; title: string }> }
    ).articles.find((entry) => entry.path.startsWith('report'))!;
    expect(article).toEqual(expect.objectContaining({ path: name, title }));
  });

  it('exits 2 when the folder is missing', async () => {
    const result = await run('scan', path.join(dir, 'nope'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Not a folder/);
  });
});

describe('runCli diff --json --no-clean on the samples: every word of both files, in order', () => {
  const pairs: [string, string, string][] = [
    ['original → updated', ORIGINAL, UPDATED],
    ['original → syndicated copy', ORIGINAL, SYNDICATED],
  ];
  // Ignore options and sentence granularity change how text is grouped, never what is shown.
  const flagSets = ['', '--granularity sentence', '--ignore-case --ignore-punctuation --ignore-typography'];
  for (const [label, fileA, fileB] of pairs) {
    it.each(flagSets)(`${label} %s`, async (flagText) => {
      const flags = flagText.split(' ').filter(Boolean);
      const result = await run('diff', fileA, fileB, '--json', '--no-clean', ...flags);
      expect(result.code).toBe(1);
      const json = JSON.parse(result.out) as JsonDiff;
      const joined = (side: 'left' | 'right'): string =>
        json.rows.map((row) => row[side].map((segment) => segment.text).join('')).join(' ');
      expect(wordsOf(joined('left'))).toEqual(wordsOf(await readFile(fileA, 'utf8')));
      expect(wordsOf(joined('right'))).toEqual(wordsOf(await readFile(fileB, 'utf8')));
      // The ordered form spells both texts too, each row on its own side(s).
      const fromEdits = (side: 'left' | 'right'): string =>
        json.rows
          .filter((row) => row[side].length > 0)
          .map((row) =>
            row.edits
              .map((edit) =>
                edit.op === 'normalized'
                  ? edit[side]
                  : edit.op === 'equal' || edit.op === (side === 'left' ? 'delete' : 'insert')
                    ? edit.text
                    : '',
              )
              .join(''),
          )
          .join(' ');
      expect(wordsOf(fromEdits('left'))).toEqual(wordsOf(await readFile(fileA, 'utf8')));
      expect(wordsOf(fromEdits('right'))).toEqual(wordsOf(await readFile(fileB, 'utf8')));
      expect(json.a.words).toBe(wordsOf(await readFile(fileA, 'utf8')).length);
      expect(json.b.words).toBe(wordsOf(await readFile(fileB, 'utf8')).length);
    });
  }
});

describe('runCli diff cleans by default', () => {
  it('leaves the scraped junk of a syndicated copy out, and keeps every word of the story', async () => {
    const cleaned = JSON.parse(
      (await run('diff', ORIGINAL, SYNDICATED, '--json', '--ignore-typography')).out,
    ) as JsonDiff;
    const raw = JSON.parse(
      (await run('diff', ORIGINAL, SYNDICATED, '--json', '--ignore-typography', '--no-clean')).out,
    ) as JsonDiff;
    const rightText = (json: JsonDiff): string =>
      json.rows.map((row) => row.right.map((s) => s.text).join('')).join('\n');
    for (const junk of [
      'Advertisement',
      'Share this article',
      'Something went wrong',
      'More from Valley Wire',
    ]) {
      expect(rightText(raw)).toContain(junk);
      expect(rightText(cleaned)).not.toContain(junk);
    }
    expect(cleaned.stats.similarity).toBeGreaterThan(0.97);
    expect(raw.stats.similarity).toBeLessThan(cleaned.stats.similarity);
    // Cleaning takes out, never rewrites: the cleaned words are a subsequence of the file's.
    const fileWords = wordsOf(await readFile(SYNDICATED, 'utf8'));
    let position = 0;
    for (const word of wordsOf(rightText(cleaned))) {
      position = fileWords.indexOf(word, position) + 1;
      expect(position, word).toBeGreaterThan(0);
    }
  });
});
