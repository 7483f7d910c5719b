// The folder a launch asks for: read by flag from argv in Chromium's order (switches first),
// from VARIORUM_OPEN, and for a second launch from its own answer or its working directory.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFromArgv, requestedFolder, secondLaunchFolder } from './launch-args';

const cwd = '/home/ada/work';

describe('folderFromArgv', () => {
  it('reads --open=DIR, --open DIR and a plain folder, resolved against the given directory', () => {
    expect(folderFromArgv(['/opt/Variorum/variorum', '--open=/data/articles'], cwd, false)).toBe(
      '/data/articles',
    );
    expect(folderFromArgv(['/opt/Variorum/variorum', '--open', 'articles'], cwd, false)).toBe(
      path.resolve(cwd, 'articles'),
    );
    expect(folderFromArgv(['/opt/Variorum/variorum', 'some dir/with spaces'], cwd, false)).toBe(
      path.resolve(cwd, 'some dir/with spaces'),
    );
    expect(folderFromArgv(['variorum', '--open=/data/a=b'], cwd, false)).toBe('/data/a=b');
  });

  it('skips the app path when unpackaged, wherever Chromium put the switches', () => {
    // `electron --no-sandbox .`: the usual Ubuntu workaround; the app path is not a folder to open.
    expect(folderFromArgv(['/usr/bin/electron', '--no-sandbox', '.'], cwd, true)).toBeNull();
    expect(folderFromArgv(['/usr/bin/electron', '--no-sandbox', '.', 'articles'], cwd, true)).toBe(
      path.resolve(cwd, 'articles'),
    );
    // `electron . --open DIR` as Chromium hands it on: switches first, then the plain arguments.
    expect(folderFromArgv(['/usr/bin/electron', '--open', '--no-sandbox', '.', 'DIR'], cwd, true)).toBe(
      path.resolve(cwd, 'DIR'),
    );
    expect(folderFromArgv(['electron', 'out/main/index.js', '--open', '/data'], cwd, true)).toBe('/data');
  });

  it('prefers --open=DIR over a plain argument', () => {
    expect(folderFromArgv(['variorum', '/plain', '--open=/first'], cwd, false)).toBe('/first');
  });

  it('returns null when no folder is given or --open= is empty', () => {
    expect(folderFromArgv(['variorum'], cwd, false)).toBeNull();
    expect(folderFromArgv(['variorum', '--opened=/x', '--no-sandbox'], cwd, false)).toBeNull();
    expect(folderFromArgv(['variorum', '--open'], cwd, false)).toBeNull();
    expect(folderFromArgv(['variorum', '--open='], cwd, false)).toBeNull();
    expect(folderFromArgv(['variorum', '--open', ''], cwd, false)).toBeNull();
  });
});

describe('requestedFolder', () => {
  const argv = ['/usr/bin/electron', '.'];
  it('falls back to VARIORUM_OPEN, relative to where npm was run (INIT_CWD)', () => {
    expect(requestedFolder({ argv, cwd, unpackaged: true, env: { VARIORUM_OPEN: '/data' } })).toBe('/data');
    expect(
      requestedFolder({
        argv,
        cwd,
        unpackaged: true,
        env: { VARIORUM_OPEN: 'texts', INIT_CWD: '/home/ada' },
      }),
    ).toBe('/home/ada/texts');
    expect(requestedFolder({ argv, cwd, unpackaged: true, env: { VARIORUM_OPEN: 'texts' } })).toBe(
      path.resolve(cwd, 'texts'),
    );
    expect(requestedFolder({ argv, cwd, unpackaged: true, env: {} })).toBeNull();
  });

  it('lets the command line win over VARIORUM_OPEN', () => {
    expect(
      requestedFolder({ argv: [...argv, '/cli'], cwd, unpackaged: true, env: { VARIORUM_OPEN: '/env' } }),
    ).toBe('/cli');
  });
});

describe('secondLaunchFolder', () => {
  it('takes the second instance’s own answer first', () => {
    expect(secondLaunchFolder(['electron', '.', 'x'], '/elsewhere', { folder: '/data/b' }, true)).toBe(
      '/data/b',
    );
    expect(secondLaunchFolder(['electron', '.', 'x'], '/elsewhere', { folder: null }, true)).toBeNull();
  });

  it('reads argv against the second instance’s working directory when it sent nothing usable', () => {
    expect(secondLaunchFolder(['electron', '--no-sandbox', '.', 'b'], '/elsewhere', undefined, true)).toBe(
      '/elsewhere/b',
    );
    expect(secondLaunchFolder(['variorum', 'b'], '/elsewhere', { folder: 'relative' }, false)).toBe(
      '/elsewhere/b',
    );
  });
});
