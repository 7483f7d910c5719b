// `variorum collate`: the JSON shape the README documents, the invariant through the CLI on
// the corpus, --base, the other outputs, and exit codes (0 alike, 1 variants, 2 trouble).
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './index';
import { splitParagraphs } from '../compare/tokenize';
import { SHARED_CORPUS } from '../testing/shared-corpus';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface JsonCollation {
  witnesses: Array<{ id: string; path: string; title: string; date: string | null }>;
  base: string;
  rows: Array<{
    paragraphs: Record<string, number | null>;
    segments: Array<{ readings: Record<string, string> }>;
    transpositions?: Array<{
      witness: string;
      base: { segment: number; start: number; end: number };
      witnessAt: { segment: number; start: number; end: number };
    }>;
  }>;
}

/** Each witness's paragraphs, rebuilt from the rows (for the invariant). */
function paragraphsOf(collation: JsonCollation, id: string): string[] {
  const paragraphs: string[] = [];
  let last: number | null = null;
  for (const row of collation.rows) {
    const index = row.paragraphs[id];
    if (index === null || index === undefined) continue;
    const text = row.segments.map((segment) => segment.readings[id]).join('');
    if (index === last) paragraphs[paragraphs.length - 1] += text;
    else paragraphs.push(text);
    last = index;
  }
  return paragraphs;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'variorum-collate-'));
  await writeFile(path.join(dir, 'a.txt'), 'date 2020-01-03\n\nThe quick brown fox.\n\nIt ran away.');
  await writeFile(path.join(dir, 'b.txt'), 'date 2020-01-01\n\nThe quick red fox.\n\nIt ran away.');
  await writeFile(path.join(dir, 'c.txt'), 'date 2020-01-02\n\nThe quick red fox.');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('variorum collate', () => {
  it('prints the documented JSON shape, oldest first, the earliest as base', async () => {
    const result = await run('collate', dir, '--json');
    expect(result.code).toBe(1);
    const collation = JSON.parse(result.out) as JsonCollation;
    expect(Object.keys(collation)).toEqual(['witnesses', 'base', 'rows']);
    expect(collation.witnesses).toEqual([
      { id: 'w1', path: 'b.txt', title: 'The quick red fox.', date: '2020-01-01' },
      { id: 'w2', path: 'c.txt', title: 'The quick red fox.', date: '2020-01-02' },
      { id: 'w3', path: 'a.txt', title: 'The quick brown fox.', date: '2020-01-03' },
    ]);
    expect(collation.base).toBe('w1');
    expect(collation.rows[0]).toEqual({
      paragraphs: { w1: 0, w2: 0, w3: 0 },
      segments: [
        { readings: { w1: 'The quick ', w2: 'The quick ', w3: 'The quick ' } },
        { readings: { w1: 'red ', w2: 'red ', w3: 'brown ' } },
        { readings: { w1: 'fox.', w2: 'fox.', w3: 'fox.' } },
      ],
    });
    expect(collation.rows[1]!.paragraphs).toEqual({ w1: 1, w2: null, w3: 1 });
  });

  it('takes --base by file, and files in the order given when some are undated', async () => {
    const undated = path.join(dir, 'undated.txt');
    await writeFile(undated, 'The quick fox.');
    const files = [path.join(dir, 'a.txt'), undated, path.join(dir, 'c.txt')];
    const result = await run('collate', ...files, '--base', files[0]!, '--json');
    const collation = JSON.parse(result.out) as JsonCollation;
    expect(collation.witnesses.map((w) => path.basename(w.path))).toEqual(['a.txt', 'undated.txt', 'c.txt']);
    expect(collation.base).toBe('w1');
  });

  it('prints a readable apparatus, TEI, CSV and HTML', async () => {
    const text = await run('collate', dir);
    expect(text.out).toContain('red] 2020a 2020b; brown 2020c');
    expect(text.out).toContain('paragraph absent from 2020b: "It ran away."');
    const tei = await run('collate', dir, '--tei');
    expect(tei.out).toContain('<lem wit="#w2020a #w2020b">red </lem><rdg wit="#w2020c">brown </rdg>');
    expect((await run('collate', dir, '--csv')).out.split('\r\n')[0]).toBe(
      '\ufeffparagraph,unit,context,2020a (b.txt),2020b (c.txt),2020c (a.txt),transposed',
    );
    expect((await run('collate', dir, '--html')).out).toContain('<td class="differs">brown</td>');
  });

  it('carries transpositions in the JSON and names them in the readable apparatus', async () => {
    const one = path.join(dir, 'one.txt');
    const two = path.join(dir, 'two.txt');
    await writeFile(one, 'In the spring she sold the old house and moved to the coast.');
    await writeFile(two, 'She sold the old house in the spring and moved to the coast.');
    const json = JSON.parse((await run('collate', one, two, '--json')).out) as JsonCollation;
    const [move] = json.rows[0]!.transpositions!;
    expect(move!.witness).toBe('w2');
    const reading = (id: string, end: { segment: number; start: number; end: number }): string =>
      json.rows[0]!.segments[end.segment]!.readings[id]!.slice(end.start, end.end);
    expect(reading('w1', move!.base)).toBe('In the spring');
    expect(reading('w2', move!.witnessAt)).toBe('in the spring');
    expect((await run('collate', one, two)).out).toContain(
      '"In the spring" in another order (transposed): B',
    );
  });

  it('exits 0 when the witnesses agree and 2 on trouble', async () => {
    const same = path.join(dir, 'same.txt');
    await writeFile(same, 'date 2020-01-01\n\nThe quick red fox.\n\nIt ran away.');
    expect((await run('collate', path.join(dir, 'b.txt'), same)).code).toBe(0);
    const bad = await run('collate', path.join(dir, 'a.txt'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('two readable articles');
    expect((await run('collate', dir, '--json', '--tei')).code).toBe(2);
    expect((await run('collate', dir, '--base', 'nope.txt')).err).toContain('not one of the witnesses');
    expect((await run('collate', path.join(dir, 'missing.txt'), path.join(dir, 'a.txt'))).err).toContain(
      'no such file',
    );
  });
});

const CORPUS = SHARED_CORPUS;

describe.skipIf(!CORPUS)('variorum collate on the corpus', () => {
  it('keeps the Rossetti witnesses exact, line by line', async () => {
    const folder = path.join(CORPUS!, 'rossetti-blessed-damozel');
    const files = readdirSync(folder)
      .filter((file) => file.startsWith('damozel-'))
      .map((file) => path.join(folder, file));
    const result = await run('collate', ...files, '--no-clean', '--json');
    const collation = JSON.parse(result.out) as JsonCollation;
    const { readFileSync } = await import('node:fs');
    collation.witnesses.forEach((witness, k) => {
      expect(paragraphsOf(collation, witness.id)).toEqual(splitParagraphs(readFileSync(files[k]!, 'utf8')));
    });
  });
});
