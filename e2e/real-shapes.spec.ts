// Real files as they are shaped and encoded: the seeds' one-paragraph-per-line article and a
// poem's stanzas become rows of their own; double-encoded text is repaired, labelled and can be
// seen as decoded; a page naming an unknown charset says so. Uses ../shared/corpus when present.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { SHARED_CORPUS } from '../main/testing/shared-corpus';

const corpus = SHARED_CORPUS;
const fromCorpus = (relative: string): Buffer => readFileSync(path.join(corpus!, relative));

test.describe('real corpus shapes', () => {
  test.skip(!corpus, 'the shared corpus (../shared/corpus) is absent');

  test('a file with one paragraph per line gets one row per paragraph', async ({ launch, makeFolder }) => {
    const folder = await makeFolder({
      '000_ec51e3a349923cd4.txt': fromCorpus('seeds/000_ec51e3a349923cd4.txt'),
      '002_76a816bf121e44fe.txt': fromCorpus('seeds/002_76a816bf121e44fe.txt'),
    });
    const { page } = await launch({ folder });
    const workbench = new Workbench(page);
    await workbench.pick('left', '000_');
    await workbench.pick('right', '002_');
    await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
    const right = page.locator('.cell-text[data-side="right"]');
    // Twelve lines, twelve paragraphs, each in a row of its own; cleaning leaves out the last,
    // a newsletter pitch ("More from Axios: Sign up…"), now that it is a paragraph of its own.
    await expect(right).toHaveCount(11);
    await expect(right.filter({ hasText: 'More from Axios' })).toHaveCount(0);
    const whyItMatters = right.filter({ hasText: 'Why it matters:' });
    await expect(whyItMatters).toHaveCount(1);
    await expect(whyItMatters).not.toContainText('The other side:');
    await workbench.screenshot('30-seeds-002-one-paragraph-per-line');
  });

  test('verse keeps its stanzas as rows, lines as lines', async ({ launch, makeFolder }) => {
    const folder = await makeFolder({
      'damozel-1850-germ.txt': fromCorpus('rossetti-blessed-damozel/damozel-1850-germ.txt'),
      'damozel-1870-first-edition.txt': fromCorpus('rossetti-blessed-damozel/damozel-1870-first-edition.txt'),
    });
    const { page } = await launch({ folder });
    const workbench = new Workbench(page);
    await workbench.pick('left', '1850');
    await workbench.pick('right', '1870');
    await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
    const stanza = page.locator('.cell-text[data-side="left"]').filter({ hasText: 'leaned out' });
    await expect(stanza).toHaveCount(1);
    await expect(stanza).toContainText('And the stars in her hair were seven.');
    await expect(stanza).not.toContainText('Her robe, ungirt');
    await workbench.screenshot('31-rossetti-stanzas');
  });

  test('a page that names an unknown charset says how it was read', async ({ launch, makeFolder }) => {
    const folder = await makeFolder({
      'nws.html': fromCorpus('web-captures/nws-radar-status-unknown-charset.html'),
      'other.txt': 'Radar status\n\nAll radars are up.\n',
    });
    const { page } = await launch({ folder });
    const workbench = new Workbench(page);
    await expect(workbench.article('nws.html')).toContainText(
      'declares the charset "who-knows-what-i-am", which is no known encoding: read as UTF-8',
    );
  });
});

test('double-encoded text is repaired, labelled, and can be seen as decoded', async ({
  launch,
  makeFolder,
}) => {
  const original = 'The minister’s talks in España went on.\n\nA second paragraph, unchanged.\n';
  const garbled = Buffer.from(original, 'utf8').toString('latin1');
  const folder = await makeFolder({
    'a-original.txt': original,
    // UTF-8 read as Latin-1 and saved again as UTF-8: "EspaÃ±a", "ministerâ\u0080\u0099s".
    'b-garbled.txt': Buffer.from(garbled, 'utf8'),
  });
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await expect(workbench.article('b-garbled.txt')).toContainText('repaired double-encoded text');
  await workbench.pick('left', 'a-original.txt');
  await workbench.pick('right', 'b-garbled.txt');
  await expect(workbench.header('B')).toContainText('repaired double-encoded text');
  await expect(workbench.stats()).toContainText('100% similar');
  await workbench.screenshot('32-mojibake-repaired');

  await workbench
    .header('B')
    .getByRole('checkbox', { name: /Repaired/ })
    .uncheck();
  await expect(workbench.stats()).not.toContainText('100% similar');
  await expect(page.locator('.cell-text[data-side="right"]').first()).toContainText('EspaÃ±a');
  await workbench.screenshot('33-mojibake-as-decoded');
});
