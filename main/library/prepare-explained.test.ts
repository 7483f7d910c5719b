// Text and Markdown are prepared without the HTML stack: with html.ts made unloadable, they
// still come out as prepareTextArticle makes them, and only a page fails (with a reason).
import { describe, expect, it, vi } from 'vitest';
import { PrepareError, prepareOrExplain } from './prepare-explained';
import { prepareTextArticle } from './prepare-text';

vi.mock('./html', () => {
  throw new Error('the HTML stack was loaded');
});

describe('prepareOrExplain', () => {
  it('prepares text and Markdown without loading the HTML stack', async () => {
    for (const file of [
      { format: 'md' as const, text: '# Title\n\nA *paragraph*.\n', fileName: 'a.md' },
      { format: 'txt' as const, text: 'Plain\n\nText.\n', fileName: 'a.txt' },
    ]) {
      expect(await prepareOrExplain(file)).toEqual(prepareTextArticle(file));
    }
  });

  it('loads it for a page (here, the mocked module that refuses to load), and says why the page could not be read', async () => {
    const error = await prepareOrExplain({ format: 'html', text: '<p>Hi</p>', fileName: 'a.html' }).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(PrepareError);
    expect((error as Error).message).toMatch(/^the page could not be read \(.*error when mocking a module/);
  });
});
