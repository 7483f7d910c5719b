// Writing a file so that it is either entirely the new content or still entirely the old:
// a temporary file in the same folder, written and flushed, then renamed over the target;
// temporary files a killed save left behind are removed by the next one. Failures become
// plain sentences; the file system is injectable so tests can fill the disk.
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The few file operations the writer needs (node:fs/promises provides them all). */
export type WriterFs = Pick<
  typeof fsPromises,
  'open' | 'rename' | 'unlink' | 'stat' | 'lstat' | 'readlink' | 'readdir'
>;

/** Most file systems allow names of 255 bytes; the temporary name must fit as well. */
const MAX_NAME_BYTES = 255;
const RANDOM_HEX = 12;
const TEMP_SUFFIX = '.tmp';
/**
 * A temporary file untouched for this long belongs to a save that died (a live one writes
 * it in 512 KiB steps and renames it as soon as it is flushed).
 */
export const STALE_TEMP_MS = 60_000;

/** The name before the random part: hidden, and the target's name cut to fit 255 bytes. */
function tempPrefix(targetName: string): string {
  const room = MAX_NAME_BYTES - 1 - 1 - RANDOM_HEX - TEMP_SUFFIX.length;
  let kept = '';
  let bytes = 0;
  // Cut by code points, never inside a character's UTF-8 bytes.
  for (const character of targetName) {
    bytes += Buffer.byteLength(character);
    if (bytes > room) break;
    kept += character;
  }
  return `.${kept}.`;
}

/** Hidden, so a watched article folder never lists it; random, so two saves cannot collide. */
export function tempNameFor(targetName: string): string {
  return `${tempPrefix(targetName)}${randomBytes(RANDOM_HEX / 2).toString('hex')}${TEMP_SUFFIX}`;
}

const isTempNameOf = (name: string, targetName: string): boolean => {
  const prefix = tempPrefix(targetName);
  return (
    name.startsWith(prefix) &&
    new RegExp(`^[0-9a-f]{${RANDOM_HEX}}\\${TEMP_SUFFIX}$`).test(name.slice(prefix.length))
  );
};

/** Links are followed to the file they name, even when it does not exist yet. */
async function resolveLinks(targetPath: string, fs: WriterFs): Promise<string> {
  let current = path.resolve(targetPath);
  for (let hops = 0; hops < 40; hops++) {
    const stat = await fs.lstat(current).catch(() => null);
    if (!stat?.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** Removes what killed saves of this same target left behind. Best effort. */
async function removeStaleTemps(folder: string, targetName: string, fs: WriterFs): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    if (!isTempNameOf(name, targetName)) continue;
    const file = path.join(folder, name);
    const stat = await fs.lstat(file).catch(() => null);
    if (stat?.isFile() && now - stat.mtimeMs > STALE_TEMP_MS) await fs.unlink(file).catch(() => undefined);
  }
}

/** A failed save: `message` is for people, `code` (ENOSPC, EROFS, …) for code. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/**
 * Replaces `targetPath` with `content` (UTF-8) atomically. On any failure the existing file is
 * untouched, the temporary file is removed, and a WriteError says what went wrong.
 */
export async function writeFileAtomic(
  targetPath: string,
  content: string,
  fs: WriterFs = fsPromises,
): Promise<void> {
  let created = false;
  let target = targetPath;
  let tempPath = '';
  try {
    // Through a link, replace the file it points to rather than the link; a link to a file
    // that does not exist yet creates that file, and the link stays a link.
    target = await resolveLinks(targetPath, fs);
    tempPath = path.join(path.dirname(target), tempNameFor(path.basename(target)));
    const existingMode = await fs.stat(target).then(
      (stat) => stat.mode & 0o777,
      () => null,
    );
    const handle = await fs.open(tempPath, 'wx');
    created = true;
    try {
      // Keep the permissions of the file being replaced; some file systems cannot, which is fine.
      if (existingMode !== null) await handle.chmod(existingMode).catch(() => undefined);
      await handle.writeFile(content, 'utf8');
      // Without this, a crash right after the rename can leave an empty file on some systems.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, target);
    created = false;
  } catch (error) {
    if (created) await fs.unlink(tempPath).catch(() => undefined);
    throw writeErrorFrom(error, targetPath);
  }
  await syncFolder(path.dirname(target), fs);
  await removeStaleTemps(path.dirname(target), path.basename(target), fs);
}

/** Makes the rename itself durable. Best effort: Windows, for one, cannot open a folder. */
async function syncFolder(folder: string, fs: WriterFs): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file itself is complete and in place; only its durability across a power cut is less sure.
  }
}

export function writeErrorFrom(error: unknown, targetPath: string): WriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(targetPath);
  const reason = ((): string => {
    switch (code) {
      case 'ENOSPC':
      case 'EDQUOT':
        return 'The disk is full';
      case 'EROFS':
        return 'The folder is read-only';
      case 'EACCES':
      case 'EPERM':
        return 'Permission denied';
      case 'EBUSY':
        // Windows refuses to replace a file another program holds open (a spreadsheet, say).
        return 'The file is open in another program';
      case 'ENOENT':
      case 'ENOTDIR':
        return 'The folder does not exist';
      case 'EISDIR':
        return 'A folder already has that name';
      case 'ENAMETOOLONG':
        return 'The file name is too long';
      default:
        return `The file could not be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
    }
  })();
  return new WriteError(`${reason}: “${name}” was not saved. Any earlier copy is unchanged.`, code);
}
