// Benchmarks reading a folder of 5,000 generated articles (300–3,000 words): the full scan
// and the time to the first 100 rows, against a plain fs.readFile loop over the same files in
// the same run (the ratio is the figure).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scanFolder } from '../library/scan-folder';
import { articleText, generateArticle, seededRandom } from './generate-texts';

const FILES = 5_000;

async function makeFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-bench-library-'));
  const random = seededRandom(99);
  for (let i = 0; i < FILES; i++) {
    const words = 300 + Math.floor(random() * 2_700);
    const text = `Article ${i}\n\nsource: Bench Wire\ndate 2026-01-${String(1 + (i % 28)).padStart(2, '0')}\n\n${articleText(generateArticle(1_000 + i, words))}`;
    await writeFile(path.join(folder, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
  return folder;
}

async function plainReadLoop(folder: string): Promise<number> {
  const start = performance.now();
  for (const name of await readdir(folder)) await readFile(path.join(folder, name), 'utf8');
  return performance.now() - start;
}

async function scan(folder: string): Promise<{ total: number; firstRows: number }> {
  const start = performance.now();
  let firstRows = 0;
  await scanFolder(folder, {
    onProgress: () => {
      firstRows ||= performance.now() - start;
    },
  });
  return { total: performance.now() - start, firstRows };
}

export async function runLibraryBench(log: (line: string) => void): Promise<void> {
  log(`\nLibrary scan: ${FILES.toLocaleString()} generated articles of 300–3,000 words`);
  const folder = await makeFolder();
  try {
    await plainReadLoop(folder); // warm the page cache for both
    const rounds = 3;
    const ratios: number[] = [];
    const scans: number[] = [];
    const firsts: number[] = [];
    const plains: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const plain = await plainReadLoop(folder);
      const result = await scan(folder);
      plains.push(plain);
      scans.push(result.total);
      firsts.push(result.firstRows);
      ratios.push(result.total / plain);
    }
    const median = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1]!;
    log(`  plain fs.readFile loop: ${median(plains).toFixed(0)} ms`);
    log(
      `  Variorum scan (decode, metadata, hash, clean): ${median(scans).toFixed(0)} ms, ` +
        `${((FILES / median(scans)) * 1000).toFixed(0)} files/s, ${median(ratios).toFixed(2)}× the plain loop`,
    );
    log(`  first 100 rows after ${median(firsts).toFixed(0)} ms`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
