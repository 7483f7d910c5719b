// Copy, print, reveal: copying from the comparison keeps its marks; the comparison saves as a
// PDF through main's atomic writer; the list's context menu reveals and opens files through
// main from the article id (the shell calls are recorded, not made).
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, SAMPLES, test } from './fixtures';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const UPDATED = '2026-03-03-harbour-courier-updated.txt';

test('copying keeps the marks, the comparison prints to PDF, files are revealed by id', async ({
  launch,
}) => {
  test.setTimeout(60_000);
  const app = await launch();
  const { page } = app;
  const workbench = new Workbench(page);
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', UPDATED);

  await expect(page.locator('.row-changed .cell-text[data-side="right"]').first()).toBeVisible();
  // Select B's headline (it has insertions) and copy it.
  await page.evaluate(() => {
    const copied: Record<string, string> = {};
    (window as unknown as { __copied: typeof copied }).__copied = copied;
    window.addEventListener('copy', (event) => {
      copied['text'] = event.clipboardData?.getData('text/plain') ?? '';
      copied['html'] = event.clipboardData?.getData('text/html') ?? '';
    });
    const cell = document.querySelector('.row-changed .cell-text[data-side="right"]')!;
    const range = document.createRange();
    range.selectNodeContents(cell);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(
    () => (window as unknown as { __copied: Record<string, string> }).__copied,
  );
  expect(copied['text']).toBe(
    'Calderport {+closes+} Ashcombe footbridge {+for months+} after inspectors find corroded cables',
  );
  expect(copied['html']).toBe(
    '<p>Calderport <ins>closes</ins> Ashcombe footbridge <ins>for months</ins> after inspectors find corroded cables</p>',
  );

  // Save as PDF: a real PDF, written where the save dialog said.
  const out = await mkdtemp(path.join(os.tmpdir(), 'variorum-pdf-'));
  await app.saveNextTo(path.join(out, 'comparison.pdf'));
  await page.getByRole('button', { name: 'PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved comparison.pdf.' })).toBeVisible();
  const pdf = await readFile(path.join(out, 'comparison.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'print' });
  await workbench.screenshot('comfort-print-layout');
  // Marks legible without colour: brackets around every change.
  const before = await page
    .locator('.row-changed [data-op="insert"] > .seg-word')
    .first()
    .evaluate((element) => getComputedStyle(element, '::before').content);
  expect(before).toBe('"{+"');
  await page.emulateMedia({ media: 'screen' });

  // The list's context menu: main reveals and opens the file it knows by the id.
  await workbench.article(UPDATED).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Reveal in folder' }).click();
  await workbench.article(ORIGINAL).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Open with default app' }).click();
  await expect
    .poll(() => app.shellCalls())
    .toEqual([
      { call: 'showItemInFolder', file: path.join(SAMPLES, UPDATED) },
      { call: 'openPath', file: path.join(SAMPLES, ORIGINAL) },
    ]);
});

test('a long comparison prints whole, not just the rows on screen', async ({ launch, makeFolder }) => {
  test.setTimeout(90_000);
  const text = (edit: boolean): string =>
    `Long report\n\n${Array.from(
      { length: 400 },
      (_, index) =>
        `Paragraph ${index} of the report ${edit && index % 50 === 0 ? 'now says' : 'says'} something about tides.`,
    ).join('\n\n')}\n`;
  const folder = await makeFolder({ 'a-long.txt': text(false), 'b-long.txt': text(true) });
  const app = await launch({ folder });
  const { page } = app;
  const workbench = new Workbench(page);
  await workbench.pick('left', 'a-long.txt');
  await workbench.pick('right', 'b-long.txt');
  await expect(workbench.stats()).toContainText('% similar');
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  // On screen the list is windowed: the last paragraph is not in the page.
  await expect(page.locator('.cell-text', { hasText: 'Paragraph 399 ' })).toHaveCount(0);

  const out = await mkdtemp(path.join(os.tmpdir(), 'variorum-pdf-long-'));
  await app.saveNextTo(path.join(out, 'long.pdf'));
  await page.getByRole('button', { name: 'PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved long.pdf.' })).toBeVisible();
  const pdf = (await readFile(path.join(out, 'long.pdf'))).toString('latin1');
  // 400 rows of two short paragraphs fill well over ten A4 pages; the window alone fills two.
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(10);
  // Back on screen, the list is windowed again.
  await expect(page.locator('.cell-text', { hasText: 'Paragraph 399 ' })).toHaveCount(0);
});
