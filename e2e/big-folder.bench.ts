// Renderer benchmark: opening a folder of 2,504 generated files in the app until its list is
// complete on screen, against `variorum scan` (the built CLI, as a whole process) on the same
// folder in the same run; the ratio is the figure (target ≤ 2×). Also the longest long task
// the page had while the list loaded.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BIG_FOLDER_FILES, writeBigFolder } from './big-folder';
import { test } from './fixtures';
import { Workbench } from './pages/workbench';

const ROUNDS = 3;
const CLI = path.resolve(__dirname, '../out/main/cli.js');

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1]!;

function timeScan(folder: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'scan', folder], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`variorum scan failed: ${result.stderr.toString().trim()}`);
  return performance.now() - start;
}

/** Clicks Open folder… and waits, in the page, until the whole list is shown. */
async function timeList(page: Page): Promise<{ ms: number; longTasks: number[] }> {
  return page.evaluate(async (files) => {
    const longTasks: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open folder…')!;
    const start = performance.now();
    button.click();
    const ms = await new Promise<number>((resolve) => {
      const check = (): void => {
        const legend = document.querySelector('.library-legend')?.textContent ?? '';
        const done = legend.includes(`${files} articles`) && !document.querySelector('.scan-progress');
        if (done && document.querySelector('[data-testid="article"]')) resolve(performance.now() - start);
        else requestAnimationFrame(check);
      };
      check();
    });
    return { ms, longTasks };
  }, BIG_FOLDER_FILES);
}

test('big folder: list complete vs variorum scan', async ({ launch, makeFolder }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-bench-big-'));
  try {
    await writeBigFolder(folder);
    timeScan(folder); // warms the page cache for both
    const scans: number[] = [];
    const lists: number[] = [];
    const ratios: number[] = [];
    let longest = 0;
    let longTaskCount = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const scan = timeScan(folder);
      const start = await makeFolder({ 'only.txt': 'Only one\n\nNothing to compare yet.\n' });
      const app = await launch({ folder: start });
      const workbench = new Workbench(app.page);
      await workbench.articles().first().waitFor();
      await app.chooseFolderNext(folder);
      const list = await timeList(app.page);
      scans.push(scan);
      lists.push(list.ms);
      ratios.push(list.ms / scan);
      longest = Math.max(longest, ...list.longTasks);
      longTaskCount += list.longTasks.length;
    }
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `\nBig folder: ${BIG_FOLDER_FILES.toLocaleString('en')} generated files, ${ROUNDS} rounds (medians)`,
    );
    console.log(`  variorum scan (whole process): ${seconds(median(scans))}`);
    console.log(`  app, Open folder… to the whole list on screen: ${seconds(median(lists))}`);
    console.log(
      `  ratio list ÷ scan: ${median(ratios).toFixed(2)}× (target ≤ 2×); by round ${ratios.map((ratio) => `${ratio.toFixed(2)}×`).join(', ')}`,
    );
    console.log(
      `  long tasks while loading: ${longTaskCount} in ${ROUNDS} rounds, longest ${Math.round(longest)} ms (target: none over 100 ms)`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
