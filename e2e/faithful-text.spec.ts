// Faithful text in the app: a real page saved double-encoded is repaired and labelled, and
// reads as the same page; identical files are said to be identical; punctuation-only edits
// carry their own mark and count; whole added and removed paragraphs are marked by more than
// colour. Uses the energy.gov capture in ../shared/corpus when present.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { SHARED_CORPUS } from '../main/testing/shared-corpus';

/** What a UTF-8 file becomes when read as Latin-1 and saved again as UTF-8. */
const doubleEncoded = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('latin1'), 'utf8');

test.describe('a real page saved double-encoded', () => {
  test.skip(!SHARED_CORPUS, 'the shared corpus (../shared/corpus) is absent');

  test('is repaired, labelled and reads as the same page', async ({ launch, makeFolder }) => {
    const capture = readFileSync(path.join(SHARED_CORPUS!, 'web-captures/energy-gov/capture-1.html'));
    const folder = await makeFolder({
      'capture-1.html': capture,
      'capture-1-double-encoded.html': doubleEncoded(capture),
    });
    const { page } = await launch({ folder });
    const workbench = new Workbench(page);
    await expect(workbench.article('capture-1-double-encoded.html')).toContainText(
      'repaired double-encoded text',
    );
    await workbench.pick('left', 'capture-1.html');
    await workbench.pick('right', 'capture-1-double-encoded.html');
    await expect(workbench.header('B')).toContainText('repaired double-encoded text');
    await expect(page.getByTestId('sameness')).toContainText('identical as text');
    await expect(workbench.stats()).toContainText('100% similar');
    await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
    const right = page.locator('.cell-text[data-side="right"]');
    await expect(right.filter({ hasText: 'nuclear security' }).first()).toBeVisible();
    // Not one garbled sequence is left on screen: "Ã", "Â" or "â" followed by a C1 control.
    const shown = (await right.allInnerTexts()).join('\n');
    expect(shown).not.toMatch(/[ÃÂâ][\u0080-\u00bf]/);
    await workbench.screenshot('34-double-encoded-page-repaired');

    // Seen as decoded, the same page is full of false changes: the repair is what removes them.
    await workbench
      .header('B')
      .getByRole('checkbox', { name: /Repaired/ })
      .uncheck();
    await expect(page.getByTestId('sameness')).toHaveCount(0);
    await expect(workbench.rows('changed').first()).toBeVisible();
  });
});

test('byte-identical files say so', async ({ launch, makeFolder }) => {
  const text = 'A short notice.\n\nIt was saved twice without a change.\n';
  const folder = await makeFolder({ 'rev-1.txt': text, 'rev-2.txt': text });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await workbench.pick('left', 'rev-1.txt');
  await workbench.pick('right', 'rev-2.txt');
  await expect(page.getByTestId('sameness')).toHaveText(/A and B are identical \(byte for byte\)/);
  await workbench.screenshot('35-identical-byte-for-byte');
});

test('punctuation-only edits and whole paragraphs carry a mark beyond colour', async ({
  launch,
  makeFolder,
}) => {
  const folder = await makeFolder({
    'a.txt':
      'He told us, plainly, that the vote was lost.\n\nA paragraph that was later cut.\n\nThe end stays.\n',
    'b.txt':
      'He told us plainly that the vote was lost.\n\nThe end stays.\n\nA paragraph added at the end.\n',
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await workbench.pick('left', 'a.txt');
  await workbench.pick('right', 'b.txt');
  await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
  const punctuation = page
    .locator('.cell-left [data-op="delete"]')
    .filter({ has: page.locator('.punctuation-only') });
  await expect(punctuation).toHaveCount(2);
  await expect(punctuation.first()).toHaveAttribute('title', /Only the punctuation of this word differs/);
  await expect(page.getByTestId('stat-punctuation')).toContainText('2 punctuation only');

  // The removed and added paragraphs carry a word and an edge, not only a tint.
  const removedCell = workbench.rows('removed').locator('.cell-left');
  const addedCell = workbench.rows('added').locator('.cell-right');
  const cue = (cell: typeof removedCell) =>
    cell.evaluate((element) => ({
      label: getComputedStyle(element, '::before').content,
      edge: getComputedStyle(element).borderLeftStyle,
    }));
  expect(await cue(removedCell)).toEqual({ label: '"− removed paragraph"', edge: 'dashed' });
  expect(await cue(addedCell)).toEqual({ label: '"+ added paragraph"', edge: 'solid' });
  await workbench.screenshot('36-punctuation-and-paragraph-cues');

  await page.getByRole('radio', { name: 'Inline' }).check();
  const inlineRemoved = workbench.rows('removed').locator('.cell-inline');
  expect((await cue(inlineRemoved)).label).toBe('"− removed paragraph"');
  await workbench.screenshot('37-inline-paragraph-cues');
});

test('dates come from the text or the file name, say so, and name a likely source', async ({
  launch,
  makeFolder,
}) => {
  const quote =
    '“We will rebuild the bridge before the winter comes, whatever it costs the town,” the mayor said.';
  const folder = await makeFolder({
    'harbour-report-2021-12-30.txt': `Bridge to be rebuilt\n\nThe council met on Thursday. ${quote} Work starts in spring.\n`,
    'ledger.txt': `Mayor promises a new bridge\nPublished December 31, 2021\n\nIn a statement, ${quote} Critics were unmoved.\n`,
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.article('harbour-report')).toContainText('2021-12-30 (from the file name)');
  await expect(workbench.article('ledger.txt')).toContainText('2021-12-31 (from the text)');
  await page.getByRole('tab', { name: 'Overview' }).click();
  const passage = page.locator('.passage', { hasText: 'rebuild the bridge' }).first();
  await expect(passage).toBeVisible();
  const places = passage.locator('.passage-occurrences li');
  await expect(places.filter({ hasText: 'likely source' })).toHaveCount(1);
  await expect(places.filter({ hasText: 'likely source' })).toContainText('harbour-report-2021-12-30.txt');
  await workbench.screenshot('38-dates-and-likely-source');
});
