// The Overview as a reader uses it: the similarity map (hover, keys, click to compare), the
// groups and stepping through one in Compare, shared passages with their filters and opening
// one at its place, the seeds nobody here wrote, and a folder that changes while open; labels
// that tell editions with one title apart, and a colour scale fitted to the folder's range.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SAMPLES, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { corpusPath, SHARED_CORPUS } from '../main/testing/shared-corpus';
import { articleText, editArticle, generateArticle } from '../main/bench/generate-texts';

const SEEDS = corpusPath('seeds');
const WIKIPEDIA = corpusPath('wikipedia-revisions');

/** The colour drawn at the centre of the map's cell (row, col), as [r, g, b]. */
async function cellColour(page: Page, row: number, col: number, cell: number): Promise<number[]> {
  return page.getByTestId('heat-map').evaluate(
    (canvas: HTMLCanvasElement, at) => {
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const x = Math.floor((at.col + 0.5) * at.cell * ratio);
      const y = Math.floor((at.row + 0.5) * at.cell * ratio);
      return [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data.slice(0, 3)];
    },
    { row, col, cell },
  );
}

const colourDistance = (a: number[], b: number[]): number =>
  Math.hypot(...a.map((value, i) => value - b[i]!));

async function openOverview(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: /Groups/ })).toBeVisible();
}

test('the map shows each pair’s figure and opens the pair in Compare', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await openOverview(page);
  const map = page.getByTestId('heat-map');
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  // Four articles, the three versions first: row 1, column 2 is original × copy.
  const cell = box.width / 4;
  await map.hover({ position: { x: cell * 1.5, y: cell * 0.5 } });
  const figure = page.locator('#heat-figure');
  await expect(figure).toContainText(/shared$/);
  await expect(figure).toContainText('%');
  await workbench.screenshot('overview-01-map');

  // Keyboard: focus the map, move, and Enter opens the pair.
  await page.getByRole('application', { name: /Similarity map/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const described = await figure.textContent();
  expect(described).toMatch(/ and .*: .*shared/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.rows().first()).toBeVisible();
  const [titleA, titleB] = described!.split(': ')[0]!.split(' and ');
  await expect(workbench.header('A')).toContainText(titleA!.slice(0, 30));
  await expect(workbench.header('B')).toContainText(titleB!.slice(0, 30));

  // A click on a cell opens that pair too.
  await openOverview(page);
  await map.click({ position: { x: cell * 3.5, y: cell * 0.5 } });
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.header('B')).toContainText('riverside-ledger');
});

test('a group is listed oldest first and steps through its versions in Compare', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await openOverview(page);
  const group = page.locator('.group').first();
  await expect(group).toContainText('Group 1: 3 versions, by date');
  const members = group.locator('.group-members li');
  await expect(members).toHaveCount(3);
  await expect(members.nth(2)).toContainText('2026-03-03-harbour-courier-updated.txt');
  await workbench.screenshot('overview-02-groups');

  const paths = await members.locator('.group-meta').allTextContents();
  const pathOf = (meta: string): string => meta.split(' · ')[0]!;
  await group.getByRole('button', { name: 'Step through in Compare' }).click();
  await expect(page.getByText(/step through group 1 \(3 versions\)/)).toBeVisible();
  await expect(workbench.header('A')).toContainText(pathOf(paths[0]!));
  await expect(workbench.header('B')).toContainText(pathOf(paths[1]!));
  await page.keyboard.press(']');
  await expect(workbench.header('A')).toContainText(pathOf(paths[1]!));
  await expect(workbench.header('B')).toContainText(pathOf(paths[2]!));
  await workbench.screenshot('overview-03-group-in-compare');
  // The last version has no next one within the group.
  await page.keyboard.press(']');
  await expect(workbench.header('B')).toContainText(pathOf(paths[2]!));
});

