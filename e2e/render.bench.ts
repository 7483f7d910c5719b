// Renderer benchmark: choosing a pair of 50,000-word articles until the first rows are painted,
// and frame times while scrolling, against the same texts rendered without diff markup (plain
// paragraphs, windowed the same way) in the same run.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { articleText, editArticle, generateArticle } from '../main/bench/generate-texts';
import { test } from './fixtures';
import { Workbench } from './pages/workbench';

const ROUNDS = 5;

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1]!;
const percentile = (values: number[], p: number): number =>
  [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** Scrolls the given element by a fixed step each frame and returns the frame durations (ms). */
async function scrollFrames(page: Page, selector: string, frames: number): Promise<number[]> {
  return page.evaluate(
    async ([target, count]) => {
      const element = document.querySelector(target as string) as HTMLElement;
      element.scrollTop = 0;
      const durations: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < (count as number); i++) {
        element.scrollTop += 120;
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        durations.push(now - last);
        last = now;
      }
      return durations;
    },
    [selector, frames] as const,
  );
}

/** Time from the click that picks article B until rows of the new pair are on screen. */
async function timeToFirstRows(page: Page, workbench: Workbench, fileName: string): Promise<number> {
  const radio = workbench.article(fileName).getByRole('radio', { name: /on the right/ });
  return page.evaluate(
    async (id) => {
      const input = document.getElementById(id) as HTMLInputElement;
      const start = performance.now();
      input.click();
      return new Promise<number>((resolve) => {
        const check = (): void => {
          const header = document.querySelector('[data-testid="header-B"]')?.textContent ?? '';
          const row = document.querySelector('[data-testid="row"]');
          if (header.includes(input.dataset['file'] ?? '') && row && !document.querySelector('.is-stale')) {
            requestAnimationFrame(() => resolve(performance.now() - start));
          } else requestAnimationFrame(check);
        };
        check();
      });
    },
    await radio.evaluate((element) => {
      element.id ||= `bench-${Math.random().toString(36).slice(2)}`;
      (element as HTMLInputElement).dataset['file'] =
        element.closest('[data-testid="article"]')?.querySelector('.article-file')?.textContent ?? '';
      return element.id;
    }),
  );
}

/** The baseline: the same two texts as plain paragraphs side by side, windowed the same way. */
async function plainRender(page: Page, left: string, right: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const start = performance.now();
      const pa = a.split(/\n\s*\n/);
      const pb = b.split(/\n\s*\n/);
      const host = document.createElement('div');
      host.id = 'plain-baseline';
      host.style.position = 'fixed';
      host.style.inset = '0';
      host.style.overflowY = 'auto';
      host.style.background = 'white';
      const rows = Math.max(pa.length, pb.length);
      // Same windowing budget as the app: only a screenful of rows is in the DOM.
      const inner = document.createElement('div');
      inner.style.height = `${rows * 160}px`;
      inner.style.position = 'relative';
      host.append(inner);
      const draw = (): void => {
        const first = Math.floor(host.scrollTop / 160);
        inner.replaceChildren();
        for (let i = first; i < Math.min(rows, first + 12); i++) {
          const row = document.createElement('div');
          row.style.position = 'absolute';
          row.style.transform = `translateY(${i * 160}px)`;
          row.style.display = 'grid';
          row.style.gridTemplateColumns = '1fr 1fr';
          for (const text of [pa[i] ?? '', pb[i] ?? '']) {
            const cell = document.createElement('div');
            cell.className = 'cell';
            cell.textContent = text;
            row.append(cell);
          }
          inner.append(row);
        }
      };
      host.addEventListener('scroll', draw);
      document.body.append(host);
      draw();
      return new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.now() - start)),
      );
    },
    [left, right] as const,
  );
}

test('renderer: first rows and scrolling for a 50,000-word pair', async ({ launch, makeFolder }) => {
  const article = generateArticle(11, 50_000);
  const a = articleText(article);
  const b = articleText(editArticle(article, 0.1, 12));
  const c = articleText(editArticle(article, 0.1, 13));
  const folder = await makeFolder({});
  await writeFile(path.join(folder, 'a.txt'), a);
  await writeFile(path.join(folder, 'b.txt'), b);
  await writeFile(path.join(folder, 'c.txt'), c);
  const { page } = await launch({ folder });
  const workbench = new Workbench(page);
  await workbench.rows().first().waitFor();

  const firstRows: number[] = [];
  const plain: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    firstRows.push(await timeToFirstRows(page, workbench, round % 2 ? 'b.txt' : 'c.txt'));
    plain.push(await plainRender(page, a, round % 2 ? b : c));
    await page.evaluate(() => document.getElementById('plain-baseline')?.remove());
  }
  // How much of that is the request itself (worker + transport: this harness carries the result
  // as JSON through the test driver, slower than Electron's IPC).
  const roundTrips: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    roundTrips.push(
      await page.evaluate(async () => {
        const bridge = (
          window as unknown as {
            variorum: {
              getLibrary: () => Promise<{ articles: Array<{ id: string }> }>;
              compare: (r: unknown) => Promise<unknown>;
            };
          }
        ).variorum;
        const library = await bridge.getLibrary();
        const [left, right] = library.articles;
        const start = performance.now();
        await bridge.compare({ leftId: left!.id, rightId: right!.id });
        return performance.now() - start;
      }),
    );
  }
  const appFrames = await scrollFrames(page, '.compare-scroll', 240);
  await plainRender(page, a, b);
  const plainFrames = await scrollFrames(page, '#plain-baseline', 240);

  const lines = [
    `Renderer, 50,000-word pair, median of ${ROUNDS} rounds (Chromium):`,
    `  pick pair → first rows painted: ${median(firstRows).toFixed(0)} ms (includes the comparison in the worker)`,
    `    of which the compare request (worker + harness transport): ${median(roundTrips).toFixed(0)} ms`,
    `    so rendering the rows: ${(median(firstRows) - median(roundTrips)).toFixed(0)} ms`,
    `  plain paragraphs, no diff markup: ${median(plain).toFixed(0)} ms   ratio ${(median(firstRows) / median(plain)).toFixed(1)}×`,
    `  scrolling frame time, app:   median ${median(appFrames).toFixed(1)} ms, p95 ${percentile(appFrames, 0.95).toFixed(1)} ms`,
    `  scrolling frame time, plain: median ${median(plainFrames).toFixed(1)} ms, p95 ${percentile(plainFrames, 0.95).toFixed(1)} ms`,
  ];
  console.log(lines.join('\n'));
});
