import { describe, expect, it } from 'vitest';
import type { ArticleSummary, LibraryRowsRead, LibrarySnapshot } from '../contract';
import { withRowsRead } from './rows-read';

const article = (id: string): ArticleSummary => ({ id, path: `${id}.txt` }) as ArticleSummary;
const reading = (done: number, ids: string[]): LibrarySnapshot => ({
  folderName: 'archive',
  articles: ids.map(article),
  skipped: [{ path: 'm.txt', reason: 'empty file' }],
  scan: { state: 'scanning', done, total: 10 },
});
const rows = (done: number, ids: string[], changed: ArticleSummary[] = []): LibraryRowsRead => ({
  folderName: 'archive',
  added: ids.map(article),
  changed,
  skipped: [{ path: 'b.txt', reason: 'binary file' }],
  scan: { state: done === 10 ? 'complete' : 'scanning', done, total: 10 },
});

describe('withRowsRead', () => {
  it('adds the rows read to the list being read, skipped files by path', () => {
    const grown = withRowsRead(reading(3, ['a', 'c']), rows(6, ['d', 'e']))!;
    expect(grown.articles.map((entry) => entry.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(grown.skipped.map((file) => file.path)).toEqual(['b.txt', 'm.txt']);
    expect(grown.scan).toEqual({ state: 'scanning', done: 6, total: 10 });
  });

  it('replaces the rows that changed, in place, and ends the scan with the last rows', () => {
    const settled = { ...article('c'), date: null };
    const whole = withRowsRead(reading(3, ['a', 'c']), rows(10, ['d'], [settled]))!;
    expect(whole.articles.map((entry) => entry.id)).toEqual(['a', 'c', 'd']);
    expect(whole.articles[1]).toBe(settled);
    expect(whole.scan.state).toBe('complete');
  });

  it('leaves a list alone that is not the one being read', () => {
    const done: LibrarySnapshot = { ...reading(10, ['a']), scan: { state: 'complete', done: 10, total: 10 } };
    expect(withRowsRead(done, rows(6, ['d']))).toBe(done);
    const other = { ...reading(3, ['a']), folderName: 'elsewhere' };
    expect(withRowsRead(other, rows(6, ['d']))).toBe(other);
    const larger = { ...reading(3, ['a']), scan: { state: 'scanning' as const, done: 3, total: 99 } };
    expect(withRowsRead(larger, rows(6, ['d']))).toBe(larger);
    const ahead = reading(8, ['a']);
    expect(withRowsRead(ahead, rows(6, ['d']))).toBe(ahead);
    expect(withRowsRead(null, rows(6, ['d']))).toBeNull();
  });
});
