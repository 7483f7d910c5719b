// CompareRunner: comparisons run in a real worker thread (the worker entry is bundled with
// esbuild for the test), report progress on long texts, and stop at once when cancelled.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText, editArticle, generateArticle } from '../bench/generate-texts';
import { compareTexts } from './compare';
import { CANCELLED_MESSAGE, CompareRunner, compareInProcess } from './compare-runner';

let folder: string;
let runner: CompareRunner;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-worker-'));
  const workerFile = path.join(folder, 'compare-worker.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: workerFile,
    logLevel: 'silent',
  });
  runner = new CompareRunner(workerFile);
});

afterAll(async () => {
  await runner.dispose();
  await rm(folder, { recursive: true, force: true });
});

const long = generateArticle(5, 60_000);
const longA = articleText(long);
const longB = articleText(editArticle(long, 0.1, 6));

describe('CompareRunner', () => {
  it('gives the same result as comparing in process', async () => {
    const a = 'Title\n\nThe council met on Monday.\n\nIt voted.';
    const b = 'Title\n\nThe council met on Tuesday.\n\nIt voted.';
    const options = { ignoreCase: true };
    expect(await runner.run({ a, b, options })).toEqual(compareTexts(a, b, options));
  });

  it('reports progress on long texts, rising to the end', async () => {
    const fractions: number[] = [];
    const result = await runner.run(
      { a: longA, b: longB, options: {} },
      { onProgress: (f) => fractions.push(f) },
    );
    expect(result.rows.length).toBeGreaterThan(100);
    expect(fractions.length).toBeGreaterThan(5);
    expect([...fractions].sort((x, y) => x - y)).toEqual(fractions);
    expect(fractions.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });

  it('stops a comparison when its signal aborts, and runs the next one', async () => {
    const controller = new AbortController();
    const cancelled = runner.run({ a: longA, b: longB, options: {} }, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toThrow(CANCELLED_MESSAGE);
    const next = await runner.run({
      a: 'One\n\nThe vote was close.',
      b: 'One\n\nThe vote was not close.',
      options: {},
    });
    expect(next.rows.map((row) => row.kind)).toEqual(['equal', 'changed']);
  });

  it('keeps a thread that finished its job for the next, and replaces one that was cancelled', async () => {
    // A stand-in thread that answers each job with its own thread id, after a pause.
    const echo = path.join(folder, 'thread-id-worker.cjs');
    await writeFile(
      echo,
      `const { parentPort, threadId } = require('node:worker_threads');
       parentPort.on('message', () => setTimeout(() => parentPort.postMessage({ type: 'result', result: threadId }), 50));`,
    );
    const threads = new CompareRunner(echo);
    try {
      const job = { a: '', b: '', options: {} };
      const ran = async (signal?: AbortSignal): Promise<unknown> => threads.run(job, { signal });
      const first = await ran();
      expect([await ran(), await ran()]).toEqual([first, first]);
      const controller = new AbortController();
      const cancelled = ran(controller.signal);
      controller.abort();
      await expect(cancelled).rejects.toThrow(CANCELLED_MESSAGE);
      const after = await ran();
      expect(after).not.toBe(first);
      expect(await ran()).toBe(after);
    } finally {
      await threads.dispose();
    }
  });

  it('forgets a spare thread that cannot start, and says why when a comparison is asked for', async () => {
    // Were the spare's error not listened for, it would be thrown in the process (and fail this run).
    const broken = new CompareRunner(path.join(folder, 'no-such-worker.cjs'));
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(broken.run({ a: 'x', b: 'y', options: {} })).rejects.toThrow(/Cannot find module/);
    } finally {
      await broken.dispose();
    }
  });

  it('stops threads that are failing to start, cancelled or disposed, without a stray error', async () => {
    // Their errors arrive after the job is cancelled or the runner disposed; unheard, Node would
    // throw them in the process (and fail this run). When they arrive depends on each thread's
    // start, so cancel and dispose at a spread of moments.
    const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    await Promise.all(
      Array.from({ length: 20 }, async (_, k) => {
        const broken = new CompareRunner(path.join(folder, 'no-such-worker.cjs'));
        const controller = new AbortController();
        const job = broken.run({ a: 'x', b: 'y', options: {} }, { signal: controller.signal });
        await pause(k);
        controller.abort();
        await expect(job).rejects.toThrow();
        await pause(k * 2);
        await broken.dispose();
      }),
    );
    await pause(300);
  });

  it('refuses to start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runner.run({ a: 'x', b: 'y', options: {} }, { signal: controller.signal })).rejects.toThrow(
      CANCELLED_MESSAGE,
    );
    await expect(
      compareInProcess({ a: 'x', b: 'y', options: {} }, { signal: controller.signal }),
    ).rejects.toThrow(CANCELLED_MESSAGE);
  });
});
