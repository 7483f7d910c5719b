// Labels that tell same-titled articles apart.
import { describe, expect, it } from 'vitest';
import { articleLabel } from './article-label';

describe('articleLabel', () => {
  it('names the file beside the title, and the file alone when the title is the file name', () => {
    expect(articleLabel({ title: 'Biden, Putin meet', path: 'wire/000_ab.txt' })).toBe(
      '“Biden, Putin meet” (000_ab.txt)',
    );
    expect(articleLabel({ title: 'Biden, Putin meet', path: '001_cd.txt' })).not.toBe(
      articleLabel({ title: 'Biden, Putin meet', path: '000_ab.txt' }),
    );
    expect(articleLabel({ title: 'notes.txt', path: 'notes.txt' })).toBe('notes.txt');
  });

  it('cuts a title that is a long first sentence', () => {
    const title = `When we look to the individuals of the same variety ${'and sub-variety '.repeat(8)}`;
    expect(articleLabel({ title, path: 'origin-1859.txt' })).toBe(
      '“When we look to the individuals of the same variety and sub-variety and…” (origin-1859.txt)',
    );
  });
});
