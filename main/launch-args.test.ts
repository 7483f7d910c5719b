// folderFromArgs: the folder named by `--open DIR` or `--open=DIR` on the app's command line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFromArgs } from './launch-args';

describe('folderFromArgs', () => {
  it('reads --open DIR and --open=DIR, resolved to an absolute path', () => {
    expect(folderFromArgs(['electron', '.', '--open', '/data/articles'])).toBe(
      path.resolve('/data/articles'),
    );
    expect(folderFromArgs(['electron', '.', '--open=/data/articles'])).toBe(path.resolve('/data/articles'));
    expect(folderFromArgs(['variorum', '--open', 'articles'])).toBe(path.resolve(process.cwd(), 'articles'));
    expect(folderFromArgs(['variorum', '--open=some dir/with spaces'])).toBe(
      path.resolve('some dir/with spaces'),
    );
  });

  it('keeps everything after the first = as the path', () => {
    expect(folderFromArgs(['--open=/data/a=b'])).toBe(path.resolve('/data/a=b'));
  });

  it('uses the first --open when several are given', () => {
    expect(folderFromArgs(['--open', '/first', '--open=/second'])).toBe(path.resolve('/first'));
  });

  it('returns null when there is no --open, or --open has no value', () => {
    expect(folderFromArgs([])).toBeNull();
    expect(folderFromArgs(['electron', '.', '/data/articles', '--opened=/x', '-open', '/y'])).toBeNull();
    expect(folderFromArgs(['electron', '.', '--open'])).toBeNull();
    expect(folderFromArgs(['electron', '.', '--open', ''])).toBeNull();
  });

  it('returns null for --open= with an empty value', () => {
    expect(folderFromArgs(['electron', '.', '--open='])).toBeNull();
  });
});