test('shared passages filter, and open the article at the passage, highlighted', async ({ launch }) => {
  const { page } = await launch();
  const workbench = new Workbench(page);
  await openOverview(page);
  const passages = page.locator('.passage');
  const count = page.locator('.passages-count');
  await expect(passages.first()).toBeVisible();
  const all = await passages.count();
  // Passage text is article text: it is read through the DOM contract.
  const first = passages.first().locator('[data-side="left"][data-op="equal"]');
  const text = (await first.textContent())!;
  expect(text.length).toBeGreaterThan(10);

  await page.getByRole('checkbox', { name: 'Quotations only' }).check();
  const quotations = await passages.count();
  expect(quotations).toBeLessThanOrEqual(all);
  for (const meta of await passages.locator('.passage-meta').allTextContents())
    expect(meta).toMatch(/^Quotation/);
  await page.getByRole('spinbutton').fill('4');
  await expect(count).toContainText(/of \d+ passages/);
  for (const meta of await passages.locator('.passage-meta').allTextContents())
    expect(meta).toMatch(/in 4 articles/);
  await workbench.screenshot('overview-04-passages');

  // Open the passage in the Riverside Ledger's write-up: it scrolls there and is marked.
  const chosen = passages.first();
  const quote = (await chosen.locator('[data-side="left"]').textContent())!;
  await chosen.locator('li', { hasText: 'riverside-ledger' }).getByRole('button').click();
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.header('A')).toContainText('riverside-ledger');
  const probe = quote.split(/\s+/).slice(0, 4).join(' ');
  await expect(page.locator('.cell-left', { hasText: probe }).first()).toBeInViewport();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'overview-passage',
        );
        return highlight ? [...highlight].map((range) => range.toString()).join('') : '';
      }),
    )
    .toContain(probe);
  await workbench.screenshot('overview-05-passage-in-compare');
});

test('on the seeds, the scraped copy groups with its original and the reports share quotations', async ({
  launch,
}) => {
  test.skip(!SHARED_CORPUS, 'the shared corpus is not here');
  const { page } = await launch({ folder: SEEDS });
  const workbench = new Workbench(page);
  await openOverview(page);
  const groups = page.locator('.group');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('000_ec51e3a349923cd4.txt');
  await expect(groups.first()).toContainText('001_43a9ed93a7d3cbb3.txt');
  const serious = page.locator('.passage', {
    has: page.locator('[data-side="left"]', { hasText: /^serious and substantive$/ }),
  });
  await expect(serious).toHaveCount(1);
  await expect(serious).toContainText('002_');
  await expect(serious).toContainText('004_');
  // Only the scraped copy states a date; the others have none (their file times are one
  // checkout's): a lone date names no source.
  await expect(page.locator('.passages-list')).not.toContainText('likely source');
  await expect(serious).toContainText('no date');
  await workbench.screenshot('overview-06-seeds');

  // The original and its scraped copy share a title: the map names their files, and says why
  // it finds them 100% alike where Compare finds 96% (curly quotes against straight ones).
  const map = page.getByTestId('heat-map');
  const cell = (await map.boundingBox())!.width / 5;
  await map.hover({ position: { x: cell * 1.5, y: cell * 0.5 } });
  await expect(page.locator('#heat-figure')).toHaveText(
    /^00[01]_\w+\.txt and 00[01]_\w+\.txt: 100\.0% shared$/,
  );
  await expect(page.locator('#heat-measure')).toBeVisible();
  await expect(page.locator('#heat-measure')).toContainText('ignores case, punctuation, quotation marks');
  await workbench.screenshot('overview-13-seeds-hover');
  await expect(page.locator('.heat-labels li')).toHaveText([
    /^00[01]_/,
    /^00[01]_/,
    /^President Biden and Russian President Vladimir Putin spoke for 50 minutes.*…$/,
    /^WILMINGTON, Del\. — President Joe Biden.*…$/,
    "You're reading: What Biden and Putin Discussed",
  ]);
});

test('on the seeds, a passage is listed once per article with its places, and quotations are whole', async ({
  launch,
}) => {
  test.skip(!SHARED_CORPUS, 'the shared corpus is not here');
  const { page } = await launch({ folder: SEEDS });
  const workbench = new Workbench(page);
  await openOverview(page);
  // 003 carries this quotation twice: one entry for it, with two places.
  const urged = page.locator('.passage', { hasText: 'urged Russia to de-escalate tensions' });
  await expect(urged.locator('[data-side="left"]')).toHaveText(
    '"urged Russia to de-escalate tensions" with Ukraine',
  );
  await expect(urged.locator('.passage-meta')).toContainText('in 2 articles (3 places)');
  const carriers = urged.locator('.passage-occurrences > li');
  await expect(carriers).toHaveCount(2);
  const twice = carriers.filter({ hasText: '003_' });
  await expect(twice).toContainText('2 places');
  await urged.scrollIntoViewIfNeeded();
  await workbench.screenshot('overview-12-passage-places');
  // A passage that began inside a quotation now starts at its opening mark.
  await expect(
    page.locator('.passage [data-side="left"]', { hasText: 'made clear that the United States' }),
  ).toHaveText(/^“made clear .* Ukraine,”$/);

  // The second place opens 003 scrolled to it, and marks it.
  await twice.getByRole('button', { name: /Open place 2 of 2 in/ }).click();
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.header('A')).toContainText('003_');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'overview-passage',
        );
        return highlight ? [...highlight].map((range) => range.toString()).join('') : '';
      }),
    )
    .toContain('urged Russia to de-escalate tensions');
});

