// A layout for every screen: at 1024×700 the panes are drawers (Ctrl/⌘+B, Ctrl/⌘+J, remembered)
// and each text column holds at least ~45 characters a line; at 2560×1440 the columns keep a
// reading measure, side by side with no dead gap, each side's header over its own column.
// Screenshots at four sizes, light and dark.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const UPDATED = '2026-03-03-harbour-courier-updated.txt';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
];

/** Characters a line of each text column holds, and the gap between the two columns. */
function columns(page: Page) {
  return page.evaluate(() => {
    const measure = (side: string) => {
      const text = document.querySelector<HTMLElement>(`.row-changed .cell-text[data-side="${side}"]`)!;
      const cell = text.closest<HTMLElement>('.cell')!;
      const style = getComputedStyle(cell);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const sample = text.textContent!;
      const average = context.measureText(sample).width / sample.length;
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { characters: inner / average, box: cell.getBoundingClientRect() };
    };
    const left = measure('left');
    const right = measure('right');
    const scroll = document.querySelector('.compare-scroll')!.getBoundingClientRect();
    return {
      left: left.characters,
      right: right.characters,
      gap: right.box.left - left.box.right,
      used: (right.box.right - left.box.left) / scroll.width,
    };
  });
}

async function pickPair(page: Page, narrow: boolean): Promise<void> {
  const workbench = new Workbench(page);
  if (narrow) await page.keyboard.press('Control+b');
  await workbench.pick('left', ORIGINAL);
  await workbench.pick('right', UPDATED);
  if (narrow) await page.keyboard.press('Escape');
  await expect(workbench.stats()).toContainText('% similar');
}

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`lays out at ${size.width}×${size.height}, ${scheme}`, async ({ launch }) => {
      const { page } = await launch({ viewport: size });
      await page.emulateMedia({ colorScheme: scheme });
      const narrow = size.width < 1280;
      const library = page.getByRole('navigation', { name: 'Articles' });
      const notes = page.getByRole('complementary', { name: 'Notes' });
      // Narrow: both panes start as closed drawers; wide: both docked.
      await expect(library).toBeVisible({ visible: !narrow });
      await expect(notes).toBeVisible({ visible: !narrow });
      await pickPair(page, narrow);
      await expect(library).toBeVisible({ visible: !narrow });

      const measured = await columns(page);
      expect(measured.left).toBeGreaterThanOrEqual(45);
      expect(measured.right).toBeGreaterThanOrEqual(45);
      // A comfortable measure, and the two columns face each other.
      expect(measured.left).toBeLessThanOrEqual(100);
      expect(measured.gap).toBeLessThanOrEqual(8);
      if (size.width >= 1920) expect(measured.used).toBeGreaterThan(0.7);
      // Each side's header stands over its own column: its badge at the column's left edge.
      const offsets = await page.evaluate(() => {
        const left = (selector: string): number =>
          document.querySelector(selector)!.getBoundingClientRect().left;
        return [
          left('.header-column .side-label') - left('.row-changed .cell-left'),
          left('.compare-header > .side-header .side-label') - left('.row-changed .cell-right'),
        ];
      });
      for (const offset of offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(6);
      if (narrow) {
        // One compact row of options: no wrapping.
        const bar = await page.getByRole('toolbar', { name: 'Comparison options' }).boundingBox();
        expect(bar!.height).toBeLessThan(40);
      }
      await new Workbench(page).screenshot(`comfort-layout-${size.width}x${size.height}-${scheme}`);

      await page.getByRole('radio', { name: 'Inline' }).check();
      const inline = await page.locator('.cell-inline').first().boundingBox();
      const scroll = await page.locator('.compare-scroll').boundingBox();
      // Inline is not a narrow strip: it takes most of the room up to a reading measure.
      expect(inline!.width).toBeGreaterThanOrEqual(Math.min(scroll!.width - 40, 900));
      await new Workbench(page).screenshot(`comfort-layout-${size.width}x${size.height}-${scheme}-inline`);
    });
  }
}

test('the drawers open with their keys and rails, and the choice is remembered', async ({ launch }) => {
  const { page } = await launch({ viewport: { width: 1024, height: 700 } });
  const library = page.getByRole('navigation', { name: 'Articles' });
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await expect(library).toBeHidden();
  await page.keyboard.press('Control+j');
  await expect(notes).toBeVisible();
  await new Workbench(page).screenshot('comfort-layout-1024-notes-drawer');
  // Opening one drawer closes the other: they cover the same comparison.
  await page.getByRole('button', { name: 'Articles' }).click();
  await expect(library).toBeVisible();
  await expect(notes).toBeHidden();
  await page.reload();
  await expect(library).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(library).toBeHidden();

  // Wide windows remember their own choice: hiding the notes there does not touch the drawers.
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(library).toBeVisible();
  await page.keyboard.press('Control+j');
  await expect(notes).toBeHidden();
  await page.reload();
  await expect(notes).toBeHidden();
  await expect(library).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(library).toBeHidden();
});
