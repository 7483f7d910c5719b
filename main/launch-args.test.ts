// folderFromArgs and userArgsOf: the folder named on the app's command line, by `--open DIR`,
// `--open=DIR` or as a plain argument, and which arguments are the user's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFromArgs, userArgsOf } from './launch-args';

describe('folderFromArgs', () => {
  it('reads --open DIR and --open=DIR, resolved to an absolute path', () => {
    expect(folderFromArgs(['--open', '/data/articles'])).toBe(path.resolve('/data/articles'));
    expect(folderFromArgs(['--open=/data/articles'])).toBe(path.resolve('/data/articles'));
    expect(folderFromArgs(['--open', 'articles'])).toBe(path.resolve(process.cwd(), 'articles'));
    expect(folderFromArgs(['--open=some dir/with spaces'])).toBe(path.resolve('some dir/with spaces'));
  });

  it('keeps everything after the first = as the path', () => {
    expect(folderFromArgs(['--open=/data/a=b'])).toBe(path.resolve('/data/a=b'));
  });

  it('prefers --open, the first one, over a plain folder argument', () => {
    expect(folderFromArgs(['/plain', '--open', '/first', '--open=/second'])).toBe(path.resolve('/first'));
  });

  it('takes a plain argument as the folder, skipping Chromium switches', () => {
    expect(folderFromArgs(['--no-sandbox', '/data/articles'])).toBe(path.resolve('/data/articles'));
    expect(folderFromArgs(['-v', 'articles'])).toBe(path.resolve('articles'));
  });

  it('returns null when no folder is given, or --open has no value', () => {
    expect(folderFromArgs([])).toBeNull();
    expect(folderFromArgs(['--opened=/x', '--no-sandbox'])).toBeNull();
    expect(folderFromArgs(['--open'])).toBeNull();
    expect(folderFromArgs(['--open', ''])).toBeNull();
    expect(folderFromArgs(['--open='])).toBeNull();
  });
});

describe('userArgsOf', () => {
  it('skips the executable, and the app path when run unpackaged (electron .)', () => {
    expect(userArgsOf(['/usr/bin/electron', '.', '/data'], true)).toEqual(['/data']);
    expect(userArgsOf(['/opt/Variorum/variorum', '/data'], false)).toEqual(['/data']);
  });
});
