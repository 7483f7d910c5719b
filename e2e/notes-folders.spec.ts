// Notes belong to a folder, not to its name: two folders called "articles" keep their own
// notes, a moved and renamed folder keeps its notes, doubt is asked about, and the folder
// report covers every note of the folder.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { corpusPath, SHARED_CORPUS } from '../main/testing/shared-corpus';

const text = (title: string, body: string): string => `${title}\n\n${body}\n`;

/**
 * Adds a note on the open comparison (nothing selected) once `shown` is on screen in it, and
 * waits until the note is saved.
 */
async function addComparisonNote(notes: Locator, shown: string, body: string): Promise<void> {
  await expect(notes.page().locator('[data-side="right"]', { hasText: shown }).first()).toBeVisible();
  const before = await notes.getByTestId('note').count();
  await notes.getByRole('button', { name: 'Add note', exact: true }).click();
  // Nothing is selected, so the note first asks what it is about.
  await notes
    .page()
    .getByRole('dialog', { name: 'What is the note about?' })
    .getByRole('button', { name: /This comparison/ })
    .click();
  await expect(notes.getByTestId('note')).toHaveCount(before + 1);
  const editor = notes.getByRole('textbox', { name: 'Note' });
  await editor.fill(body);
  await expect(notes.getByText('Saved')).toBeVisible();
}

test('two folders of one name keep their own notes, and a moved folder keeps its own', async ({
  launch,
  makeFolder,
}) => {
  const deskRoot = await makeFolder({
    'articles/a.txt': text('Harbour wall', 'The council approved the wall on Monday.'),
    'articles/b.txt': text('Harbour wall', 'The council approved the wall on Tuesday.'),
  });
  const homeRoot = await makeFolder({
    'articles/c.txt': text('Rail strike', 'Drivers stopped work at dawn.'),
    'articles/d.txt': text('Rail strike', 'Drivers stopped work at noon.'),
  });
  const desk = path.join(deskRoot, 'articles');
  const home = path.join(homeRoot, 'articles');
  const app = await launch({ folder: desk });
  const { page } = app;
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await addComparisonNote(notes, 'Tuesday', 'Which day was the vote?');

  // Another folder of the same name shows none of them.
  await app.openFolderFromMenu(home);
  await expect(page.locator('[data-side="right"]', { hasText: 'noon' }).first()).toBeVisible();
  await expect(notes).toContainText('No notes yet');
  await addComparisonNote(notes, 'noon', 'Dawn or noon?');

  await app.openFolderFromMenu(desk);
  await expect(notes.getByTestId('note')).toHaveCount(1);
  await expect(notes.getByTestId('note')).toContainText('Which day was the vote?');

  // Moved and renamed while closed: recognised by its articles, its notes come along.
  await app.openFolderFromMenu(home);
  await expect(notes.getByTestId('note')).toContainText('Dawn or noon?');
  const moved = path.join(deskRoot, 'archive', 'harbour-2026');
  await mkdir(path.dirname(moved), { recursive: true });
  await rename(desk, moved);
  await app.openFolderFromMenu(moved);
  await expect(notes.getByText(/This folder was “articles” \(moved or renamed\)/)).toBeVisible();
  await expect(notes.getByTestId('note')).toHaveCount(1);
  await expect(notes.getByTestId('note')).toContainText('Which day was the vote?');
});

