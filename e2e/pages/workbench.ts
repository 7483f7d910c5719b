// Page object for the workbench: the article list, the comparison and the notes pane, in
// the words a user would use.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SCREENSHOTS } from '../fixtures';

export class Workbench {
  constructor(readonly page: Page) {}

  articles(): Locator {
    return this.page.getByTestId('article');
  }

  skippedFiles(): Locator {
    return this.page.getByTestId('skipped');
  }

  article(text: string): Locator {
    return this.articles().filter({ hasText: text });
  }

  async pick(side: 'left' | 'right', fileName: string): Promise<void> {
    const label = side === 'left' ? 'on the left (A)' : 'on the right (B)';
    await this.article(fileName)
      .getByRole('radio', { name: new RegExp(label.replace(/[()]/g, '\\$&')) })
      .check();
  }

  openFolderButton(): Locator {
    return this.page.getByRole('button', { name: 'Open folder…' });
  }

  folderName(): Locator {
    return this.page.locator('.library-folder');
  }

  rows(kind?: 'equal' | 'changed' | 'added' | 'removed' | 'moved'): Locator {
    const rows = this.page.getByTestId('row');
    return kind ? rows.and(this.page.locator(`[data-kind="${kind}"]`)) : rows;
  }

  deletedWords(): Locator {
    return this.page.locator('.cell-left [data-op="delete"]');
  }

  insertedWords(): Locator {
    return this.page.locator('.cell-right [data-op="insert"]');
  }

  header(side: 'A' | 'B'): Locator {
    return this.page.getByTestId(`header-${side}`);
  }

  stats(): Locator {
    return this.page.getByTestId('stats');
  }

  swapButton(): Locator {
    return this.page.getByRole('button', { name: 'Swap sides' });
  }

  notesPane(): Locator {
    return this.page.getByRole('complementary', { name: 'Notes' });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  }
}
