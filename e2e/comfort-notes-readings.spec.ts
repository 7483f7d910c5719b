// Notes that stand alone: an exported passage note carries what A and B read at its passage
// and the paragraph number on each side, so the export is readable without the app.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

test('Markdown and CSV exports give both readings and paragraph numbers at a noted passage', async ({
  launch,
  makeFolder,
}) => {
  test.setTimeout(60_000);
  const folder = await makeFolder({
    'origin-1859.txt':
      'On the Origin\n\nChapter one.\n\nWhen we look to the individuals of the same variety, we see much.\n',
    'origin-1860.txt':
      'On the Origin\n\nChapter one, revised.\n\nAn added paragraph.\n\nWhen we consider the individuals of the same variety, we see much.\n',
  });
  const app = await launch({ folder, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  const workbench = new Workbench(page);
  await expect(workbench.stats()).toContainText('% similar');

  // A note on A's "look to the", made from the keyboard: find, Escape selects the hit, note it.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('look to the');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+N');
  const notes = workbench.notesPane();
  await expect(notes.getByTestId('note')).toHaveCount(1);
  await notes.getByRole('textbox', { name: 'Note' }).fill('Darwin changed the verb.');
  await expect(notes.getByText('Saved')).toBeVisible();
  await workbench.screenshot('comfort-notes-readings');

  const out = await mkdtemp(path.join(os.tmpdir(), 'variorum-readings-'));
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
  expect(markdown).toContain('> look to the');
  // A's paragraph 3 stands opposite B's paragraph 4 (B gained a paragraph before it).
  expect(markdown).toContain(
    '- A, ¶3 (`origin-1859.txt`): look to the\n- B, ¶4 (`origin-1860.txt`): consider the\n',
  );
  const csv = await exportTo('CSV', 'notes.csv');
  expect(csv).toContain('A paragraph,A text,B paragraph,B text');
  expect(csv).toContain(',3,look to the,4,consider the,');
});