test('asks which folder this is when two vanished folders could be it', async ({ launch, makeFolder }) => {
  const shared = {
    'a.txt': text('Sea wall', 'The wall will cost 4.2 million euros.'),
    'b.txt': text('Sea wall', 'The wall will cost 5.1 million euros.'),
  };
  const root = await makeFolder({
    ...Object.fromEntries(Object.entries(shared).map(([name, content]) => [`courier/${name}`, content])),
    ...Object.fromEntries(Object.entries(shared).map(([name, content]) => [`wire/${name}`, content])),
    'merged/a.txt': shared['a.txt'],
    'merged/b.txt': shared['b.txt'],
  });
  const courier = path.join(root, 'courier');
  const wire = path.join(root, 'wire');
  const app = await launch({ folder: courier });
  const { page } = app;
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await addComparisonNote(notes, '5.1', 'Courier’s figure.');
  await app.openFolderFromMenu(wire);
  await expect(notes).toContainText('No notes yet');
  await addComparisonNote(notes, '5.1', 'Wire’s figure.');
  await app.openFolderFromMenu(path.join(root, 'merged'));
  await expect(notes).toContainText('No notes yet');
  // Both folders vanish; a folder with the same articles could be either.
  await app.openFolderFromMenu(wire);
  await rm(courier, { recursive: true });
  await rm(wire, { recursive: true });
  const moved = path.join(root, 'moved');
  await mkdir(moved);
  await rename(path.join(root, 'merged', 'a.txt'), path.join(moved, 'a.txt'));
  await rename(path.join(root, 'merged', 'b.txt'), path.join(moved, 'b.txt'));
  await app.openFolderFromMenu(moved);

  const question = notes.getByRole('group', { name: 'Which folder is this?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'It is “courier”' })).toBeVisible();
  await expect(question.getByRole('button', { name: 'It is “wire”' })).toBeVisible();
  await expect(notes.getByTestId('note')).toHaveCount(0);
  await new Workbench(page).screenshot('40-which-folder');
  await question.getByRole('button', { name: 'It is “wire”' }).click();
  await expect(question).toBeHidden();
  await expect(notes.getByTestId('note')).toHaveCount(1);
  await expect(notes.getByTestId('note')).toContainText('Wire’s figure.');
  await expect(notes.getByText(/The notes of “wire” are now this folder’s/)).toBeVisible();
});

test('the folder report covers every comparison with notes and every article note', async ({
  launch,
  makeFolder,
}) => {
  const folder = await makeFolder({
    'a.txt': text('Sea wall approved', 'The wall will cost 4.2 million euros.'),
    'b.txt': text('Sea wall approved', 'The wall will cost 5.1 million euros.'),
  });
  const out = await makeFolder({});
  const app = await launch({ folder });
  const notes = app.page.getByRole('complementary', { name: 'Notes' });
  await addComparisonNote(notes, '5.1', '=SUM(1) the figure rose overnight.');
  await app.saveNextTo(path.join(out, 'folder.html'));
  await notes
    .getByRole('group', { name: 'Export notes' })
    .getByRole('button', { name: 'Folder report' })
    .click();
  await expect(notes.getByText('Saved folder.html.')).toBeVisible();
  const report = await readFile(path.join(out, 'folder.html'), 'utf8');
  expect(report).toContain(`Notes on ${path.basename(folder)}`);
  expect(report).toContain('=SUM(1) the figure rose overnight.');
  expect(report).toContain('1 comparison with notes');
  expect(report).not.toMatch(/<script/i);

  await app.saveNextTo(path.join(out, 'notes.csv'));
  await notes.getByRole('group', { name: 'Export notes' }).getByRole('button', { name: 'CSV' }).click();
  await expect(notes.getByText('Saved notes.csv.')).toBeVisible();
  const csv = await readFile(path.join(out, 'notes.csv'), 'utf8');
  expect(csv).toContain('note id,scope,file,title,source,date');
  expect(csv).toMatch(/,a\.txt,b\.txt,|,b\.txt,a\.txt,/);
  // A note starting with "=" would be a formula in a spreadsheet; here it is text.
  expect(csv).toContain(",'=SUM(1) the figure rose overnight.,");
});

test('on the Rossetti witnesses: a passage note in the folder report and a W3C-shaped JSON export', async ({
  launch,
  makeFolder,
}) => {
  test.skip(!SHARED_CORPUS, 'the shared corpus is not here');
  const corpus = corpusPath('rossetti-blessed-damozel');
  const names = ['damozel-1850-germ.txt', 'damozel-1870-first-edition.txt'];
  const files = Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(corpus, name), 'utf8')] as const),
    ),
  );
  const folder = await makeFolder(files);
  const out = await makeFolder({});
  const app = await launch({ folder });
  const { page } = app;
  const notes = page.getByRole('complementary', { name: 'Notes' });
  const quote = 'lilies';
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  await expect(page.locator('[data-side="right"]', { hasText: quote }).first()).toBeVisible();
  await page.evaluate((wanted) => {
    for (const cell of document.querySelectorAll<HTMLElement>('[data-side="right"]')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error(`"${wanted}" is not on screen`);
  }, quote);
  await notes.getByRole('button', { name: 'Add note on selection' }).click();
  await notes.getByRole('textbox', { name: 'Note' }).fill('Unchanged from *The Germ* to 1870.');
  await expect(notes.getByText('Saved')).toBeVisible();

  await app.saveNextTo(path.join(out, 'notes.json'));
  await notes.getByRole('group', { name: 'Export notes' }).getByRole('button', { name: 'JSON' }).click();
  await expect(notes.getByText('Saved notes.json.')).toBeVisible();
  const json = JSON.parse(await readFile(path.join(out, 'notes.json'), 'utf8'));
  const [annotation] = json.first.items;
  // Written on a pair: its own passage first, then the other witness's reading there.
  expect(annotation.target).toHaveLength(2);
  for (const target of annotation.target)
    expect(target.source).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
  expect(annotation.target[1].selector[0].exact).toBe(annotation.target[0].selector[0].exact);
  expect(annotation.variorum.article.path).toMatch(
    /^damozel-1870-first-edition\.txt$|^damozel-1850-germ\.txt$/,
  );
  expect(annotation.variorum.folderId).toMatch(/^[0-9a-f-]{36}$/);

  // Import the note back four ways: an upper-case copy of its id (the same note), one with a
  // position past the end of the text (found again by its quote), one whose quote is not in the
  // text (orphaned), and one from another folder (kept, and the message says where).
  const item = (id: string, changes: (copy: typeof annotation) => void): typeof annotation => {
    const copy = JSON.parse(JSON.stringify(annotation));
    copy.id = `urn:uuid:${id}`;
    changes(copy);
    return copy;
  };
  const bare = (copy: { id: string }): string => copy.id.slice('urn:uuid:'.length);
  const past = item(randomUUID(), (copy) => {
    copy.target[0].selector[1] = { type: 'TextPositionSelector', start: 99_000, end: 99_006 };
  });
  const gone = item(randomUUID(), (copy) => {
    copy.target[0].selector[0].exact = 'asphodel and amaranth';
    copy.target[0].selector[1] = { type: 'TextPositionSelector', start: 99_000, end: 99_021 };
  });
  const foreign = item(randomUUID(), (copy) => {
    copy.variorum.folder = 'elections';
    copy.variorum.folderId = randomUUID();
  });
  const same = item(bare(annotation).toUpperCase(), () => {});
  json.first.items = [same, past, gone, foreign];
  await writeFile(path.join(out, 'import.json'), JSON.stringify(json));
  await app.importNextFrom(path.join(out, 'import.json'));
  await notes.getByRole('button', { name: 'Import…' }).click();
  await expect(
    notes.getByText(
      'Imported 3 notes; 1 already here. 1 note no longer matches its passage and is marked orphaned. ' +
        '1 note belongs to the folder “elections” and will show when you open it.',
    ),
  ).toBeVisible();
  await expect(notes.getByTestId('note')).toHaveCount(3);
  await app.saveNextTo(path.join(out, 'after.csv'));
  await notes.getByRole('group', { name: 'Export notes' }).getByRole('button', { name: 'CSV' }).click();
  await expect(notes.getByText('Saved after.csv.')).toBeVisible();
  const rows = (await readFile(path.join(out, 'after.csv'), 'utf8')).split('\r\n');
  const row = (id: string): string => rows.find((line) => line.startsWith(id))!;
  const positions = (line: string): string => line.match(/,(\d+,\d+),(anchored|orphaned),/)![1]!;
  expect(row(bare(past))).toContain(',anchored,');
  expect(positions(row(bare(past)))).toBe(positions(row(bare(annotation))));
  expect(row(bare(gone))).toContain(',orphaned,');
  expect(rows.some((line) => line.startsWith(bare(foreign)))).toBe(false);

  await app.saveNextTo(path.join(out, 'folder.html'));
  await notes
    .getByRole('group', { name: 'Export notes' })
    .getByRole('button', { name: 'Folder report' })
    .click();
  await expect(notes.getByText('Saved folder.html.')).toBeVisible();
  const report = await readFile(path.join(out, 'folder.html'), 'utf8');
  expect(report).toContain('1 comparison with notes');
  expect(report).toContain(`<mark>${quote}</mark>`);
  const view = await page.context().newPage();
  await view.setContent(report);
  await view.screenshot({
    path: path.join(SCREENSHOTS, '41-folder-report.png'),
    fullPage: true,
  });
  await view.close();
});
