// The DOM contract on real texts nobody here wrote (../shared/corpus), in Chromium where the
// inline bug lived: for a selection of pairs of every corpus folder, in both layouts, every
// piece of article text on screen sits in a [data-side][data-op] element with nothing else in
// it, and the text under left/both is exactly A's words in order, under right/both B's.

import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './pages/axe';
import { Workbench } from './pages/workbench';
import { SHARED_CORPUS } from '../main/testing/shared-corpus';

const CORPUS = SHARED_CORPUS;

/** Folders opened as a person would, and pairs (paths inside the folder) to check in each. */
const SELECTION: Array<{ folder: string; pairs: Array<[string, string]> }> = [
  {
    folder: 'rossetti-blessed-damozel',
    pairs: [['damozel-1850-germ.txt', 'damozel-1881-first-edition.txt']],
  },
  {
    folder: 'seeds',
    pairs: [
      ['000_ec51e3a349923cd4.txt', '001_43a9ed93a7d3cbb3.txt'],
      ['002_76a816bf121e44fe.txt', '003_0ab5784b9f754ccc.txt'],
    ],
  },
  {
    folder: 'web-captures',
    pairs: [['energy-gov/capture-1.html', 'energy-gov/capture-2.html']],
  },
  {
    folder: 'wikipedia-revisions',
    pairs: [
      ['adventures-of-huckleberry-finn/revision-0.txt', 'adventures-of-huckleberry-finn/revision-6.txt'],
      ['elagabalus/revision-0.txt', 'elagabalus/revision-3.txt'],
      ['hms-dreadnought/revision-0.txt', 'hms-dreadnought/revision-5.txt'],
    ],
  },
];

interface ScreenReading {
  /** Words under data-side left or both, and right or both, row by row in order. */
  leftWords: string[];
  rightWords: string[];
  sides: string[];
  /** Text that is on screen in a row but in no [data-op] element, and is not UI. */
  strayText: string[];
  /** [data-op] elements holding UI (buttons, badges) or other [data-op] elements. */
  impure: number;
}

/** Reads the whole comparison through the DOM contract, scrolling the windowed list. */
async function readScreen(page: Page): Promise<ScreenReading> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.compare-scroll')!;
    const rows = new Map<number, { left: string; right: string }>();
    const sides = new Set<string>();
    const strayText: string[] = [];
    let impure = 0;
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const collect = (): void => {
      for (const row of document.querySelectorAll<HTMLElement>('[data-testid="row"]')) {
        const index = Number(row.dataset['index']);
        if (rows.has(index)) continue;
        let left = '';
        let right = '';
        for (const element of row.querySelectorAll<HTMLElement>('[data-op]')) {
          const side = element.dataset['side'] ?? '(none)';
          sides.add(side);
          if (element.querySelector('button, .move-badge, [data-op]')) impure++;
          const text = element.textContent ?? '';
          if (side === 'left' || side === 'both') left += text;
          if (side === 'right' || side === 'both') right += text;
          // Side by side: a piece's side is its pane's.
          const pane = element.closest('.cell-left')
            ? 'left'
            : element.closest('.cell-right')
              ? 'right'
              : null;
          if (pane && pane !== side) sides.add(`${side} in ${pane} pane`);
        }
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('[data-op], button, .move-badge') || !/\S/.test(node.textContent ?? ''))
            continue;
          strayText.push(node.textContent!.slice(0, 60));
        }
        rows.set(index, { left: `${left} `, right: `${right} ` });
      }
    };
    scroller.scrollTop = 0;
    await frame();
    for (;;) {
      collect();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += Math.max(200, scroller.clientHeight - 50);
      await frame();
      await frame();
    }
    const ordered = [...rows.entries()].sort((x, y) => x[0] - y[0]).map(([, text]) => text);
    const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
    return {
      leftWords: ordered.flatMap((row) => words(row.left)),
      rightWords: ordered.flatMap((row) => words(row.right)),
      sides: [...sides].sort(),
      strayText,
      impure,
    };
  });
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Puts a pair on screen and waits until its comparison is shown. */
async function showPair(page: Page, a: string, b: string): Promise<void> {
  await pick(page, 'left', a);
  await pick(page, 'right', b);
  const workbench = new Workbench(page);
  await expect(workbench.header('A')).toContainText(a);
  await expect(workbench.header('B')).toContainText(b);
  await expect(page.locator('main.compare')).toHaveAttribute('aria-busy', 'false');
  await expect(workbench.rows().first()).toBeVisible();
}

