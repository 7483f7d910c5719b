// The collation view as a scholar uses it: the six Rossetti witnesses ticked in the list, the
// base text read through the DOM contract against the file, the apparatus read against the
// other witnesses, sigla, base and witnesses changed, the alignment table, keyboard stepping,
// "compare these two", the TEI export; and Wikipedia revisions growing from a stub.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { SHARED_CORPUS } from '../main/testing/shared-corpus';

const CORPUS = SHARED_CORPUS;
const ROSSETTI = CORPUS ? path.join(CORPUS, 'rossetti-blessed-damozel') : '';
const DAMOZELS = ROSSETTI
  ? readdirSync(ROSSETTI)
      .filter((file) => file.startsWith('damozel-'))
      .sort()
  : [];

/** The text the app collates for an article (cleaned, paragraphs joined by blank lines). */
async function articleText(page: Page, file: string): Promise<string> {
  return page.evaluate(async (name) => {
    const api = (window as unknown as { variorum: import('../preload/contract').VariorumApi }).variorum;
    const library = await api.getLibrary();
    const article = library!.articles.find((candidate) => candidate.path === name)!;
    return api.articleText({ id: article.id });
  }, file);
}

/** The base text as shown: each base paragraph's article-text elements, joined by blank lines. */
async function shownBaseText(page: Page): Promise<string> {
  return page
    .locator('.collation-text')
    .evaluate((root) =>
      [...root.querySelectorAll('p.collation-para')]
        .map((paragraph) =>
          [...paragraph.querySelectorAll('[data-side]')].map((element) => element.textContent).join(''),
        )
        .join('\n\n'),
    );
}

test.skip(!CORPUS, 'the shared corpus is not here');

test('collates the six Rossetti witnesses: base text, heat map and apparatus', async ({ launch }) => {
  const { page } = await launch({ folder: ROSSETTI });
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Collation' }).click();
  await expect(page.getByText('Tick two articles or more')).toBeVisible();
  for (const file of DAMOZELS)
    await workbench
      .article(file)
      .getByRole('checkbox', { name: /Collate/ })
      .check();

  await expect(page.locator('.collation-title')).toContainText('of 6 witnesses · base 1850');
  await expect(page.getByTestId('witness')).toHaveCount(6);
  // The base text on screen is exactly the 1850 text, lines kept as lines.
  const base = await articleText(page, 'damozel-1850-germ.txt');
  expect(await shownBaseText(page)).toBe(base);
  await expect(page.locator('p.collation-para').nth(1)).toContainText(
    'The blessed Damozel leaned out\nFrom the gold bar of Heaven:',
    { useInnerText: true },
  );
  // Nothing but article text sits in the contract's elements.
  const uiInText = await page.locator('[data-side] *').count();
  expect(uiInText).toBe(0);

  const apparatus = page.getByRole('complementary', { name: 'Apparatus' });
  // Keyboard: next and previous variation unit.
  await page.locator('.collation-title').click();
  await page.keyboard.press('n');
  await expect(page.locator('.unit-counter')).toHaveText(/^Variant 1 of \d+$/);
  await expect(apparatus).toContainText('The Blessed Damsel.');
  await page.keyboard.press('n');
  await expect(page.locator('.unit-counter')).toHaveText(/^Variant 2 of/);
  await page.keyboard.press('p');
  await expect(page.locator('.unit-counter')).toHaveText(/^Variant 1 of/);

  // "blue grave" is the 1850 reading only: every later witness omits it.
  const blueGrave = page.locator('.unit').filter({ hasText: /^blue grave\s*$/ });
  await blueGrave.click();
  await expect(apparatus).toContainText('5 of 5 witnesses differ');
  const readings = apparatus.locator('.readings li');
  await expect(readings).toHaveCount(2);
  await expect(readings.nth(0).locator('.sigla')).toHaveText('1850 damozel-1850-germ.txtbase');
  await expect(readings.nth(0).locator('[data-op="reading"]')).toHaveText('blue grave ');
  await expect(readings.nth(1).locator('.witness-siglum')).toHaveText([
    '1855',
    '1870a',
    '1870b',
    '1870c',
    '1881',
  ]);
  await expect(readings.nth(1).locator('.witness-file')).toHaveText(DAMOZELS.slice(1));
  await expect(readings.nth(1)).toContainText('om.');
  await expect(blueGrave).toHaveClass(/heat-5/);

  // "Damozel" / "damsel" / "damozel": three readings, agreeing witnesses grouped.
  await page
    .locator('.unit')
    .filter({ hasText: /^Damozel\s*$/ })
    .first()
    .hover();
  await expect(readings).toHaveCount(3);
  await expect(readings.nth(1).locator('.witness-siglum')).toHaveText(['1855']);
  await expect(readings.nth(1).locator('[data-op="reading"]')).toHaveText('damsel ');
  await expect(readings.nth(2).locator('.witness-siglum')).toHaveText(['1870a', '1870b', '1870c', '1881']);
  await workbench.page.mouse.move(0, 0);
  await workbench.screenshot('20-collation-rossetti');

  // Stepping on to the first unit whose readings differ only in punctuation: it says so, and
  // its readings have the same words.
  await page.locator('.collation-title').click();
  const counter = page.locator('.unit-counter');
  for (let step = 0; step < 80; step++) {
    if ((await apparatus.locator('.apparatus-head').textContent())?.includes('differ only in punctuation'))
      break;
    const before = await counter.textContent();
    await page.keyboard.press('n');
    await expect(counter).not.toHaveText(before!);
  }
  await expect(apparatus.locator('.apparatus-head')).toContainText('the readings differ only in punctuation');
  const shown = await readings.locator('[data-op="reading"]').allTextContents();
  expect(shown.length).toBeGreaterThan(1);
  const words = new Set(
    shown.map((text) =>
      text
        .replace(/[\p{P}\p{S}]/gu, '')
        .trim()
        .replace(/\s+/g, ' '),
    ),
  );
  expect(words.size).toBe(1);
  await workbench.screenshot('20b-collation-punctuation-only');
});

