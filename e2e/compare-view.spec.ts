// The compare view as a reader uses it: stepping through changes, options, folding, inline
// mode, version stepping, themes, the shortcuts sheet, and a long pair that stays responsive.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleText, editArticle, generateArticle } from '../main/bench/generate-texts';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const UPDATED = '2026-03-03-harbour-courier-updated.txt';
const SYNDICATED = 'valley-wire-copy.txt';

test('steps through the changes edit by edit, and paragraph by paragraph with Shift', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', UPDATED);
  const counter = page.getByTestId('change-counter');
  // 8 changed paragraphs hold 11 edits: one per run of changed words, one per whole paragraph
  // added or removed, one per move.
  await expect(counter).toHaveText('11 changes');
  await expect(workbench.stats()).toContainText('11 edits');
  await expect(workbench.stats()).toContainText('8 paragraphs changed');
  await expect(page.locator('.overview-mark')).toHaveCount(11);
  const currentChange = page.locator('.is-current-change');

  await page.keyboard.press('n');
  await expect(counter).toHaveText('Change 1 of 11');
  await expect(page.locator('.row.is-current')).toContainText('Calderport');
  await expect(currentChange).toHaveText(['shuts', 'closes']);
  await page.keyboard.press('F7');
  // The same paragraph's second edit.
  await expect(counter).toHaveText('Change 2 of 11');
  await expect(currentChange).toHaveText(['for months']);
  await page.keyboard.press('Alt+ArrowDown');
  // A moved paragraph is one change, where it lands in B.
  await expect(counter).toHaveText('Change 3 of 11');
  await expect(page.locator('.row.is-current')).toHaveAttribute('data-kind', 'moved');
  await page.keyboard.press('Shift+N');
  await expect(counter).toHaveText('Change 4 of 11');
  await expect(currentChange).toHaveText(['$4.8', '$8.4']);
  await page.keyboard.press('Shift+P');
  await expect(counter).toHaveText('Change 3 of 11');
  await page.keyboard.press('Shift+P');
  // By paragraph: to the first edit of the previous changed paragraph.
  await expect(counter).toHaveText('Change 1 of 11');
  await page.getByRole('button', { name: 'Previous change' }).click();
  // Going back past the first change wraps to the last.
  await expect(counter).toHaveText('Change 11 of 11');
  await expect(page.locator('.row.is-current')).toContainText('Correction:');
  await expect(page.locator('.overview-mark.is-current')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next paragraph with changes' }).click();
  await expect(counter).toHaveText('Change 1 of 11');

  // A move is one change, where it lands in B; its link goes to where it left A.
  await page.getByRole('button', { name: /Was elsewhere in A/ }).click();
  await expect(
    workbench.rows('moved').filter({ has: page.locator('.cell-left .cell-text') }),
  ).toBeInViewport();
  await workbench.screenshot('05-moved-paragraph');
});

test('ignore options change what counts as changed, and persist', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', SYNDICATED);
  // Unchanged rows stay in view for this test (folding would hide them).
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  const mayorRow = workbench.rows().filter({ hasText: 'Mayor Helen Varga announced' });
  await expect(mayorRow).toHaveAttribute('data-kind', 'changed');

  await page.getByRole('checkbox', { name: 'Typography' }).check();
  // Curly against straight quotes and dashes are now the same: shown faintly, not as changes.
  await expect(mayorRow).toHaveAttribute('data-kind', 'equal');
  await expect(mayorRow.locator('[data-op="normalized"]').first()).toBeVisible();
  await workbench.screenshot('06-ignore-typography');

  await page.getByRole('radio', { name: 'Sentence' }).check();
  await expect(workbench.stats()).toContainText('% similar');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Typography' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Sentence' })).toBeChecked();
});

test('folds long unchanged runs and opens them on click; inline mode merges the sides', async ({
  launch,
  makeFolder,
}) => {
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) => `Paragraph ${i + 1} of the council report describes item ${i + 1} in plain words.`,
  );
  const edited = [...paragraphs];
  edited[14] = 'Paragraph 15 of the council report describes item 15 in careful words.';
  const folder = await makeFolder({
    'a-first.txt': paragraphs.join('\n\n'),
    'b-second.txt': edited.join('\n\n'),
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  const folds = page.getByTestId('folded');
  await expect(folds).toHaveCount(2);
  await expect(folds.first()).toHaveText(/13 unchanged paragraphs/);
  await expect(folds.last()).toHaveText(/14 unchanged paragraphs/);
  // The change, with one unchanged paragraph of context on each side.
  await expect(workbench.rows()).toHaveCount(3);
  await workbench.screenshot('07-folded');

  await folds.first().getByRole('button').click();
  await expect(folds).toHaveCount(1);
  await expect(workbench.rows()).toHaveCount(16);

  await page.getByRole('radio', { name: 'Inline' }).check();
  const changed = workbench.rows('changed');
  await expect(changed.locator('.cell')).toHaveCount(1);
  await expect(changed.locator('[data-op="delete"]')).toHaveText('plain');
  await expect(changed.locator('[data-op="insert"]')).toHaveText('careful');
  await workbench.screenshot('08-inline');

  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  await expect(folds).toHaveCount(0);
  await expect(workbench.rows()).toHaveCount(30);
});

