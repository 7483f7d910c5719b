// The whole main journey from the keyboard alone: open a folder, pick A and B, step through the
// changes, find a phrase, widen it to its sentence, make a passage note, leave the editor, add
// a note that asks its scope, and export. No mouse event is sent.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SAMPLES, test } from './fixtures';
import { axeViolations } from './pages/axe';
import { Workbench } from './pages/workbench';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluateHandle(() => document.activeElement);
    if (await found.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const SENTENCE =
  'Mayor Helen Varga announced the closure at a news conference on the riverbank, with temporary fencing already in place behind her.';

test('the main journey works from the keyboard', async ({ launch, makeFolder }) => {
  test.setTimeout(90_000);
  const start = await makeFolder({ 'only.txt': 'Only one\n\nNothing to compare yet.\n' });
  const app = await launch({ folder: start });
  const { page } = app;
  const workbench = new Workbench(page);

  // Open a folder: Ctrl+O and the (stubbed) system dialog, once the first folder is shown.
  await expect(workbench.folderName()).toHaveText(path.basename(start));
  await app.chooseFolderNext(SAMPLES);
  await page.keyboard.press('Control+o');
  await expect(workbench.folderName()).toHaveText('samples');

  // Pick B from the keyboard: Tab into B's radio group, arrows move the choice.
  await tabTo(page, (element) => element.getAttribute('name') === 'right-article', 'the B choices');
  await page.keyboard.press('ArrowDown');
  await expect(workbench.header('B')).toContainText('footbridge closure exposes the cost');
  await page.keyboard.press('ArrowUp');
  await expect(workbench.header('B')).toContainText('Calderport closes Ashcombe footbridge');
  await expect(workbench.header('A')).toContainText('Calderport shuts Ashcombe footbridge');

  // Step through the changes.
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page.getByTestId('change-counter')).toHaveText('Change 2 of 11');

  // Find a phrase; closing the bar leaves the hit selected; Alt+S widens it to its sentence.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('temporary fencing');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 2');
  await page.keyboard.press('Escape');
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
  await expect.poll(selected).toBe('temporary fencing');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(selected).toBe('temporary fencing ');
  await page.keyboard.press('Alt+s');
  await expect.poll(selected).toBe(SENTENCE);
  await workbench.screenshot('comfort-keyboard-sentence');

  // Ctrl+Shift+N: a passage note on it, its editor focused; Escape leaves the editor.
  await page.keyboard.press('Control+Shift+N');
  const notes = workbench.notesPane();
  const note = notes.getByTestId('note');
  await expect(note).toHaveCount(1);
  await expect(note.locator('.note-quote')).toHaveText(SENTENCE);
  await expect(notes.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Fencing was up before the announcement.');
  await expect(notes.getByText('Saved')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note.locator('.note-head')).toBeFocused();

  // With nothing selected, a new note asks what it is about; the keyboard answers.
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await page.keyboard.press('Control+Shift+N');
  const dialog = page.getByRole('dialog', { name: 'What is the note about?' });
  await expect(dialog.getByRole('button', { name: 'This comparison (A with B)' })).toBeFocused();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  await workbench.screenshot('comfort-keyboard-scope');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: /^Article A: / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(note).toHaveCount(2);
  // The new note's editor takes the focus once the note is stored.
  await expect(notes.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('The original version.');
  await expect(notes.getByText('Saved')).toBeVisible();
  await page.keyboard.press('Escape');

  // Export to Markdown from the keyboard.
  const out = await mkdtemp(path.join(os.tmpdir(), 'variorum-keyboard-'));
  await app.saveNextTo(path.join(out, 'notes.md'));
  await tabTo(page, (element) => element.textContent === 'Markdown', 'the Markdown export');
  await page.keyboard.press('Enter');
  await expect(notes.getByText('Saved notes.md.')).toBeVisible();
  const markdown = await readFile(path.join(out, 'notes.md'), 'utf8');
  expect(markdown).toContain(`> ${SENTENCE}`);
  expect(markdown).toContain('Fencing was up before the announcement.');
  expect(markdown).toContain('The original version.');
});
