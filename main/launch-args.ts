// Reads the folder to open from the app's command line: `--open DIR`, `--open=DIR`, or a
// folder given as a plain argument (`variorum ~/articles`, or a folder dropped on the icon).
import path from 'node:path';

/**
 * `userArgs`: the arguments after the executable (and, when run as `electron .`, after the
 * app's path). Chromium's own switches start with "-" and are skipped.
 */
export function folderFromArgs(userArgs: string[]): string | null {
  for (let i = 0; i < userArgs.length; i++) {
    const arg = userArgs[i]!;
    if (arg === '--open' && userArgs[i + 1]) return path.resolve(userArgs[i + 1]!);
    if (arg.startsWith('--open=') && arg.length > '--open='.length) {
      return path.resolve(arg.slice('--open='.length));
    }
  }
  const plain = userArgs.find((arg, i) => arg !== '' && !arg.startsWith('-') && userArgs[i - 1] !== '--open');
  return plain ? path.resolve(plain) : null;
}

/** The user's arguments in an Electron argv: after the app's path when run unpackaged. */
export const userArgsOf = (argv: string[], unpackaged: boolean): string[] => argv.slice(unpackaged ? 2 : 1);
