// Notes as a researcher uses them: take a note on a passage, edit and tag it, find it again,
// jump to it, delete and undo, export every format, import, and keep it through a file edit.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

/** Selects `quote` inside the given side's text, as a reader dragging over it would. */
async function selectText(page: Page, side: 'left' | 'right', quote: string): Promise<void> {
  await page.locator(`.cell-text[data-side="${side}"]`, { hasText: quote }).first().waitFor();
  await page.evaluate(
    ([wantedSide, wanted]) => {
      for (const cell of document.querySelectorAll<HTMLElement>(`.cell-text[data-side="${wantedSide}"]`)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted as string) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + (wanted as string).length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
      }
      throw new Error(`"${wanted}" is not on screen`);
    },
    [side, quote] as const,
  );
}

const highlighted = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    let ranges = 0;
    for (const [name, highlight] of registry) if (name.startsWith('note-')) ranges += highlight.size;
    return ranges;
  });

test('takes, edits, tags, finds, jumps to, deletes and restores a passage note', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await expect(notes).toContainText('No notes yet');
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();

  await selectText(page, 'left', 'advanced corrosion in several of the steel cables');
  await notes.getByRole('button', { name: 'Add note on selection' }).click();
  const note = notes.getByTestId('note');
  await expect(note).toHaveCount(1);
  await expect(note.locator('.note-quote')).toHaveText('advanced corrosion in several of the steel cables');
  await note.getByRole('textbox', { name: 'Note' }).fill('Compare with the **2019 report**: who knew first?');
  await note.getByRole('textbox', { name: 'Tags' }).fill('timeline, engineering');
  await expect(note.getByRole('status')).toHaveText('Saved');
  expect(await highlighted(page)).toBeGreaterThan(0);
  await workbench.screenshot('16-passage-note');

  // Saved for real: a reload reads it back from IndexedDB.
  await page.reload();
  await expect(note).toHaveCount(1);
  await expect(note.locator('strong')).toHaveText('2019 report');
  await expect(note).toContainText('#timeline');

  // The context menu on a selection adds a note too.
  await selectText(page, 'right', 'carries an estimated 9,000 pedestrians');
  const box = await page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  await page
    .getByRole('menu', { name: 'Selected text' })
    .getByRole('menuitem', { name: /Add note/ })
    .click();
  await expect(note).toHaveCount(2);
  await expect(note.filter({ hasText: 'carries an estimated 9,000 pedestrians' })).toHaveCount(1);
  await note.filter({ hasText: 'carries an estimated' }).getByRole('button', { name: 'Delete' }).click();
  await expect(note).toHaveCount(1);

  // A second note, on the comparison, to search and filter among.
  await page.keyboard.press('Control+Shift+N');
  // Nothing is selected, so the note first asks what it is about.
  await page
    .getByRole('dialog', { name: 'What is the note about?' })
    .getByRole('button', { name: /This comparison/ })
    .click();
  await expect(note).toHaveCount(2);
  await notes.getByRole('textbox', { name: 'Note' }).fill('Overnight edit fixed the cost figure.');
  await expect(notes.getByText('Saved')).toBeVisible();

  await notes.getByRole('searchbox', { name: 'Search notes' }).fill('report who');
  await expect(note).toHaveCount(1);
  await notes.getByRole('searchbox', { name: 'Search notes' }).fill('');
  await notes.getByRole('combobox', { name: 'Which notes' }).selectOption('tag:engineering');
  await expect(note).toHaveCount(1);
  await notes.getByRole('combobox', { name: 'Which notes' }).selectOption('all');

  // Jump: choosing the note brings its passage into view and marks it.
  await page.getByRole('button', { name: 'Next change' }).click();
  await page.keyboard.press('Alt+ArrowUp');
  await note.filter({ hasText: '2019 report' }).locator('.note-head').click();
  await expect(
    page.locator('.cell-text', { hasText: 'advanced corrosion in several' }).first(),
  ).toBeInViewport();

  // Delete, then undo.
  await note.filter({ hasText: '2019 report' }).getByRole('button', { name: 'Delete' }).click();
  await expect(note).toHaveCount(1);
  await notes.getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveCount(2);
});

