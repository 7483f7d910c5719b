// The overview in the app: the real worker thread (bundled for the test) answers twice in a
// row and keeps its caches, cancelling stops a run, and the service re-reads only the files
// that changed and answers from its cache when nothing did.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, OverviewPreview } from '../../preload/contract';
import { articleText, editArticle, generateArticle } from '../bench/generate-texts';
import { CorpusAnalyser, type CorpusDoc } from './analyse';
import { CorpusRunner, OVERVIEW_CANCELLED } from './corpus-runner';
import { OverviewService, type OverviewLibrary } from './overview-service';

let folder: string;
let runner: CorpusRunner;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-corpus-worker-'));
  const workerFile = path.join(folder, 'corpus-worker.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'corpus-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: workerFile,
    logLevel: 'silent',
  });
  runner = new CorpusRunner(workerFile);
});

afterAll(async () => {
  await runner.dispose();
  await rm(folder, { recursive: true, force: true });
});

const base = generateArticle(1, 600);
const texts = [
  articleText(base),
  articleText(editArticle(base, 0.1, 2)),
  articleText(generateArticle(3, 600)),
];

const corpusDoc = (text: string, i: number): CorpusDoc => ({
  key: `k${i}:${text.length}`,
  path: `${i}.txt`,
  title: `${i}`,
  text,
  date: null,
  dateFrom: null,
  dateIsFileTime: true,
});

const summary = (id: string, hash: string): ArticleSummary => ({
  id,
  path: `${id}.txt`,
  title: id,
  source: null,
  date: null,
  dateFrom: null,
  dateIsFileTime: true,
  author: null,
  words: 0,
  bytes: 0,
  format: 'txt',
  encoding: 'utf-8',
  warnings: [],
  cleaning: { blocks: 0, words: 0 },
  contentHash: hash,
  fileHash: hash,
  repair: null,
});

