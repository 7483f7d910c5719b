// Hostile files in an opened folder: a named pipe and a page nested 10,000 levels deep are
// listed as skipped with their reasons while the good files load, and invisible characters
// that could disguise a title or a file name are shown rather than obeyed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

test('lists a FIFO and a page too deep to read as skipped, and the good files load', async ({
  launch,
  makeFolder,
}) => {
  test.skip(process.platform === 'win32', 'no named pipes in the file system');
  const deep = `<html><body>${'<div>'.repeat(10_000)}<p>Deep.</p>${'</div>'.repeat(10_000)}</body></html>`;
  const folder = await makeFolder({
    'a-good.txt': 'Bridge closed\n\nThe bridge closed on Sunday.\n',
    // A right-to-left override makes "report‮txt.md" look like "reportdm.txt"; a zero-width
    // space makes a title look like another.
    'report\u202Etxt.md': '# Bridge\u200B closed\n\nRepairs will take months.\n',
    'deep.html': deep,
  });
  execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.articles()).toHaveCount(2);
  await expect(workbench.skippedFiles()).toHaveCount(2);
  await expect(workbench.skippedFiles().filter({ hasText: 'deep.html' })).toContainText(
    'Not loaded: page too complex to read (nested more than 128 levels deep)',
  );
  await expect(workbench.skippedFiles().filter({ hasText: 'pipe.txt' })).toContainText(
    'Not loaded: a named pipe (FIFO), not a regular file',
  );
  const disguised = workbench.articles().filter({ hasText: 'report⟨U+202E⟩txt.md' });
  await expect(disguised).toHaveCount(1);
  await expect(disguised).toContainText('Bridge⟨U+200B⟩ closed');
  await workbench.pick('left', 'a-good.txt');
  await workbench.pick('right', 'report⟨U+202E⟩txt.md');
  await expect(workbench.header('B')).toContainText('Bridge⟨U+200B⟩ closed');
  await expect(workbench.header('B')).toContainText('report⟨U+202E⟩txt.md');
  await workbench.screenshot('40-hostile-files');
});
