// Real-world folders: HTML pages and old encodings read with their metadata, boilerplate left
// out (and shown on request), files edited on disk followed live, and recent folders.
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const SYNDICATED = 'valley-wire-copy.txt';

test('cleaning leaves a scraped copy’s junk out, shows it on request, and can be turned off per article', async ({
  launch,
}) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await expect(workbench.article(SYNDICATED)).toContainText('13 boilerplate blocks');
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', SYNDICATED);
  await page.getByRole('checkbox', { name: 'Typography' }).check();
  await expect(workbench.stats()).toContainText(/9\d(\.\d)?% similar/);
  await expect(page.getByText('Something went wrong. Reload to try again.')).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Show removed text' }).check();
  const removed = page.getByTestId('removed-text');
  await expect(removed.first()).toBeVisible();
  await expect(removed.filter({ hasText: 'Something went wrong' }).first()).toContainText('Removed:');
  await workbench.screenshot('13-removed-text');
  await page.getByRole('checkbox', { name: 'Show removed text' }).uncheck();

  // Cleaning off for the copy alone: its junk comes back as added text.
  await workbench.header('B').getByRole('checkbox', { name: /Clean/ }).uncheck();
  await expect(workbench.rows('added').filter({ hasText: 'Share this article' })).toHaveCount(1);
  await expect(workbench.header('A').getByRole('checkbox', { name: /Clean/ })).toBeChecked();
});

test('reads HTML pages and Windows-1252 files with their metadata; scripts never run', async ({
  launch,
  makeFolder,
}) => {
  const page1252 = Buffer.concat([
    Buffer.from('Bridge reopens\n\nsource: Harbour Weekly\ndate 2026-04-01\n\nThe mayor said: '),
    Buffer.from([0x93]),
    Buffer.from('We are open again.'),
    Buffer.from([0x94]),
    Buffer.from(' Caf'),
    Buffer.from([0xe9]),
    Buffer.from(' owners cheered.\n'),
  ]);
  const html = `<!doctype html><html><head><title>Bridge reopens | Riverside Ledger</title>
    <meta property="og:site_name" content="Riverside Ledger">
    <meta property="article:published_time" content="2026-04-02T08:00:00Z">
    <script>document.title = 'pwned'; window.parent.postMessage('ran', '*')</script></head>
    <body><article><h1>Bridge reopens</h1>
    <p>The mayor said: “We are open again.” Café owners cheered loudly.</p>
    <p>Engineers signed off on the repairs after <b>two weeks</b> of tests.</p>
    <img src="https://tracker.example/pixel.gif" onerror="alert(1)"></article></body></html>`;
  const folder = await makeFolder({ 'a-weekly.txt': page1252, 'b-ledger.html': html });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.articles()).toHaveCount(2);
  const weekly = workbench.article('a-weekly.txt');
  await expect(weekly).toContainText('Harbour Weekly');
  await expect(weekly).toContainText('2026-04-01');
  await expect(weekly).toContainText('decoded as windows-1252');
  const ledger = workbench.article('b-ledger.html');
  await expect(ledger).toContainText('Riverside Ledger');
  await expect(ledger).toContainText('2026-04-02');
  await expect(ledger).toContainText(/script/);
  await expect(workbench.rows().filter({ hasText: 'Engineers signed off' })).toHaveCount(1);
  expect(await page.title()).toBe('Variorum');
  await workbench.screenshot('14-html-and-encodings');
});

test('follows edits, new files and deletions on disk without reopening', async ({ launch, makeFolder }) => {
  const folder = await makeFolder({
    'v1.txt': 'Draft\n\nThe vote is on Monday.',
    'v2.txt': 'Draft\n\nThe vote is on Tuesday.',
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.insertedWords()).toHaveText(['Tuesday.']);

  await writeFile(path.join(folder, 'v2.txt'), 'Draft\n\nThe vote is on Friday.');
  await expect(workbench.insertedWords()).toHaveText(['Friday.'], { timeout: 10_000 });
  await appendFile(path.join(folder, 'v3.txt'), 'Draft\n\nThe vote was on Friday.');
  await expect(workbench.articles()).toHaveCount(3, { timeout: 10_000 });
  await writeFile(path.join(folder, 'v1.txt'), '');
  await expect(workbench.skippedFiles().filter({ hasText: 'v1.txt' })).toContainText('empty file', {
    timeout: 10_000,
  });
});

test('lists recent folders and reopens one', async ({ launch, makeFolder }) => {
  const elsewhere = await makeFolder({ 'x.txt': 'Elsewhere\n\nText.', 'y.txt': 'Elsewhere\n\nMore text.' });
  const app = await launch();
  const workbench = new Workbench(app.page);
  await app.chooseFolderNext(elsewhere);
  await workbench.openFolderButton().click();
  await expect(workbench.articles()).toHaveCount(2);

  await app.page.getByText('Recent', { exact: true }).click();
  const menu = app.page.getByRole('menu', { name: 'Recent folders' });
  await expect(menu.getByRole('menuitem')).toHaveCount(2);
  await expect(menu.getByRole('menuitem').first()).toContainText(path.basename(elsewhere));
  await workbench.screenshot('15-recent-folders');
  await menu.getByRole('menuitem', { name: /samples/ }).click();
  await expect(workbench.folderName()).toHaveText('samples');
  await expect(workbench.articles()).toHaveCount(4);
});