describe('CorpusRunner', () => {
  it('gives what the analyser gives, run after run in one worker', async () => {
    const docs = texts.map(corpusDoc);
    const expected = new CorpusAnalyser().analyse(docs);
    expect(await runner.run(docs, 8)).toEqual(expected);
    // The second time the worker already holds the texts: only keys are sent.
    const stages: string[] = [];
    expect(await runner.run(docs, 8, { onProgress: (stage) => stages.push(stage) })).toEqual(expected);
    expect(stages).toContain('passages');
  });

  it('stops when cancelled and still answers afterwards', async () => {
    const many = Array.from({ length: 400 }, (_, i) => corpusDoc(`${texts[i % 3]!} number ${i}`, i + 10));
    const controller = new AbortController();
    const run = runner.run(many, 8, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toThrow(OVERVIEW_CANCELLED);
    const docs = texts.map(corpusDoc);
    expect((await runner.run(docs, 8)).groups).toHaveLength(1);
  });
});

describe('OverviewService', () => {
  it('loads only changed articles, and answers from its cache when nothing changed', async () => {
    let articles = texts.map((_, i) => summary(`a${i}`, `h${i}`));
    let contents = [...texts];
    const loads: string[] = [];
    const library: OverviewLibrary = {
      snapshot: () => ({ articles }),
      load: async (id) => {
        loads.push(id);
        const index = articles.findIndex((article) => article.id === id);
        return { summary: articles[index]!, text: contents[index]! };
      },
    };
    let runs = 0;
    const analyser = new CorpusAnalyser();
    const service = new OverviewService(library, async (docs) => {
      runs++;
      return analyser.analyse(docs);
    });
    const first = await service.overview(8, { onProgress: () => {} });
    expect(first.groups).toHaveLength(1);
    expect([...first.groups[0]!.articles].sort()).toEqual(['a0', 'a1']);
    expect(first.groups[0]!.orderedBy).toBe('content');
    expect(await service.overview(8, { onProgress: () => {} })).toBe(first);
    expect(runs).toBe(1);
    expect(loads).toEqual(['a0', 'a1', 'a2']);

    contents = [texts[0]!, texts[1]!, texts[0]!];
    articles = [articles[0]!, articles[1]!, summary('a2', 'h2-edited')];
    const second = await service.overview(8, { onProgress: () => {} });
    expect(loads).toEqual(['a0', 'a1', 'a2', 'a2']);
    expect(second.groups[0]!.articles.sort()).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('OverviewService previews', () => {
  // Forty articles: chains of three versions, and articles of their own.
  const many = Array.from({ length: 40 }, (_, i) =>
    i % 4 === 3
      ? articleText(generateArticle(200 + i, 300))
      : articleText(editArticle(generateArticle(100 + Math.floor(i / 4), 300), 0.05 * (i % 4), i)),
  );
  const summaries = many.map((_, i) => summary(`m${i}`, `mh${i}`));
  const library = (hashes: string[]): OverviewLibrary => ({
    snapshot: () => ({ articles: summaries.map((article, i) => ({ ...article, contentHash: hashes[i]! })) }),
    load: async (id) => {
      const index = Number(id.slice(1));
      return { summary: summaries[index]!, text: many[index]! };
    },
  });

  it('shows the first articles read, then the groups, before the full answer; only when mostly unread', async () => {
    let hashes = summaries.map((article) => article.contentHash);
    const service = new OverviewService(
      library(hashes),
      (docs, minWords, options) => runner.run(docs, minWords, options),
      { above: 20, afterMs: 0, maxArticles: 1000 },
    );
    const previews: OverviewPreview[] = [];
    const final = await service.overview(8, { onProgress: () => {}, onPreview: (p) => previews.push(p) });
    // The first batch of articles read, then the whole folder before its passages.
    expect(previews.map((p) => [p.analysed, p.total])).toEqual([
      [16, 40],
      [40, 40],
    ]);
    expect(previews[0]!.overview.articles).toEqual(summaries.slice(0, 16).map((article) => article.id));
    expect(previews[0]!.overview.groups.length).toBeGreaterThan(0);
    expect(previews[0]!.overview.passages).toEqual([]);
    expect(previews[1]!.overview).toEqual({ ...final, passages: [] });
    expect(final.articles).toHaveLength(40);
    expect(final.groups.length).toBe(10);

    // One file changed: the rest is known, so no preview of the first articles.
    hashes = hashes.map((hash, i) => (i === 5 ? `${hash}-edited` : hash));
    const again = new OverviewService(
      library(hashes),
      (docs, minWords, options) => runner.run(docs, minWords, options),
      { above: 20, afterMs: 0, maxArticles: 1000 },
    );
    await again.overview(8, { onProgress: () => {} });
    previews.length = 0;
    hashes[6] = 'mh6-edited';
    await again.overview(8, { onProgress: () => {}, onPreview: (p) => previews.push(p) });
    expect(previews.map((p) => p.analysed)).toEqual([40]);
  });
});

describe('the overview methods over IPC', () => {
  it('validate their arguments and reach the service', async () => {
    const { createHandlers } = await import('../ipc/index');
    const calls: number[] = [];
    let cancelled = 0;
    const handlers = createHandlers({
      overview: {
        overview: async (minWords: number) => {
          calls.push(minWords);
          return { articles: [], pairs: [], groups: [], passages: [] };
        },
        cancel: () => void cancelled++,
      },
    } as unknown as Parameters<typeof createHandlers>[0]);
    await handlers.overview({});
    await handlers.overview({ minWords: 12 });
    expect(calls).toEqual([8, 12]);
    await expect(handlers.overview({ minWords: 2 })).rejects.toThrow(/Invalid request to overview/);
    await expect(handlers.overview({ path: '/etc' })).rejects.toThrow(/Invalid request to overview/);
    await expect(handlers.overview()).rejects.toThrow(/takes one argument/);
    await handlers.cancelOverview();
    expect(cancelled).toBe(1);
    await expect(handlers.cancelOverview('x')).rejects.toThrow(/takes no arguments/);
  });
});