test('shows transposed words as moves, linked to where the witnesses read them', async ({
  launch,
}, testInfo) => {
  const app = await launch({ folder: ROSSETTI });
  const { page } = app;
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Collation' }).click();
  for (const file of DAMOZELS)
    await workbench
      .article(file)
      .getByRole('checkbox', { name: /Collate/ })
      .check();
  await expect(page.locator('.collation-title')).toContainText('of 6 witnesses · base 1850');
  // 1850 reads "In which Space is begun", every later witness "The which is Space begun".
  const space = page.locator('.collation-text [data-op="moved"]').filter({ hasText: /^Space$/ });
  await expect(space).toHaveCount(1);
  const from = space.locator('xpath=..');
  await expect(from).toHaveClass(/\bunit\b.*has-move/);
  await from.click();
  const apparatus = page.getByRole('complementary', { name: 'Apparatus' });
  const moves = apparatus.getByRole('list', { name: 'Transpositions' });
  await expect(moves).toContainText('Space (base) is read in another place by 1855 1870a 1870b 1870c 1881');
  const fromIndex = Number(await from.getAttribute('data-unit'));
  const go = moves.getByRole('button', { name: /^Go to variant \d+$/ }).first();
  const target = Number((await go.textContent())!.replace(/\D/g, '')) - 1;
  expect(target).toBeGreaterThan(fromIndex);
  await go.click();
  await expect(page.locator('.unit-counter')).toHaveText(`Variant ${target + 1} of ${await unitCount(page)}`);
  // The other end: ⇄ where the witnesses read the word, and the way back.
  const landing = page.locator(`.collation-text [data-unit="${target}"]`);
  await expect(landing.locator('.move-mark')).toHaveText('⇄');
  await expect(landing).toBeFocused();
  await expect(moves).toContainText('Space is read here by 1855 1870a 1870b 1870c 1881');
  await expect(moves.getByRole('button', { name: `Go to variant ${fromIndex + 1}` })).toBeVisible();
  await workbench.screenshot('20c-collation-transposition');

  // The alignment table marks the same move in its cells, at 1024×700: the base's "Space" boxed
  // in its column, and ⇄ with the box where each witness reads it, each named with the other end.
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(page.locator('.app')).toHaveClass(/panes-drawers/);
  await page.getByRole('button', { name: 'Alignment table' }).click();
  const table = page.locator('.alignment-table');
  const later = '1855, 1870a, 1870b, 1870c, 1881';
  const baseSpace = table.getByRole('group', {
    name: `“Space” transposed: ${later} read it at variant ${target + 1}`,
    exact: true,
  });
  await expect(baseSpace.locator('[data-op="moved"][data-side="left"]')).toHaveText('Space');
  await expect(baseSpace.locator('.move-mark')).toHaveCount(0);
  await expect(baseSpace.locator('.moved-words')).toHaveCSS('outline-style', 'dashed');
  const witnessSpace = table.getByRole('group', {
    name: `“Space” transposed: the base (1850) reads it at variant ${fromIndex + 1}`,
    exact: true,
  });
  await expect(witnessSpace).toHaveCount(5);
  await expect(witnessSpace.first().locator('.move-mark')).toHaveText('⇄');
  await expect(witnessSpace.first().locator('[data-op="moved"][data-side="right"]')).toHaveText('Space');
  // "could scarce" in 1850, "scarce could" in every later witness: a move in the same cells.
  const couldRow = table.locator('tbody tr', { hasText: 'She could scarce see the sun.' });
  await expect(
    couldRow
      .locator('td')
      .first()
      .getByRole('group', { name: /transposed: / }),
  ).not.toHaveCount(0);
  await expect(couldRow.locator('td').nth(1).locator('.move-mark')).not.toHaveCount(0);
  await witnessSpace.first().scrollIntoViewIfNeeded();
  await workbench.screenshot('20d-collation-table-transposition-1024');

  // The apparatus CSV says at each end which words are transposed, in which witness, and where.
  const csvFile = testInfo.outputPath('damozel.csv');
  await app.saveNextTo(csvFile);
  await page.getByRole('button', { name: 'CSV' }).click();
  await expect(page.getByText('Saved damozel.csv.')).toBeVisible();
  const csv = await readFile(csvFile, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/,transposed$/);
  const [fromLine, toLine] = [fromIndex, target].map((unit) =>
    csv
      .split('\r\n')
      .find((line) => line.includes(`1855 reads “Space” ${unit === fromIndex ? 'at' : 'here'}`))!,
  );
  const place = (line: string): string => line.split(',').slice(0, 2).join('.');
  expect(fromLine).toContain(`1855 reads “Space” at ${place(toLine!)}`);
  expect(toLine).toContain(`1855 reads “Space” here (base: ${place(fromLine!)})`);
});