/** Six editions of one text, each revising the last; the first sentence (the title) is shared. */
function editions(): Record<string, string> {
  const opening =
    'WHEN we look to the individuals of the same variety or sub-variety of our older cultivated plants and animals, one of the first points which strikes us, is, that they generally differ much more from each other than do the individuals of any one species or variety in a state of nature.';
  let text = generateArticle(1859, 1500);
  const files: Record<string, string> = {};
  for (const [index, year] of [1859, 1860, 1861, 1866, 1869, 1872].entries()) {
    if (index > 0) text = editArticle(text, 0.025, year);
    files[`origin-${year}.txt`] = `${opening}\n\n${articleText(text)}\n`;
  }
  return files;
}

test('editions with one long title are told apart, and the colours resolve their close figures in both themes', async ({
  launch,
  makeFolder,
}) => {
  const folder = await makeFolder(editions());
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await openOverview(page);
  const labels = await page.locator('.heat-labels li').allTextContents();
  expect(labels).toHaveLength(6);
  expect(new Set(labels).size).toBe(6);
  for (const label of labels) expect(label).toMatch(/^origin-18\d\d\.txt$/);
  await expect(page.locator('.group-title')).toHaveText(labels.map((label) => new RegExp(label)));
  // The title they share is said once, for the group.
  await expect(page.locator('.group-shared-title')).toHaveText(
    '“WHEN we look to the individuals of the same variety or sub-variety of our older…”',
  );

  // Every pair's figure, from the map itself.
  const map = page.getByTestId('heat-map');
  const cell = (await map.boundingBox())!.width / 6;
  const figure = page.locator('#heat-figure');
  const pairs: Array<{ row: number; col: number; value: number }> = [];
  for (let row = 0; row < 6; row++) {
    for (let col = row + 1; col < 6; col++) {
      await map.hover({ position: { x: cell * (col + 0.5), y: cell * (row + 0.5) } });
      await expect(figure).toContainText(`${labels[row]} and ${labels[col]}:`);
      pairs.push({ row, col, value: Number(/([\d.]+)% shared/.exec((await figure.textContent())!)![1]) });
    }
  }
  pairs.sort((a, b) => a.value - b.value);
  const [lowest, highest] = [pairs[0]!, pairs.at(-1)!];
  expect(lowest.value).toBeGreaterThan(80);
  // The legend gives the folder's range, not 2–100%.
  const legend = page.getByTestId('heat-legend');
  await expect(legend).toContainText('colours span this folder’s range');
  const low = Number((await legend.locator('.heat-legend-low').textContent())!.replace('%', ''));
  const high = Number((await legend.locator('.heat-legend-high').textContent())!.replace('%', ''));
  expect(low).toBeLessThanOrEqual(lowest.value);
  expect(low).toBeGreaterThan(lowest.value - 1.5);
  expect(high).toBeGreaterThanOrEqual(highest.value);
  await page.mouse.move(0, 0);
  await workbench.screenshot('overview-10-editions-light');

  const colours = async (): Promise<number[][]> => [
    await cellColour(page, lowest.row, lowest.col, cell),
    await cellColour(page, highest.row, highest.col, cell),
  ];
  const [lightLow, lightHigh] = await colours();
  // On the old 2–100% scale these were two shades of one purple (about 40 apart).
  expect(colourDistance(lightLow!, lightHigh!)).toBeGreaterThan(150);

  const theme = page.getByRole('button', { name: /^Theme:/ });
  while (!/Dark/.test((await theme.textContent()) ?? '')) await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The canvas is painted again in the dark theme's scale.
  await expect.poll(async () => colourDistance((await colours())[1]!, lightHigh!)).toBeGreaterThan(100);
  const [darkLow, darkHigh] = await colours();
  expect(colourDistance(darkLow!, darkHigh!)).toBeGreaterThan(150);
  // The closest pairs stand out from the dark page: the brightest colour is theirs.
  const brightness = ([r, g, b]: number[]): number => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  expect(brightness(darkHigh!)).toBeGreaterThan(150);
  await workbench.screenshot('overview-11-editions-dark');
});