async function pick(page: Page, side: 'left' | 'right', relativePath: string): Promise<void> {
  const label = side === 'left' ? /on the left \(A\)/ : /on the right \(B\)/;
  await page
    .getByTestId('article')
    .filter({ has: page.locator(`.article-file[title="${relativePath}"]`) })
    .getByRole('radio', { name: label })
    .check();
}

/** The compared text of an article, as main gives it to note anchors (cleaned). */
async function articleWords(page: Page, relativePath: string): Promise<string[]> {
  const text = await page.evaluate(async (wanted) => {
    const api = (window as unknown as { variorum: import('../preload/contract').VariorumApi }).variorum;
    const library = await api.getLibrary();
    const article = library!.articles.find((candidate) => candidate.path === wanted)!;
    return api.articleText({ id: article.id });
  }, relativePath);
  return wordsOf(text);
}

test.describe('the DOM contract on the real corpus', () => {
  test.skip(!CORPUS, 'the shared corpus (../shared/corpus) is not on this machine');

  for (const { folder, pairs } of SELECTION) {
    test(`${folder}: both layouts show exactly each text`, async ({ launch }) => {
      test.setTimeout(60_000);
      const { page } = await launch({ folder: path.join(CORPUS!, folder) });
      const workbench = new Workbench(page);
      await expect(workbench.articles().first()).toBeVisible();
      await page.getByRole('checkbox', { name: 'Fold unchanged' }).uncheck();
      for (const [a, b] of pairs) {
        await showPair(page, a, b);
        const expected = { left: await articleWords(page, a), right: await articleWords(page, b) };
        for (const layout of ['Side by side', 'Inline'] as const) {
          await page.getByRole('radio', { name: layout }).check();
          await expect(
            page.locator(`.compare-body.layout-${layout === 'Inline' ? 'inline' : 'side-by-side'}`),
          ).toBeVisible();
          const screen = await readScreen(page);
          const where = `${a} → ${b}, ${layout}`;
          expect(screen.strayText, where).toEqual([]);
          expect(screen.impure, where).toBe(0);
          const allowed = layout === 'Inline' ? ['both', 'left', 'right'] : ['left', 'right'];
          expect(
            screen.sides.filter((side) => !allowed.includes(side)),
            where,
          ).toEqual([]);
          expect(screen.leftWords, `${where}: A's words`).toEqual(expected.left);
          expect(screen.rightWords, `${where}: B's words`).toEqual(expected.right);
        }
        await page.getByRole('radio', { name: 'Side by side' }).check();
      }
      if (folder === 'wikipedia-revisions') {
        const [a, b] = pairs[0]!;
        await showPair(page, a, b);
        await page.getByRole('radio', { name: 'Inline' }).check();
        await page.keyboard.press('n');
        await page.keyboard.press('n');
        await page.keyboard.press('n');
        await workbench.screenshot('30-inline-wikipedia-huckleberry-finn');
        await showPair(page, 'hms-dreadnought/revision-2.txt', 'hms-dreadnought/revision-5.txt');
        await page.keyboard.press('n');
        await page.keyboard.press('n');
        await workbench.screenshot('31-inline-wikipedia-hms-dreadnought');
        expect(await axeViolations(page, '.compare-body')).toEqual([]);
        await page.getByRole('radio', { name: 'Side by side' }).check();
        expect(await axeViolations(page, '.compare-body')).toEqual([]);
      }
    });
  }
});
