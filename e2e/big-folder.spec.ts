// A big folder stays responsive: 2,504 generated files open with no long task over 100 ms in
// the page (a PerformanceObserver for 'longtask' watches the whole load), the list is windowed
// yet complete (its count, every row reachable by scrolling), and keys and version steps keep
// the chosen row on screen.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BIG_FOLDER_FILES, writeBigFolder } from './big-folder';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

/** A long task is at least 50 ms; the bar for a frame is 100 ms. */
const LONGEST_FRAME_MS = 100;

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = window as unknown as { longTasks: number[] };
    store.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

const longTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

const fileNameOf = (relative: string): string => relative.slice(relative.lastIndexOf('/') + 1);

test('a folder of 2,504 files loads without a long frame, windowed and complete', async ({
  launch,
  makeFolder,
}) => {
  test.setTimeout(240_000);
  const start = await makeFolder({ 'only.txt': 'Only one\n\nNothing to compare yet.\n' });
  const big = await makeFolder({});
  const written = (await writeBigFolder(big)).sort((a, b) => a.localeCompare(b));
  const app = await launch({ folder: start });
  const { page } = app;
  const workbench = new Workbench(page);
  await expect(workbench.folderName()).toHaveText(path.basename(start));

  await watchLongTasks(page);
  await app.chooseFolderNext(big);
  await workbench.openFolderButton().click();
  // The first rows show while the rest is read.
  await expect(page.getByText(/Reading [\d,]+ of 2,504 files/)).toBeVisible({ timeout: 60_000 });
  await expect(workbench.articles().first()).toBeVisible();
  await expect(page.locator('.library-legend')).toContainText(
    `${BIG_FOLDER_FILES.toLocaleString('en-US')} articles`,
    {
      timeout: 180_000,
    },
  );
  await expect(page.locator('.scan-progress')).toHaveCount(0);
  const duringLoad = await longTasks(page);
  console.log(
    `long tasks while ${BIG_FOLDER_FILES} files loaded: ${duringLoad.length}, longest ${Math.max(0, ...duringLoad)} ms`,
  );
  expect(duringLoad.filter((duration) => duration > LONGEST_FRAME_MS)).toEqual([]);

  // Windowed: a screenful of rows (and a margin) is in the DOM, each saying its place in all.
  const rendered = await workbench.articles().count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);
  await expect(workbench.articles().first()).toHaveAttribute('aria-setsize', String(BIG_FOLDER_FILES));
  await expect(workbench.article(fileNameOf(written[0]!))).toBeVisible();

  // Complete: the last file is there at the bottom of the scroll.
  // Rows are measured as they come into view, so the list's height settles as one scrolls.
  const scroller = page.locator('.article-scroller');
  const toEnd = (): Promise<number> =>
    scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = workbench.article(fileNameOf(written.at(-1)!));
  await expect(async () => {
    await toEnd();
    await expect(last).toBeInViewport({ timeout: 500 });
  }).toPass();
  await expect(last).toHaveAttribute('aria-posinset', String(BIG_FOLDER_FILES));
  await workbench.screenshot('big-folder-end');

  // Back at the top, pick A and B; the arrow keys walk B down past the rows first rendered.
  await scroller.evaluate((element) => (element.scrollTop = 0));
  await workbench.pick('left', fileNameOf(written[0]!));
  await workbench.pick('right', fileNameOf(written[1]!));
  await workbench
    .article(fileNameOf(written[1]!))
    .getByRole('radio', { name: /on the right/ })
    .focus();
  for (let step = 0; step < 40; step++) await page.keyboard.press('ArrowDown');
  const walkedTo = workbench.article(fileNameOf(written[41]!));
  await expect(workbench.header('B')).toContainText(fileNameOf(written[41]!));
  await expect(walkedTo).toBeInViewport();
  await expect(walkedTo.getByRole('radio', { name: /on the right/ })).toBeFocused();

  // A version step from the keyboard (]) scrolls the new pair's rows into view.
  await toEnd();
  await page.keyboard.press(']');
  await expect(workbench.header('B')).toContainText(fileNameOf(written[42]!));
  await expect(workbench.article(fileNameOf(written[42]!))).toBeInViewport();
  await workbench.screenshot('big-folder-walked');
});