test('past 150 articles the ranked pairs name two versions of one title by their files', async ({
  launch,
  makeFolder,
}) => {
  // 76 stories, each in two versions that keep its first paragraph (the title) and revise the rest.
  const files: Record<string, string> = {};
  for (let story = 0; story < 76; story++) {
    const article = generateArticle(500 + story, 160);
    const name = String(story).padStart(3, '0');
    files[`story-${name}-v1.txt`] = articleText(article);
    files[`story-${name}-v2.txt`] = articleText([article[0]!, ...editArticle(article, 0.05, story).slice(1)]);
  }
  const { page } = await launch({ folder: await makeFolder(files) });
  const workbench = new Workbench(page);
  await openOverview(page);
  await expect(page.getByRole('heading', { name: /Most similar pairs/ })).toBeVisible();
  const first = page.locator('.pairs-list li').first();
  await expect(first).toBeVisible();
  const names = (await first.locator('.pairs-names').textContent())!;
  const [, a, b, title] = /^(story-\d{3}-v[12]\.txt) ↔ (story-\d{3}-v[12]\.txt), both “(.+)”$/.exec(names)!;
  expect(a).not.toBe(b);
  // The shared title is the first paragraph, cut to a readable length.
  expect(title!.length).toBeLessThanOrEqual(81);
  await workbench.screenshot('overview-14-ranked-pairs');
});

test('on the Wikipedia revisions, each article’s revisions are one group, in order', async ({ launch }) => {
  test.skip(!SHARED_CORPUS, 'the shared corpus is not here');
  const { page } = await launch({ folder: WIKIPEDIA });
  const workbench = new Workbench(page);
  await openOverview(page);
  await expect(page.locator('.group')).toHaveCount(4);
  const huck = page.locator('.group', { hasText: 'adventures-of-huckleberry-finn' });
  const order = (await huck.locator('.group-meta').allTextContents()).map((meta) => meta.split(' · ')[0]);
  expect(order).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `adventures-of-huckleberry-finn/revision-${n}.txt`));
  await expect(huck).toContainText('order inferred from the texts');
  await workbench.screenshot('overview-07-wikipedia');
});

test('a large folder shows a preliminary overview of the first articles read, then the whole', async ({
  launch,
}) => {
  test.skip(!SHARED_CORPUS, 'the shared corpus is not here');
  // The harness previews this small folder as the app previews thousands of files, and holds
  // each full run back so the preview stays on screen long enough to read.
  const { page, kind } = await launch({
    folder: WIKIPEDIA,
    overviewTiming: { above: 5, afterMs: 0, holdFullRunMs: 2_500 },
  });
  test.skip(kind === 'electron', 'the preview timing is set through the Chromium harness');
  const workbench = new Workbench(page);
  await page.getByRole('tab', { name: 'Overview' }).click();
  const note = page.getByRole('note');
  await expect(note).toContainText(/Preliminary: the first 16 of 2\d articles/);
  await expect(page.locator('.overview-map h2')).toContainText('16 articles');
  await expect(page.locator('.overview-passages')).toContainText('found once every article has been read');
  // The first sixteen files (by path) hold all of Huckleberry Finn's revisions.
  await expect(page.locator('.group', { hasText: 'adventures-of-huckleberry-finn' })).toBeVisible();
  await workbench.screenshot('overview-09-preview');
  await expect(note).toBeHidden({ timeout: 15_000 });
  await expect(page.locator('.overview-map h2')).not.toContainText('16 articles');
  await expect(page.locator('.group')).toHaveCount(4);
});

test('a file changed on disk updates the overview while it is open', async ({ launch, makeFolder }) => {
  const original = await readFile(path.join(SAMPLES, '2026-03-02-harbour-courier-original.txt'), 'utf8');
  const other = await readFile(path.join(SAMPLES, '2026-03-04-riverside-ledger-analysis.md'), 'utf8');
  const folder = await makeFolder({ 'a-original.txt': original, 'b-analysis.md': other });
  const { page } = await launch({ folder });
  await openOverview(page);
  await expect(page.getByText('No two articles are versions or copies of one text.')).toBeVisible();
  await writeFile(path.join(folder, 'c-copy.txt'), `${original}\n\nRecommended Stories\n`);
  await expect(page.locator('.group')).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('.group')).toContainText('c-copy.txt');
});
