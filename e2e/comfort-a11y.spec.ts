// Accessibility: zero axe-core violations on every main view (the comparison side by side and
// inline, find, the folder hits, the shortcuts sheet, the overview, the collation, the drawers),
// in light and in dark.
// Same-titled articles get distinct labels that name their files.
import { expect, test } from './fixtures';
import { axeViolations as violations } from './pages/axe';
import { Workbench } from './pages/workbench';

const ORIGINAL = '2026-03-02-harbour-courier-original.txt';
const UPDATED = '2026-03-03-harbour-courier-updated.txt';

for (const scheme of ['light', 'dark'] as const) {
  test(`every main view has no axe violations, ${scheme}`, async ({ launch }) => {
    test.setTimeout(90_000);
    const { page } = await launch();
    await page.emulateMedia({ colorScheme: scheme });
    const workbench = new Workbench(page);
    await workbench.pick('left', ORIGINAL);
    await workbench.pick('right', UPDATED);
    await expect(workbench.stats()).toContainText('% similar');
    expect(await violations(page), 'side by side').toEqual([]);

    await page.getByRole('radio', { name: 'Inline' }).check();
    expect(await violations(page), 'inline').toEqual([]);
    await page.getByRole('radio', { name: 'Side by side' }).check();

    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in A and B' }).fill('bridge');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Find in folder' }).click();
    await expect(page.getByTestId('folder-hit').first()).toBeVisible();
    expect(await violations(page), 'find and folder hits').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Shortcuts ?' }).click();
    expect(await violations(page), 'shortcuts sheet').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { name: /Groups/ })).toBeVisible();
    expect(await violations(page), 'overview').toEqual([]);

    await page.getByRole('tab', { name: 'Collation' }).click();
    await page.getByRole('button', { name: 'Collate all' }).click();
    await expect(page.getByTestId('witness').first()).toBeVisible();
    expect(await violations(page), 'collation').toEqual([]);
    await page.getByRole('tab', { name: 'Compare' }).click();

    await page.setViewportSize({ width: 1024, height: 700 });
    await page.keyboard.press('Control+j');
    expect(await violations(page), 'notes drawer').toEqual([]);
  });
}

test('articles with the same title get labels that name their files', async ({ launch }) => {
  const { page } = await launch();
  const radios = page.getByRole('radio', { name: /Calderport shuts Ashcombe footbridge.*on the left \(A\)/ });
  await expect(radios).toHaveCount(2);
  const names = await radios.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('aria-label')),
  );
  expect(new Set(names).size).toBe(2);
  expect(names.join(' ')).toContain('(2026-03-02-valley-wire-copy.txt)');
  expect(names.join(' ')).toContain(`(${ORIGINAL})`);
});

test('the accessibility check itself reports a violation planted in the page', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.locator('[data-side]').first()).toBeVisible();
  await page.evaluate(() => {
    const nameless = document.createElement('button');
    nameless.id = 'planted-nameless-button';
    document.body.append(nameless);
  });
  expect(await violations(page)).toEqual([
    'button-name: Buttons must have discernible text — #planted-nameless-button',
  ]);
});
