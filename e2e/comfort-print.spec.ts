// Print that reads like a document: the header shares page 1 with the text, rows break across
// pages where a page is full (no page left with a few words), and the marks wrap the changed
// words only, the space after them outside, in the print layout as in copied text.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { glyphsPerPage } from './pages/pdf-pages';

/** A long opening paragraph (more than a page's worth left under the header), then others. */
function edition(year: string, opening: string): string {
  const long = Array.from(
    { length: 40 },
    (_, index) =>
      `Sentence ${index} of the opening runs on about the variation of species under domestication.`,
  ).join(' ');
  const rest = Array.from(
    { length: 30 },
    (_, index) =>
      `Paragraph ${index}: ${'pigeons and their breeds vary more than any wild bird does. '.repeat(index % 5 === 0 ? 25 : 4)}`,
  );
  return `On the Origin, ${year}\n\n${opening} ${long}\n\n${rest.join('\n\n')}\n`;
}

/** A cell's text as print shows it: the marks' brackets (generated content) put in their places. */
function printedText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector, { hasText: 'When we' })
    .first()
    .evaluate((cell) => {
      const pseudo = (element: Element, which: '::before' | '::after'): string => {
        const content = getComputedStyle(element, which).content;
        return content === 'none' || content === 'normal' ? '' : content.replace(/^"|"$/g, '');
      };
      let out = '';
      const walk = (node: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) {
          out += node.textContent;
          return;
        }
        const element = node as Element;
        out += pseudo(element, '::before');
        node.childNodes.forEach(walk);
        out += pseudo(element, '::after');
      };
      walk(cell);
      return out.trim();
    });
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`prints like a document at ${viewport.width}×${viewport.height}: full pages, marks on the words only`, async ({
    launch,
    makeFolder,
  }) => {
    test.setTimeout(90_000);
    const folder = await makeFolder({
      'origin-1859.txt': edition('1859', 'When we look to the individuals of the same variety, we see much.'),
      'origin-1860.txt': edition('1860', 'When we the individuals of the same variety, we see much.'),
    });
    const app = await launch({ folder, viewport });
    const { page } = app;
    const workbench = new Workbench(page);
    await expect(workbench.stats()).toContainText('% similar');

    // Copied text: the space after the marked words stays outside the mark.
    await page.evaluate(() => {
      window.addEventListener('copy', (event) => {
        (window as unknown as { __copied: string }).__copied =
          event.clipboardData?.getData('text/plain') ?? '';
      });
      const cell = [...document.querySelectorAll('.row-changed .cell-text[data-side="left"]')].find((each) =>
        each.textContent?.startsWith('When we'),
      )!;
      const range = document.createRange();
      range.selectNodeContents(cell);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => (window as unknown as { __copied: string }).__copied);
    expect(copied).toMatch(/^When we \[-look to-\] the individuals/);

    // The print layout: the same marks, on the words.
    await page.emulateMedia({ media: 'print' });
    const printed = await printedText(page, '.row-changed .cell-text[data-side="left"]');
    expect(printed).toMatch(/^When we \[-look to-\] the individuals/);
    await workbench.screenshot(`comfort-print-${viewport.width}`);
    await page.emulateMedia({ media: 'screen' });

    // The PDF: page 1 holds the header and text; no page but the last is nearly empty.
    const out = await mkdtemp(path.join(os.tmpdir(), 'variorum-pdf-document-'));
    await app.saveNextTo(path.join(out, 'origin.pdf'));
    await page.getByRole('button', { name: 'PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved origin.pdf.' })).toBeVisible();
    const pages = glyphsPerPage(await readFile(path.join(out, 'origin.pdf')));
    const fullest = Math.max(...pages);
    expect(pages.length).toBeGreaterThan(3);
    // Before, page 1 held the header alone (about 125 glyphs) and every other page was half full.
    expect(pages[0]!).toBeGreaterThan(fullest * 0.7);
    for (const glyphs of pages.slice(0, -1)) expect(glyphs).toBeGreaterThan(fullest * 0.7);
  });
}
