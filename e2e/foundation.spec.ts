// The first journey: open the sample folder, compare two versions, swap them, open another
// folder through the dialog, and see unreadable files listed with their reasons.
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const UPDATED = '2026-03-03-harbour-courier-updated.txt';

test('opens on the sample folder with articles, a comparison and an empty notes pane', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);

  await expect(workbench.folderName()).toHaveText('samples');
  await expect(workbench.articles()).toHaveCount(4);
  const original = workbench.article(ORIGINAL);
  await expect(original).toContainText(
    'Calderport shuts Ashcombe footbridge after inspectors find corroded cables',
  );
  await expect(original).toContainText(/\d+ words/);
  await expect(workbench.article('valley-wire-copy.txt')).toContainText('syndicated/');
  await expect(workbench.notesPane()).toContainText('No notes yet');
  // The first two articles are compared straight away.
  await expect(workbench.header('A')).toContainText(ORIGINAL);
  await expect(workbench.header('B')).toContainText(UPDATED);
  await workbench.screenshot('01-start');
});

test('compares two versions side by side with changed words marked', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', UPDATED);

  await expect(workbench.rows('changed').first()).toBeVisible();
  await expect(workbench.rows('equal').first()).toBeVisible();
  // The corrected figure: struck on the left, inserted on the right, in the same row.
  const figureRow = workbench.rows('changed').filter({ hasText: 'Preliminary estimates' });
  await expect(figureRow.locator('.cell-left [data-op="delete"]')).toHaveText('$4.8');
  await expect(figureRow.locator('.cell-right [data-op="insert"]')).toHaveText('$8.4');
  // A deleted paragraph faces a gap on the right; an inserted one a gap on the left.
  const removed = workbench.rows('removed');
  await expect(removed).toHaveCount(1);
  await expect(removed.locator('.cell-left')).toContainText('Joanne Li');
  await expect(removed.locator('.cell-right.cell-gap')).toHaveCount(1);
  await expect(
    workbench.rows('added').filter({ hasText: 'city auditor' }).locator('.cell-left.cell-gap'),
  ).toHaveCount(1);
  // The paragraph that moved up is shown as a move at both ends, not as delete plus insert.
  await expect(workbench.rows('moved')).toHaveCount(2);
  await expect(workbench.rows('moved').first()).toContainText('opened in 1987');
  await expect(workbench.stats()).toContainText('% similar');
  await workbench.screenshot('02-compare-original-updated');
});

test('swaps the two sides with one click', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', UPDATED);
  await expect(workbench.header('A')).toContainText(ORIGINAL);

  await workbench.swapButton().click();

  await expect(workbench.header('A')).toContainText(UPDATED);
  await expect(workbench.header('B')).toContainText(ORIGINAL);
  const figureRow = workbench.rows('changed').filter({ hasText: 'Preliminary estimates' });
  await expect(figureRow.locator('.cell-left [data-op="delete"]')).toHaveText('$8.4');
  await expect(figureRow.locator('.cell-right [data-op="insert"]')).toHaveText('$4.8');
  await expect(workbench.rows('added').filter({ hasText: 'Joanne Li' })).toHaveCount(1);
  await workbench.screenshot('03-swapped');
});

test('opens another folder through the dialog and lists unreadable files with their reasons', async ({
  launch,
  makeFolder,
}) => {
  const outside = await makeFolder({ 'secret.txt': 'A file outside the opened folder.' });
  const folder = await makeFolder({
    'first.txt': 'First draft\n\nThe council met on Monday.\n\nIt voted to close the bridge.',
    'drafts/second.md': '# Second draft\n\nThe council met on Tuesday.\n\nIt voted to close the bridge.',
    '.hidden.txt': 'never listed',
    'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'empty.txt': '',
    'escape.txt': { symlinkTo: `${outside}/secret.txt` },
  });
  const app = await launch();
  const workbench = new Workbench(app.page);
  await expect(workbench.articles()).toHaveCount(4);

  // Cancelling the dialog keeps the folder that is open.
  await app.chooseFolderNext(null);
  await workbench.openFolderButton().click();
  await expect(workbench.articles()).toHaveCount(4);

  await app.chooseFolderNext(folder);
  await workbench.openFolderButton().click();

  await expect(workbench.articles()).toHaveCount(2);
  await expect(workbench.article('first.txt')).toContainText('First draft');
  await expect(workbench.article('second.md')).toContainText('Second draft');
  await expect(workbench.article('second.md')).toContainText('drafts/');
  await expect(workbench.skippedFiles()).toHaveCount(3);
  await expect(workbench.skippedFiles().filter({ hasText: 'photo.txt' })).toContainText('binary');
  await expect(workbench.skippedFiles().filter({ hasText: 'empty.txt' })).toContainText('empty file');
  await expect(workbench.skippedFiles().filter({ hasText: 'escape.txt' })).toContainText(
    'outside the opened folder',
  );
  await expect(app.page.getByText('A file outside the opened folder.')).toHaveCount(0);
  await workbench.pick('left', 'first.txt');
  await workbench.pick('right', 'second.md');
  const dayRow = workbench.rows('changed').filter({ hasText: 'The council met on' });
  await expect(dayRow.locator('.cell-left [data-op="delete"]')).toHaveText('Monday.');
  await expect(dayRow.locator('.cell-right [data-op="insert"]')).toHaveText('Tuesday.');
  await expect(workbench.rows('equal').filter({ hasText: 'It voted to close the bridge.' })).toHaveCount(1);
  await workbench.screenshot('04-second-folder-with-bad-files');
});

test('Ctrl+O and the File menu open a folder too', async ({ launch, makeFolder }) => {
  const one = await makeFolder({ 'a.txt': 'Alpha\n\nOne.', 'b.txt': 'Beta\n\nTwo.' });
  const two = await makeFolder({ 'c.txt': 'Gamma\n\nThree.' });
  const app = await launch();
  const workbench = new Workbench(app.page);
  await expect(workbench.articles()).toHaveCount(4);

  await app.chooseFolderNext(one);
  await app.page.locator('body').press('Control+o');
  await expect(workbench.articles()).toHaveCount(2);

  await app.openFolderFromMenu(two);
  await expect(workbench.articles()).toHaveCount(1);
  await expect(workbench.article('c.txt')).toContainText('Gamma');
  // With a single article there is no pair to compare, and the view says what to do.
  await expect(app.page.getByText('Pick an article for the left (A)')).toBeVisible();
});
