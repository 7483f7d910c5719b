// Reads the folder to open from the app's command line: `--open DIR` or `--open=DIR`.
import path from 'node:path';

export function folderFromArgs(argv: string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--open' && argv[i + 1]) return path.resolve(argv[i + 1]!);
    if (arg.startsWith('--open=') && arg.length > '--open='.length) {
      return path.resolve(arg.slice('--open='.length));
    }
  }
  return null;
}