/** How many variation units the counter's buttons step through (from the title). */
async function unitCount(page: Page): Promise<number> {
  const title = (await page.locator('.collation-title').textContent()) ?? '';
  return Number(/(\d+) variation units?/.exec(title)![1]);
}

test('sigla, base, witnesses, table, compare these two and TEI export', async ({ launch }, testInfo) => {
  const app = await launch({ folder: ROSSETTI });
  const { page } = app;
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Collation' }).click();
  // Collate all takes SOURCE.txt too; leave it out in the witness panel.
  await page.getByRole('button', { name: 'Collate all' }).click();
  await expect(page.getByTestId('witness')).toHaveCount(7);
  await page.getByRole('checkbox', { name: /Include .*SOURCE\.txt/ }).uncheck();
  await expect(page.locator('.collation-title')).toContainText('of 6 witnesses');

  // Sigla are editable and used everywhere.
  await page.getByRole('textbox', { name: 'Siglum for damozel-1850-germ.txt' }).fill('Germ');
  await expect(page.locator('.collation-title')).toContainText('base Germ');
  // Every witness's distance from the base is shown.
  await expect(page.getByTestId('witness').filter({ hasText: 'damozel-1881' })).toContainText(
    /\d+\.\d% different · \d+ places/,
  );

  // Another base: the 1881 text is rendered in full.
  await page.getByRole('radio', { name: /damozel-1881-first-edition\.txt.*as the base/ }).check();
  await expect(page.locator('.collation-title')).toContainText('base 1881');
  expect(await shownBaseText(page)).toBe(await articleText(page, 'damozel-1881-first-edition.txt'));

  // The alignment table: a column per witness, a row per slot.
  await page.getByRole('button', { name: 'Alignment table' }).click();
  const table = page.locator('.alignment-table');
  await expect(table.locator('thead th')).toHaveCount(7);
  const firstStanza = table.locator('tbody tr').nth(1);
  await expect(firstStanza.locator('td').nth(1)).toContainText('knew more of rest and shade');
  await expect(firstStanza.locator('td').nth(1).locator('.cell-differs').first()).toBeVisible();
  await workbench.screenshot('21-collation-table');

  // Compare these two: the pair view opens on the base and that witness.
  await page.getByRole('button', { name: 'Base text' }).click();
  await page.locator('.collation-text .unit').first().click();
  await expect(page.getByRole('complementary', { name: 'Apparatus' })).toContainText('The Blessed Damsel.');
  await page.getByRole('button', { name: 'Compare 1855 with base' }).click();
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.header('A')).toContainText('damozel-1881-first-edition.txt');
  await expect(workbench.header('B')).toContainText('damozel-1855-ms-morgan.txt');

  // TEI export of the collation, with the sigla given.
  await page.getByRole('tab', { name: 'Collation' }).click();
  const target = testInfo.outputPath('damozel.xml');
  await app.saveNextTo(target);
  await page.getByRole('button', { name: 'TEI' }).click();
  await expect(page.getByText('Saved damozel.xml.')).toBeVisible();
  const tei = await readFile(target, 'utf8');
  expect(tei).toContain('<witness xml:id="Germ">');
  expect(tei).toContain('<variantEncoding method="parallel-segmentation"');
  // Transpositions against the 1881 base: each <ptr> points at a <seg> of the export.
  const targets = [...tei.matchAll(/<ptr target="#([^"]+)"\/>/g)].map((match) => match[1]!);
  expect(tei).toContain('<listTranspose>');
  expect(targets.length).toBeGreaterThan(1);
  for (const id of targets) expect(tei).toContain(`<seg xml:id="${id}">`);
});

