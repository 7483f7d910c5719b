// Notes that take you back: choosing a note whose comparison is not open opens that pair and
// shows its passage; cards and filters name the file as well as the title.
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const UPDATED = '2026-03-03-harbour-courier-updated.txt';
const SYNDICATED = 'valley-wire-copy.txt';

test('choosing a note opens its comparison and scrolls to its passage', async ({ launch }) => {
  test.setTimeout(60_000);
  const { page } = await launch({ viewport: { width: 1440, height: 700 } });
  const workbench = new Workbench(page);
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', UPDATED);
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();

  // A passage note near the end of B.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('shuttle across the Harmon');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('2 of 2');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+N');
  const notes = workbench.notesPane();
  const note = notes.getByTestId('note');
  await expect(note).toHaveCount(1);
  // The card names the file, not only the (shared) title.
  await expect(note.locator('.note-scope')).toHaveText(
    `Passage in “Calderport closes Ashcombe footbridge for months after inspectors find corroded cables” (${UPDATED})`,
  );
  await expect(notes.getByRole('combobox', { name: 'Which notes' })).toContainText(`On A: “Calderport shuts`);
  await expect(notes.getByRole('combobox', { name: 'Which notes' })).toContainText(`(${ORIGINAL})`);
  await page.keyboard.press('Escape');

  // Another pair, scrolled to the top: the note's passage is not on screen.
  await workbench.pick('right', SYNDICATED);
  await expect(workbench.header('B')).toContainText('2026-03-02-valley-wire-copy.txt');
  await page.locator('.compare-scroll').evaluate((element) => element.scrollTo(0, 0));

  await note.locator('.note-head').click();
  await expect(workbench.header('B')).toContainText(UPDATED);
  await expect(workbench.header('A')).toContainText(ORIGINAL);
  const passage = page.locator('.cell-right .cell-text', { hasText: 'shuttle across the Harmon' });
  await expect(passage).toBeInViewport();
  await workbench.screenshot('comfort-note-takes-you-back');
});