test('steps the pair through the versions in folder order', async ({ launch, makeFolder }) => {
  const folder = await makeFolder({
    'v1.txt': 'Draft\n\nThe vote is on Monday.',
    'v2.txt': 'Draft\n\nThe vote is on Tuesday.',
    'v3.txt': 'Draft\n\nThe vote is on Wednesday.',
    'v4.txt': 'Draft\n\nThe vote was on Wednesday.',
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.header('A')).toContainText('v1.txt');
  await expect(workbench.header('B')).toContainText('v2.txt');
  await expect(page.getByRole('button', { name: 'Previous version' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next version' }).click();
  await expect(workbench.header('A')).toContainText('v2.txt');
  await expect(workbench.header('B')).toContainText('v3.txt');
  await page.keyboard.press(']');
  await expect(workbench.header('A')).toContainText('v3.txt');
  await expect(workbench.header('B')).toContainText('v4.txt');
  await expect(page.getByRole('button', { name: 'Next version' })).toBeDisabled();
  await expect(workbench.rows('changed').locator('[data-op="insert"]')).toHaveText('was');

  await page.keyboard.press('[');
  await expect(workbench.header('A')).toContainText('v2.txt');
  await page.keyboard.press('s');
  await expect(workbench.header('A')).toContainText('v3.txt');
});

test('follows the system theme, switches to light and dark, and shows the shortcuts', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = (): Promise<string> =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(page.getByRole('button', { name: /Theme: System/ })).toBeVisible();
  expect(await background()).toBe('rgb(27, 26, 24)');
  await workbench.screenshot('09-dark-system');

  await page.getByRole('button', { name: /Theme:/ }).click();
  await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
  expect(await background()).toBe('rgb(247, 245, 240)');
  await page.getByRole('button', { name: /Theme:/ }).click();
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(27, 26, 24)');
  await workbench.pick('right', SYNDICATED);
  await page.keyboard.press('n');
  await workbench.screenshot('10-dark-compare');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Next change');
  await workbench.screenshot('11-shortcuts');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('a 200,000-word pair shows its first rows and scrolls through a windowed list', async ({
  launch,
  makeFolder,
}) => {
  // Generous waits: on a loaded shared machine reading and comparing 400,000 words takes a while
  // (speed is measured by the benchmarks, not here).
  test.setTimeout(90_000);
  const article = generateArticle(3, 200_000);
  const folder = await makeFolder({});
  await writeFile(path.join(folder, 'long-a.txt'), articleText(article));
  await writeFile(path.join(folder, 'long-b.txt'), articleText(editArticle(article, 0.1, 4)));
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.header('B')).toContainText('long-b.txt', { timeout: 60_000 });
  await expect(workbench.rows().first()).toBeVisible();
  // Windowed: thousands of rows, only a screenful or two in the page.
  const rendered = await workbench.rows().count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(80);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('change-counter')).toHaveText(/Change (\d+) of \1/);
  await expect(page.locator('.row.is-current')).toBeVisible();
  await workbench.screenshot('12-long-pair-end');
});

test('sorts the list by date, and steps through the versions in that order', async ({
  launch,
  makeFolder,
}) => {
  const folder = await makeFolder({
    'a-late.txt': 'Vote\n\ndate 2026-05-03\n\nThe vote was on Friday.',
    'b-early.txt': 'Vote\n\ndate 2026-05-01\n\nThe vote is on Monday.',
    'c-middle.txt': 'Vote\n\ndate 2026-05-02\n\nThe vote is on Tuesday.',
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.articles().first()).toContainText('a-late.txt');
  await page.getByRole('combobox', { name: 'Sort articles' }).selectOption('date');
  await expect(workbench.articles().nth(0)).toContainText('b-early.txt');
  await expect(workbench.articles().nth(2)).toContainText('a-late.txt');
  await workbench.pick('left', 'b-early.txt');
  await workbench.pick('right', 'c-middle.txt');
  await page.getByRole('button', { name: 'Next version' }).click();
  await expect(workbench.header('A')).toContainText('c-middle.txt');
  await expect(workbench.header('B')).toContainText('a-late.txt');
});

test('a line break moved in verse is marked where it changed', async ({ launch, makeFolder }) => {
  const folder = await makeFolder({
    'a-1850.txt': 'The Damozel\n\nShe had three lilies\nin her hand,\nAnd the stars in her hair were seven.',
    'b-1870.txt': 'The Damozel\n\nShe had three lilies in her hand,\nAnd the stars in her hair were seven.',
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  const row = workbench.rows('changed');
  await expect(row.locator('.cell-left .spacing-break')).toHaveText('lilies');
  await expect(row.locator('.cell-right .spacing-space')).toHaveText('lilies');
  const mark = await row
    .locator('.cell-left .spacing-break')
    .evaluate((element) => getComputedStyle(element, '::after').content);
  expect(mark).toBe('"↵"');
});