test('fits 1024×700 and names seven revisions of one title by siglum and file', async ({ launch }) => {
  const { page } = await launch({
    folder: path.join(CORPUS!, 'wikipedia-revisions', 'adventures-of-huckleberry-finn'),
  });
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Collation' }).click();
  await page.getByRole('button', { name: 'Collate all' }).click();
  await expect(page.locator('.collation-title')).toContainText('of 7 witnesses · base A');
  const body = page.locator('.collation-body');
  const height = async (): Promise<number> => (await body.boundingBox())!.height;
  // The panes dock or turn into drawers on the media query's change event, a moment after the
  // resize: measure once the shell has taken the layout of its new width.
  const resize = async (width: number, tall: number): Promise<void> => {
    await page.setViewportSize({ width, height: tall });
    await expect(page.locator('.app')).toHaveClass(width >= 1280 ? /panes-docked/ : /panes-drawers/);
  };
  await resize(1024, 700);
  // The base text keeps at least half the window, with the witness panel open below it.
  await expect(page.getByRole('tab', { name: 'Witnesses (7)' })).toHaveAttribute('aria-selected', 'true');
  expect(await height()).toBeGreaterThanOrEqual(350);
  await workbench.screenshot('24-collation-1024-witnesses');

  // Seven revisions, one title: each row names its file first, shown whole.
  const rows = page.getByTestId('witness');
  for (let k = 0; k < 7; k++) {
    const file = rows.nth(k).locator('.witness-file');
    await expect(file).toHaveText(`revision-${k}.txt`);
    const [fileBox, cellBox] = await Promise.all([
      file.boundingBox(),
      rows.nth(k).locator('.witness-name').boundingBox(),
    ]);
    expect(fileBox!.x + fileBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width);
  }
  await page.getByRole('textbox', { name: 'Siglum for revision-3.txt' }).fill('R3');
  // The two tabs follow the tab pattern: ← → between them.
  await page.getByRole('tab', { name: 'Witnesses (7)' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Apparatus' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Apparatus' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Collation' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Witnesses (7)' })).toHaveAttribute('aria-selected', 'true');

  // Folding the pane gives the text the rest of the height.
  const open = await height();
  await page.getByRole('button', { name: 'Fold ▾' }).click();
  expect(await height()).toBeGreaterThan(open + 100);
  await page.getByRole('button', { name: 'Unfold ▴' }).click();

  // The alignment table scrolls in both directions, its labels (siglum and file) sticky.
  await page.getByRole('button', { name: 'Alignment table' }).click();
  const wrap = page.locator('.alignment-table-wrap');
  const header = page.locator('.alignment-table thead th').filter({ hasText: 'revision-3.txt' });
  await expect(header.locator('.witness-siglum')).toHaveText('R3');
  const sizes = await wrap.evaluate((element) => ({
    wide: element.scrollWidth > element.clientWidth,
    tall: element.scrollHeight > element.clientHeight,
  }));
  expect(sizes).toEqual({ wide: true, tall: true });
  await wrap.evaluate((element) => element.scrollTo(element.scrollWidth, 600));
  const wrapBox = (await wrap.boundingBox())!;
  await expect
    .poll(async () => Math.round((await header.boundingBox())?.y ?? -1))
    .toBe(Math.round(wrapBox.y));
  const rowLabel = page.locator('.alignment-table tbody th').nth(8);
  expect(Math.round((await rowLabel.boundingBox())!.x)).toBe(Math.round(wrapBox.x));
  // No tall hatched gap: a witness without the paragraph is a narrow note, text cells keep their width.
  const gap = page.locator('.alignment-table td.no-paragraph').first();
  await expect(gap).toHaveText('— no paragraph');
  expect(await gap.evaluate((cell) => getComputedStyle(cell).backgroundImage)).toBe('none');
  const narrowest = await page
    .locator('.alignment-table td:not(.no-paragraph)')
    .evaluateAll((cells) => Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)));
  expect(narrowest).toBeGreaterThan(200);

  // The table follows the current unit: the last one, out of view from the top-left corner.
  await wrap.evaluate((element) => element.scrollTo(0, 0));
  await page.locator('.collation-title').click();
  const inView = async (unit: number): Promise<boolean> => {
    // The cell the table follows: a differing reading, or the text of a paragraph some lack.
    const cell = page
      .locator(`.alignment-table :is(.cell-differs, td.has-paragraph)[data-cell-unit="${unit}"]`)
      .first();
    const box = (await cell.boundingBox())!;
    const area = (await wrap.boundingBox())!;
    return (
      box.y >= area.y &&
      box.y + 10 <= area.y + area.height &&
      box.x >= area.x &&
      box.x + 10 <= area.x + area.width
    );
  };
  const last = (await unitCount(page)) - 1;
  expect(await inView(last)).toBe(false);
  await page.keyboard.press('p');
  await expect(page.locator('.unit-counter')).toHaveText(`Variant ${last + 1} of ${last + 1}`);
  await expect.poll(() => inView(last)).toBe(true);
  // Choosing a unit brings the apparatus forward, its readings named by siglum and file.
  await expect(page.getByRole('tab', { name: 'Apparatus' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('complementary', { name: 'Apparatus' }).locator('.witness-label').first(),
  ).toContainText(/^[A-GR3]+ revision-\d\.txt$/);
  await workbench.screenshot('25-collation-1024-table');
  await resize(1440, 900);
  await workbench.screenshot('26-collation-1440-table');
  // Back to the text: it opens at the unit chosen in the table.
  await page.getByRole('button', { name: 'Base text' }).click();
  await expect(page.locator(`.collation-text [data-unit="${last}"]`)).toBeInViewport();
  await workbench.screenshot('27-collation-1440-text');
  await resize(1024, 700);
  expect(await height()).toBeGreaterThanOrEqual(350);
  await workbench.screenshot('28-collation-1024-text');
});

