// Which folder a launch asks for: from the command line (`--open=DIR`, `--open DIR` or a plain
// folder argument), else from VARIORUM_OPEN, resolved against the launching directory. The
// second-instance variant prefers what the second instance worked out itself (additionalData).
import path from 'node:path';

/**
 * The folder an Electron argv names, or null. Read by flag, never by position: Chromium moves
 * its switches before the other arguments (`electron --no-sandbox . DIR`), so `--open` and its
 * value can end up apart. `--open=DIR` is taken first; otherwise the first plain argument,
 * skipping the app's own path when run unpackaged (`electron .`, `electron out/main/index.js`).
 */
export function folderFromArgv(argv: string[], cwd: string, unpackaged: boolean): string | null {
  const args = argv.slice(1);
  const explicit = args.find((arg) => arg.startsWith('--open=') && arg.length > '--open='.length);
  if (explicit) return path.resolve(cwd, explicit.slice('--open='.length));
  const plain = args.filter((arg) => arg !== '' && !arg.startsWith('-'));
  const folder = unpackaged ? plain[1] : plain[0];
  return folder ? path.resolve(cwd, folder) : null;
}

export interface LaunchContext {
  argv: string[];
  cwd: string;
  /** process.defaultApp: run as `electron <app path>` rather than as the packaged app. */
  unpackaged: boolean;
  env: Record<string, string | undefined>;
}

/**
 * The folder this launch asks for. VARIORUM_OPEN serves `npm start`, whose electron-vite
 * refuses unknown options; a relative value is taken from where npm was run (INIT_CWD).
 */
export function requestedFolder({ argv, cwd, unpackaged, env }: LaunchContext): string | null {
  const fromArgs = folderFromArgv(argv, cwd, unpackaged);
  if (fromArgs) return fromArgs;
  const fromEnv = env['VARIORUM_OPEN'];
  return fromEnv ? path.resolve(env['INIT_CWD'] ?? cwd, fromEnv) : null;
}

/** What a second instance hands the first one (requestSingleInstanceLock's additionalData). */
export interface SecondLaunchData {
  folder: string | null;
}

/**
 * The folder a second launch asks for. Its own answer (additionalData) is best: it read its
 * argv in order and its environment. Without it (another user's instance sends none), the
 * argv is read against the second instance's working directory, not ours.
 */
export function secondLaunchFolder(
  argv: string[],
  workingDirectory: string,
  additionalData: unknown,
  unpackaged: boolean,
): string | null {
  if (typeof additionalData === 'object' && additionalData !== null && 'folder' in additionalData) {
    const { folder } = additionalData as { folder: unknown };
    if (folder === null) return null;
    if (typeof folder === 'string' && path.isAbsolute(folder)) return folder;
  }
  return folderFromArgv(argv, workingDirectory, unpackaged);
}
