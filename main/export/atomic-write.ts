// Writing a file so that it is either entirely the new content or still entirely the old:
// a temporary file in the same folder, written and flushed, then renamed over the target.
// Failures become plain sentences; the file system is injectable so tests can fill the disk.
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The few file operations the writer needs (node:fs/promises provides them all). */
export type WriterFs = Pick<typeof fsPromises, 'open' | 'rename' | 'unlink' | 'stat' | 'realpath'>;

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
 * Replaces `targetPath` with `content` (text as UTF-8, or bytes such as a PDF) atomically. On any failure the existing file is
 * untouched, the temporary file is removed, and a WriteError says what went wrong.
 */
export async function writeFileAtomic(
  targetPath: string,
  content: string | Uint8Array,
  fs: WriterFs = fsPromises,
): Promise<void> {
  // Through a link, replace the file it points to rather than the link.
  const target = await fs.realpath(targetPath).catch(() => targetPath);
  const folder = path.dirname(target);
  // Hidden, so a watched article folder never lists it; random, so two saves cannot collide.
  const tempPath = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const existingMode = await fs.stat(target).then(
      (stat) => stat.mode & 0o777,
      () => null,
    );
    const handle = await fs.open(tempPath, 'wx');
    created = true;
    try {
      // Keep the permissions of the file being replaced; some file systems cannot, which is fine.
      if (existingMode !== null) await handle.chmod(existingMode).catch(() => undefined);
      if (typeof content === 'string') await handle.writeFile(content, 'utf8');
      else await handle.writeFile(content);
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
  await syncFolder(folder, fs);
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
