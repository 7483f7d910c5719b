// Find (Ctrl/⌘+F) searches the comparison's model, not the page: a word in a row the windowed
// list has not rendered is found, counted, scrolled to and highlighted. Find in folder lists
// every article's hits and opens one as A or B at that place.
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

/** A long pair: 400 paragraphs, so most rows are outside the rendered window. */
function longText(edit: boolean): string {
  const paragraphs = Array.from({ length: 400 }, (_, index) =>
    index === 377
      ? `Paragraph ${index}: the Zürich delegation ${edit ? 'finally signed' : 'signed'} the accord.`
      : index === 250
        ? `Paragraph ${index} mentions Zurich once, unchanged.`
        : `Paragraph ${index} of the report talks about harbours, tides and ferries in plain words.`,
  );
  return `Long report\n\n${paragraphs.join('\n\n')}\n`;
}

test('finds words outside the rendered rows, steps through them and highlights the current one', async ({
  launch,
  makeFolder,
}) => {
  test.setTimeout(60_000);
  const folder = await makeFolder({
    'a-long.txt': longText(false),
    'b-long.txt': longText(true),
    'c-other.txt': 'Other note\n\nA ZURICH dateline and a zurich postscript.\n',
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await workbench.pick('left', 'a-long.txt');
  await workbench.pick('right', 'b-long.txt');
  await expect(workbench.stats()).toContainText('% similar');
  // Every row is listed (none folded), so the list is windowed.
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  // The row with the word is not in the page yet.
  await expect(page.locator('.cell-text', { hasText: 'Zürich delegation' })).toHaveCount(0);

  await page.keyboard.press('Control+f');
  const input = page.getByRole('searchbox', { name: 'Find in A and B' });
  await expect(input).toBeFocused();
  await input.fill('zurich');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText('4 found');
  await input.press('Enter');
  await expect(count).toHaveText('1 of 4');
  await expect(page.locator('.cell-left .cell-text', { hasText: 'mentions Zurich' })).toBeInViewport();
  await input.press('Enter');
  await input.press('Enter');
  await expect(count).toHaveText('3 of 4');
  // Scrolled there: the row is rendered, and the current hit is painted on A's side.
  const row = page.locator('.cell-left .cell-text', { hasText: 'Zürich delegation' });
  await expect(row).toBeInViewport();
  const painted = () =>
    page.evaluate(() => {
      const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(highlights.get('find-current') ?? [])].map((range) => range.toString());
    });
  await expect.poll(painted).toEqual(['Zürich']);
  await workbench.screenshot('comfort-find-current');
  // Inline too: the merged row's text of A's side carries the same hit.
  await page.getByRole('radio', { name: 'Inline' }).check();
  await expect.poll(painted).toEqual(['Zürich']);
  await workbench.screenshot('comfort-find-inline');
  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect.poll(painted).toEqual(['Zürich']);

  await input.press('Enter');
  await expect(count).toHaveText('4 of 4');
  await input.press('Shift+Enter');
  await expect(count).toHaveText('3 of 4');
  await input.press('Enter');
  await input.press('Enter');
  await expect(count).toHaveText('1 of 4'); // wraps round

  // Match diacritics: "zurich" is no longer "Zürich".
  await page.getByRole('checkbox', { name: 'Match diacritics' }).check();
  await expect(count).toHaveText('2 found');
  await page.getByRole('checkbox', { name: 'Match diacritics' }).uncheck();
  await page.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(count).toHaveText('No results');
  await input.fill('Paragraph 12 ');
  await expect(count).toHaveText('2 found');
  await page.getByRole('checkbox', { name: 'Match case' }).uncheck();

  // Find in folder: every article, with snippets; open the third file's second hit as B.
  await input.fill('zurich');
  await page.getByRole('button', { name: 'Find in folder' }).click();
  const results = page.getByRole('region', { name: 'Hits in the folder' });
  await expect(results).toContainText('6 hits in 3 articles');
  await expect(results.getByTestId('folder-hit')).toHaveCount(6);
  await expect(results).toContainText('(c-other.txt)');
  await workbench.screenshot('comfort-find-in-folder');
  await results
    .getByTestId('folder-hit')
    .filter({ hasText: 'postscript' })
    .last()
    .getByRole('button', { name: 'Open as B' })
    .click();
  await expect(workbench.header('B')).toContainText('Other note');
  await expect(count).toHaveText(/^\d of \d$/);
  await expect.poll(painted).toEqual(['zurich']);

  // Escape closes the bar and its highlights.
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await expect.poll(painted).toEqual([]);
});
