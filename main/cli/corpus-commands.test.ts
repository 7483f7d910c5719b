// `variorum matrix` and `variorum passages` through runCli: the documented JSON on the bundled
// samples and on the shared seeds (when present), the readable summary, and exit codes.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './index';
import type { MatrixJson, PassagesJson } from '../corpus/report';
import { corpusPath, SHARED_CORPUS } from '../testing/shared-corpus';

const SAMPLES = path.resolve(__dirname, '../../resources/samples');
const SEEDS = corpusPath('seeds');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('variorum matrix', () => {
  it('lists articles, pairs above --min highest first, and the groups oldest first', async () => {
    const result = await run('matrix', SAMPLES, '--json', '--min', '0.05');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as MatrixJson;
    expect(report.root).toBe(SAMPLES);
    expect(Object.keys(report.articles[0]!).sort()).toEqual([
      'date',
      'dateFrom',
      'dateIsFileTime',
      'path',
      'title',
      'words',
    ]);
    const similarities = report.pairs.map((pair) => pair.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    expect(similarities.every((value) => value >= 0.05)).toBe(true);
    // Original and copy state the same day; the overnight update comes after both.
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.orderedBy).toBe('date');
    expect(report.groups[0]!.articles.slice(0, 2).sort()).toEqual([
      '2026-03-02-harbour-courier-original.txt',
      'syndicated/2026-03-02-valley-wire-copy.txt',
    ]);
    expect(report.groups[0]!.articles[2]).toBe('2026-03-03-harbour-courier-updated.txt');
    const strict = JSON.parse((await run('matrix', SAMPLES, '--json', '--min=0.99')).out) as MatrixJson;
    expect(strict.pairs.length).toBeLessThan(report.pairs.length);
  });

  it.skipIf(!SHARED_CORPUS)(
    'groups the scraped copy with its original and keeps the reports apart',
    async () => {
      const report = JSON.parse((await run('matrix', SEEDS, '--json')).out) as MatrixJson;
      expect(report.groups.map((group) => group.articles.sort())).toEqual([
        ['000_ec51e3a349923cd4.txt', '001_43a9ed93a7d3cbb3.txt'],
      ]);
      const summary = await run('matrix', SEEDS);
      expect(summary.out).toContain('Group 1 (2 articles');
    },
  );

  it('exits with 2 and the usage on trouble', async () => {
    for (const argv of [
      ['matrix'],
      ['matrix', SAMPLES, '--min', 'x'],
      ['matrix', SAMPLES, '--bogus'],
      ['matrix', path.join(SAMPLES, 'nope')],
      ['passages', SAMPLES, '--min-words', '2'],
    ]) {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toContain('variorum passages DIR');
    }
  });
});

describe('variorum passages', () => {
  it.skipIf(!SHARED_CORPUS)(
    'finds the quotations the independent reports share, with code-point offsets',
    async () => {
      const report = JSON.parse((await run('passages', SEEDS, '--json')).out) as PassagesJson;
      const serious = report.passages.find((passage) => passage.text === 'serious and substantive');
      expect(serious).toMatchObject({ words: 3, quotation: true });
      const paths = serious!.occurrences.map((o) => o.path);
      expect(paths).toEqual(expect.arrayContaining(['002_76a816bf121e44fe.txt', '004_ea4afb7ed315c8b8.txt']));
      const summary = await run('passages', SEEDS);
      expect(summary.out).toMatch(/Quotation, 3 words, in \d articles: “serious and substantive”/);
    },
  );

  it('finds the quotations the sample write-ups share and anchors them exactly', async () => {
    const result = await run('passages', SAMPLES, '--json', '--min-words', '8');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as PassagesJson;
    expect(report.passages.length).toBeGreaterThan(0);
    expect(Object.keys(report.passages[0]!).sort()).toEqual(['occurrences', 'quotation', 'text', 'words']);
    expect(Object.keys(report.passages[0]!.occurrences[0]!).sort()).toEqual(['end', 'path', 'start']);
  });
});
