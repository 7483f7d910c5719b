// Small layout faults, each measured: the folder's name is readable (and its full path in the
// tooltip) at every width, the window never scrolls as a whole (the change strip's last mark
// used to hang 3 px below it), and sentence mode says what its counts count.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

/** 400 short paragraphs, the last one edited: a change at the very end of a long pair. */
const longText = (last: string): string =>
  `Tide tables\n\n${Array.from({ length: 400 }, (_, index) => `Paragraph ${index} of the tables records harbours and tides. The ferry sails at dawn.`).join('\n\n')}\n\n${last}\n`;

/** How far the page as a whole overflows the window (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    down: document.documentElement.scrollHeight - window.innerHeight,
    across: document.documentElement.scrollWidth - window.innerWidth,
  }));

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height}: folder name readable, no overflow, sentence counts named`, async ({
    launch,
    makeFolder,
  }) => {
    const folder = await makeFolder({
      'tides-a.txt': longText('The tables end here.'),
      'tides-b.txt': longText('The tables end here, revised.'),
    });
    const { page } = await launch({ folder, viewport });
    const workbench = new Workbench(page);
    await expect(workbench.stats()).toContainText('% similar');
    // Every row listed, so the strip's last mark stands at the very end of the strip.
    await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
    await expect(page.locator('.overview-mark')).toHaveCount(1);
    await expect.poll(() => overflow(page)).toEqual({ down: 0, across: 0 });
    const strip = await page.locator('.overview').boundingBox();
    const mark = await page.locator('.overview-mark').boundingBox();
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(strip!.y + strip!.height);
    expect(mark!.y).toBeGreaterThan(strip!.y + strip!.height - 10);

    // The folder's name, whole, with where it is in the tooltip (the list is a drawer when narrow).
    if (viewport.width < 1280) await page.keyboard.press('Control+b');
    const name = workbench.folderName();
    await expect(name).toHaveText(path.basename(folder));
    await expect(name).toHaveAttribute('title', folder);
    const cut = await name.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(cut).toBe(false);
    await workbench.screenshot(`comfort-folder-name-${viewport.width}`);
    if (viewport.width < 1280) await page.keyboard.press('Escape');

    // Sentence mode: the counts say they are words of whole changed sentences.
    await page.getByRole('radio', { name: 'Sentence' }).check();
    await expect(workbench.stats()).toContainText(/\+[\d,]+ words in added sentences/);
    await expect(workbench.stats()).toContainText(/−[\d,]+ in removed sentences/);
    await expect(workbench.stats().locator('.stat-insert')).toHaveAttribute('title', /Compared by sentence/);
    await workbench.screenshot(`comfort-sentence-counts-${viewport.width}`);
    await page.getByRole('radio', { name: 'Word' }).check();
    await expect(workbench.stats()).toContainText(/\+[\d,]+ words added/);
  });
}