test('exports notes as Markdown, CSV, JSON and an HTML report, and imports the JSON back', async ({
  launch,
  makeFolder,
}) => {
  const out = await makeFolder({});
  const app = await launch();
  const { page } = app;
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await selectText(page, 'right', 'Correction: An earlier version of this article');
  await notes.getByRole('button', { name: 'Add note on selection' }).click();
  await notes
    .getByRole('textbox', { name: 'Note' })
    .fill('The correction admits the swapped digits, "4.8" vs "8.4".');
  await notes.getByRole('textbox', { name: 'Tags' }).fill('corrections');
  await expect(notes.getByText('Saved')).toBeVisible();

  const exportTo = async (label: string, file: string): Promise<string> => {
    await app.saveNextTo(path.join(out, file));
    await notes
      .getByRole('group', { name: 'Export notes' })
      .getByRole('button', { name: label, exact: true })
      .click();
    await expect(notes.getByText(`Saved ${file}.`)).toBeVisible();
    return readFile(path.join(out, file), 'utf8');
  };
  const markdown = await exportTo('Markdown', 'notes.md');
  expect(markdown).toContain('> Correction: An earlier version of this article');
  expect(markdown).toContain('corrections');
  const csv = await exportTo('CSV', 'notes.csv');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('"The correction admits the swapped digits, ""4.8"" vs ""8.4""."');
  const json = await exportTo('JSON', 'notes.json');
  const collection = JSON.parse(json) as { '@context': unknown; type: string };
  expect(JSON.stringify(collection['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
  expect(json).toContain('TextQuoteSelector');
  expect(json).toMatch(/urn:uuid:[0-9a-f-]{36}/);
  // Both readings: the passage on B, then A as a second target. The correction is a paragraph
  // only B has, so A is targeted whole, with no paragraph; B's number is the one Markdown gives.
  const bParagraph = Number(/^- B, ¶(\d+) /m.exec(markdown)?.[1]);
  expect(bParagraph).toBeGreaterThan(1);
  const [annotation] = (collection as unknown as { first: { items: { target: unknown }[] } }).first.items;
  expect(annotation!.target).toEqual([
    expect.objectContaining({
      source: expect.stringMatching(/^ni:\/\/\/sha-256;/),
      selector: expect.arrayContaining([
        expect.objectContaining({
          type: 'TextQuoteSelector',
          exact: 'Correction: An earlier version of this article',
        }),
      ]),
      variorum: { side: 'B', file: '2026-03-03-harbour-courier-updated.txt', paragraph: bParagraph },
    }),
    {
      id: expect.stringMatching(/^ni:\/\/\/sha-256;/),
      variorum: { side: 'A', file: '2026-03-02-harbour-courier-original.txt', paragraph: null },
    },
  ]);
  const report = await exportTo('Report', 'report.html');
  expect(report).toContain('Correction: An earlier version of this article');
  expect(report).not.toMatch(/<script/i);

  // Cancelling the save dialog writes nothing.
  await app.saveNextTo(null);
  await notes.getByRole('group', { name: 'Export notes' }).getByRole('button', { name: 'CSV' }).click();

  // Import: the note is already here, so nothing is duplicated; after deleting it, it comes back whole.
  await app.importNextFrom(path.join(out, 'notes.json'));
  await notes.getByRole('button', { name: 'Import…' }).click();
  await expect(notes.getByText(/Imported 0 notes; 1 already here/)).toBeVisible();
  await notes.getByTestId('note').getByRole('button', { name: 'Delete' }).click();
  await expect(notes.getByTestId('note')).toHaveCount(0);
  await notes.getByRole('button', { name: 'Import…' }).click();
  await expect(notes.getByText('Imported 1 note.')).toBeVisible();
  await expect(notes.getByTestId('note')).toContainText('swapped digits');
  await expect(notes.getByTestId('note')).toContainText('#corrections');

  // A malformed file is refused, nothing half-imported.
  await writeFile(
    path.join(out, 'broken.json'),
    '{"type":"AnnotationCollection","first":{"items":[{"id":3}]}}',
  );
  await app.importNextFrom(path.join(out, 'broken.json'));
  await notes.getByRole('button', { name: 'Import…' }).click();
  await expect(notes.getByText(/broken\.json was not imported/)).toBeVisible();
  await expect(notes.getByTestId('note')).toHaveCount(1);
});

test('a note follows its passage when the file is edited, and is marked orphaned when it is gone', async ({
  launch,
  makeFolder,
}) => {
  const before =
    'Council report\n\nThe council met on Monday.\n\nIt voted to close the bridge until the cables are replaced.';
  const folder = await makeFolder({ 'a.txt': before, 'b.txt': before.replace('Monday', 'Tuesday') });
  const { page } = await launch({ folder });
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  await selectText(page, 'left', 'close the bridge');
  await notes.getByRole('button', { name: 'Add note on selection' }).click();
  await expect(notes.getByTestId('note')).toHaveCount(1);
  await expect(notes.getByText('Saved'))
    .toBeVisible()
    .catch(() => {});

  // Text added before the passage: the note is found again and still highlighted.
  await writeFile(
    path.join(folder, 'a.txt'),
    before.replace('Council report', 'Council report (updated)\n\nA new first paragraph.'),
  );
  await expect(
    page.locator('.cell-text[data-side="left"]', { hasText: 'A new first paragraph.' }),
  ).toBeVisible({
    timeout: 10_000,
  });
  await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
  await expect(notes.getByTestId('note')).not.toContainText('orphaned');

  // The passage deleted: the note keeps its quote and says it is orphaned.
  await writeFile(path.join(folder, 'a.txt'), 'Council report\n\nThe council met on Monday.');
  await expect(notes.getByTestId('note')).toContainText('orphaned', { timeout: 10_000 });
  await expect(notes.getByTestId('note').locator('.note-quote')).toHaveText('close the bridge');
});