test('collates Wikipedia revisions growing from a stub', async ({ launch }) => {
  const { page } = await launch({ folder: path.join(CORPUS!, 'wikipedia-revisions', 'hal-9000') });
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Collation' }).click();
  await page.getByRole('button', { name: 'Collate all' }).click();
  await expect(page.locator('.collation-title')).toContainText('of 4 witnesses · base A');
  expect(await shownBaseText(page)).toBe(await articleText(page, 'revision-0.txt'));
  // Paragraphs the stub lacks are shown where they stand, with who has them.
  const added = page.locator('.is-not-in-base');
  expect(await added.count()).toBeGreaterThan(3);
  await added.first().locator('.unit').click();
  await expect(page.getByRole('complementary', { name: 'Apparatus' })).toContainText('no paragraph here');
  await workbench.screenshot('22-collation-wikipedia');
  // The heat scale in the dark theme.
  const theme = page.getByRole('button', { name: /^Theme:/ });
  while (!/Dark/.test((await theme.textContent()) ?? '')) await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await workbench.screenshot('23-collation-dark');
});

test('takes a note on a passage of the base text', async ({ launch }) => {
  const { page } = await launch({ folder: ROSSETTI });
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Collation' }).click();
  for (const file of DAMOZELS.slice(0, 3)) {
    await workbench
      .article(file)
      .getByRole('checkbox', { name: /Collate/ })
      .check();
  }
  const stanza = page.locator('p.collation-para').nth(1);
  await expect(stanza).toContainText('The blessed');
  // Drag from the start of the stanza to the end of "leaned", across the shaded "Damozel".
  await stanza.evaluate((paragraph) => {
    const texts = [...paragraph.querySelectorAll('[data-side]')].map((element) => element.firstChild!);
    const end = texts.find((node) => node.textContent!.includes('leaned'))!;
    const range = document.createRange();
    range.setStart(texts[0]!, 0);
    range.setEnd(end, end.textContent!.indexOf('leaned') + 'leaned'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  const collation = page.locator('main.collation');
  await collation.getByRole('button', { name: 'Add note on selection' }).click();
  const note = page.getByRole('complementary', { name: 'Notes' }).getByTestId('note');
  await expect(note).toHaveCount(1);
  await expect(note.locator('.note-quote')).toHaveText('The blessed Damozel leaned');
  await expect(note).toContainText('The Blessed Damozel.');
});
