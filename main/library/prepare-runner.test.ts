// PrepareRunner in real worker threads (the entry is bundled with esbuild for the test): the
// same articles as preparing in process, a page past its budget given up with a reason, and a
// folder with a hostile page still listing its good files, whether opened or watched.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../../preload/contract';
import { Library } from './library';
import { prepareArticle } from './prepare-article';
import { inProcessPreparer, PrepareError, PrepareRunner } from './prepare-runner';
import { scanFolder } from './scan-folder';

let bundleDir: string;
let workerFile: string;
let runner: PrepareRunner;
let root: string;

beforeAll(async () => {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), 'variorum-prepare-worker-'));
  workerFile = path.join(bundleDir, 'prepare-worker.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'prepare-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: workerFile,
    logLevel: 'silent',
  });
  runner = new PrepareRunner(workerFile, { threads: 2 });
});

afterAll(async () => {
  await runner.dispose();
  await rm(bundleDir, { recursive: true, force: true });
});

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'variorum-prepare-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const nested = (levels: number): string =>
  `<html><body>${'<div>'.repeat(levels)}<p>Deep text.</p>${'</div>'.repeat(levels)}</body></html>`;
/** Under the depth cap but slow for Readability: many chains 120 levels deep (some ten seconds of work, far past the tests' budget). */
const slowPage = `<html><body>${`${'<div>'.repeat(120)}Some words here. ${'</div>'.repeat(120)}`.repeat(250)}</body></html>`;

const PAGE =
  '<html><head><title>Bridge report | Courier</title><meta property="og:site_name" content="Courier"></head>' +
  '<body><article><h1>Bridge report</h1><p>The inspectors found cracks in the deck and the handrails.</p>' +
  '</article><script>alert(1)</script></body></html>';

describe('PrepareRunner', { timeout: 30_000 }, () => {
  it('prepares pages and Markdown exactly as in process', async () => {
    for (const file of [
      { format: 'html' as const, text: PAGE, fileName: 'bridge.html', modifiedMs: 0 },
      { format: 'md' as const, text: '# Title\n\nA *paragraph*.\n', fileName: 'a.md' },
      { format: 'txt' as const, text: 'Plain\n\nText.\n', fileName: 'a.txt' },
    ]) {
      expect(await runner.prepare(file)).toEqual(prepareArticle(file));
    }
  });

  it('refuses 10,000 nested levels with "page too complex to read"', async () => {
    const error = await runner
      .prepare({ format: 'html', text: nested(10_000), fileName: 'deep.html' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrepareError);
    expect((error as Error).message).toMatch(/^page too complex to read/);
  });

  it('gives up a page past its budget, then keeps working', async () => {
    const tight = new PrepareRunner(workerFile, { budgetMs: 2000, threads: 1 });
    try {
      const error = await tight
        .prepare({ format: 'html', text: slowPage, fileName: 'slow.html' })
        .catch((e: unknown) => e);
      expect((error as Error).message).toBe('page too complex to read (not done after 2 s)');
      expect((await tight.prepare({ format: 'md', text: '# Next\n', fileName: 'n.md' })).metadata.title).toBe(
        'Next',
      );
    } finally {
      await tight.dispose();
    }
  });
});

describe('a folder with hostile pages', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await writeFile(path.join(root, 'good.txt'), 'Good headline\n\nBody text.\n');
    await writeFile(path.join(root, 'page.html'), PAGE);
    await writeFile(path.join(root, 'deep.html'), nested(10_000));
  });

  it('lists the good files and skips the deep page, through worker threads and in process', async () => {
    for (const preparer of [runner, inProcessPreparer]) {
      const scan = await scanFolder(root, { preparer });
      expect(scan.articles.map((a) => a.summary.path)).toEqual(['good.txt', 'page.html']);
      expect(scan.skipped).toEqual([
        { path: 'deep.html', reason: 'page too complex to read (nested more than 128 levels deep)' },
      ]);
      expect(scan.state.state).toBe('complete');
    }
  });

  it('skips a page past its budget and reads the rest of the folder', async () => {
    await writeFile(path.join(root, 'slow.html'), slowPage);
    const tight = new PrepareRunner(workerFile, { budgetMs: 2000, threads: 1 });
    try {
      const scan = await scanFolder(root, { preparer: tight });
      expect(scan.articles.map((a) => a.summary.path)).toEqual(['good.txt', 'page.html']);
      expect(scan.skipped.map((file) => [file.path, file.reason.replace(/\(.*/, '')])).toEqual([
        ['deep.html', 'page too complex to read '],
        ['slow.html', 'page too complex to read '],
      ]);
    } finally {
      await tight.dispose();
    }
  });

  it.skipIf(process.platform !== 'linux')(
    'lists a deep page, a FIFO and a name that is not UTF-8 dropped into a watched folder as skipped',
    { timeout: 20_000 },
    async () => {
      const changes: LibrarySnapshot[] = [];
      const library = new Library({ preparer: runner, onChange: (snapshot) => changes.push(snapshot) });
      await library.open(root);
      try {
        await writeFile(path.join(root, 'dropped.html'), nested(10_000));
        execFileSync('mkfifo', [path.join(root, 'dropped-pipe.txt')]);
        // Latin-1 "café.txt": not UTF-8, so the name Node reports names nothing on disk.
        writeFileSync(
          Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9, 0x2e, 0x74, 0x78, 0x74])]),
          'x',
        );
        await expect
          .poll(() => (changes.at(-1)?.skipped.map((file) => file.path) ?? []).sort(), { timeout: 15_000 })
          .toEqual(['caf\uFFFD.txt', 'deep.html', 'dropped-pipe.txt', 'dropped.html']);
        const last = changes.at(-1)!;
        expect(last.articles.map((a) => a.path)).toEqual(['good.txt', 'page.html']);
        expect(last.skipped.find((file) => file.path === 'dropped.html')?.reason).toMatch(
          /^page too complex/,
        );
        expect(last.skipped.find((file) => file.path === 'dropped-pipe.txt')?.reason).toMatch(/named pipe/);
        expect(last.skipped.find((file) => file.path === 'caf\uFFFD.txt')?.reason).toMatch(/not valid UTF-8/);
      } finally {
        library.close();
      }
    },
  );
});
