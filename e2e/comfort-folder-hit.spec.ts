// Find in folder → Open as A/B lands on the hit: the opened pair scrolls to the hit itself and
// paints it, even at the end of a long paragraph far down; and an article already open is
// never put opposite itself: its hits are shown where it already is.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const LONG_SENTENCE = 'the keeper walked the long gallery again and trimmed the wicks. ';

/** 400 paragraphs; at `at`, a paragraph of about 1,400 words ending in the phrase found. */
function longLog(title: string, at: number | null, variant: string): string {
  const paragraphs = Array.from({ length: 400 }, (_, index) =>
    index === at
      ? `Paragraph ${index}: ${LONG_SENTENCE.repeat(120)}then logged a green flash at dusk.`
      : `Paragraph ${index} of the log records harbours, tides and ferries in plain words. `.repeat(
          index % 7 === 0 ? 12 : 3,
        ) + (index === 5 ? variant : ''),
  );
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Where the current find hit is drawn, against the comparison's scrolling box. */
function currentHitBox(page: Page) {
  return page.evaluate(() => {
    const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...(highlights.get('find-current') ?? [])][0];
    const view = document.querySelector('.compare-scroll')!.getBoundingClientRect();
    const box = range?.getBoundingClientRect();
    return {
      text: range?.toString() ?? null,
      inView: box ? box.top >= view.top && box.bottom <= view.bottom : false,
    };
  });
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`a folder hit at the end of a long paragraph far down opens in view at ${viewport.width}×${viewport.height}; an open article is shown in place`, async ({
    launch,
    makeFolder,
  }) => {
    test.setTimeout(60_000);
    const folder = await makeFolder({
      'a-log.txt': longLog('Harbour log, first', 20, 'first'),
      'b-log.txt': longLog('Harbour log, second', null, 'second'),
      'c-log.txt': longLog('Harbour log, third', 300, 'third'),
    });
    const { page } = await launch({ folder, viewport });
    const workbench = new Workbench(page);
    // The first two articles by name are compared at once: a-log (A) with b-log (B).
    await expect(workbench.header('B')).toContainText('b-log.txt');
    await expect(workbench.stats()).toContainText('% similar');
    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: 'Find in A and B' });
    await input.fill('green flash');
    await page.getByRole('button', { name: 'Find in folder' }).click();
    const results = page.getByRole('region', { name: 'Hits in the folder' });
    await expect(results).toContainText('2 hits in 2 articles');
    // A's own hit offers only to be shown in A, and says why there is no "Open as B".
    const inA = results.getByRole('listitem').filter({ hasText: 'a-log.txt' }).first();
    await expect(inA).toContainText('open as A: its hits are shown there, not compared with itself');
    await expect(inA.getByRole('button', { name: /^Open as/ })).toHaveCount(0);
    await workbench.screenshot(`comfort-folder-hits-${viewport.width}`);

    await results.getByRole('button', { name: /^Open as B: “Harbour log, third”/ }).click();
    await expect(workbench.header('B')).toContainText('c-log.txt');
    await expect(page.getByTestId('find-count')).toHaveText('2 of 2');
    // The hit itself, not only its 1,400-word row, is on screen and painted.
    await expect.poll(() => currentHitBox(page)).toEqual({ text: 'green flash', inView: true });
    await workbench.screenshot(`comfort-folder-hit-opened-${viewport.width}`);

    // Now A's hit: shown in A, the pair unchanged (A is not compared with itself).
    await page.getByRole('button', { name: 'Find in folder' }).click();
    await results.getByRole('button', { name: /^Show in A: “Harbour log, first”/ }).click();
    await expect(page.getByTestId('find-count')).toHaveText('1 of 2');
    await expect(workbench.header('A')).toContainText('a-log.txt');
    await expect(workbench.header('B')).toContainText('c-log.txt');
    await expect.poll(() => currentHitBox(page)).toEqual({ text: 'green flash', inView: true });
  });
}
