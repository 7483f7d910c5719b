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

test('copying keeps the marks, the comparison prints to PDF, files are revealed by id', async ({ launch }) => {
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
  const copied = await page.evaluate(() => (window as unknown as { __copied: Record<string, string> }).__copied);
  expect(copied['text']).toBe('Calderport {+closes+} Ashcombe footbridge {+for months+} after inspectors find corroded cables');
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
    .locator('.row-changed [data-op="insert"]')
    .first()
    .evaluate((element) => getComputedStyle(element, '::before').content);
  expect(before).toBe('"{+"');
  await page.emulateMedia({ media: 'screen' });

  // The list's context menu: main reveals and opens the file it knows by the id.
  await workbench.article(UPDATED).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Reveal in folder' }).click();
  await workbench.article(ORIGINAL).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Open with default app' }).click();
  await expect.poll(() => app.shellCalls()).toEqual([
    { call: 'showItemInFolder', file: path.join(SAMPLES, UPDATED) },
    { call: 'openPath', file: path.join(SAMPLES, ORIGINAL) },
  ]);
});
