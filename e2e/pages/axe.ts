// axe-core's accessibility check of the page as it stands, for the journeys. axe is injected
// once per page and asked only for violations: @axe-core/playwright injected it again on every
// check and finished each run in a new blank page (2.5-3.5 s a check here, against 0.35-0.5 s).
// The app has no frames, the one thing that library's per-frame runs add.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** Each violation as "rule: help — first targets", or nothing; `within`: a CSS selector. */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(selector ?? document, { resultTypes: ['violations'] });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  }, within);
}
