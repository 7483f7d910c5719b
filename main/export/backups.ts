// The automatic JSON backups of the notes in the app's profile folder: each written atomically,
// only the newest few kept, and none written when nothing changed since the last one.
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { writeErrorFrom, writeFileAtomic, type WriterFs } from './atomic-write';

/** notes-backup-2026-03-02T09-15-00.000Z.json: an ISO time without colons (Windows forbids them). */
const BACKUP_NAME = /^notes-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.json$/;

export function backupFileName(time: Date): string {
  return `notes-backup-${time.toISOString().replace(/:/g, '-')}.json`;
}

export interface BackupResult {
  /** The backup written, or null when the newest backup already held this content. */
  written: string | null;
  /** Older backups deleted to keep only `keep`. */
  removed: string[];
}

export type BackupFs = WriterFs & Pick<typeof fsPromises, 'mkdir' | 'readdir' | 'readFile'>;

/**
 * Writes `content` as a new backup in `dir` (created if needed) and deletes the oldest backups
 * beyond `keep`. An unchanged export is not written again, so repeated backups of the same
 * notes never push older, different ones out. Other files in `dir` are never touched.
 */
export async function rotateBackups(
  dir: string,
  content: string,
  keep = 5,
  now: Date = new Date(),
  fs: BackupFs = fsPromises,
): Promise<BackupResult> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('At least one backup must be kept.');
  const existing = await fs
    .mkdir(dir, { recursive: true })
    .then(() => listBackups(dir, fs))
    .catch((error: unknown) => {
      throw writeErrorFrom(error, dir);
    });
  const newest = existing[existing.length - 1];
  const unchanged =
    newest !== undefined && (await fs.readFile(path.join(dir, newest), 'utf8').catch(() => null)) === content;

  let written: string | null = null;
  if (!unchanged) {
    written = path.join(dir, backupFileName(now));
    await writeFileAtomic(written, content, fs);
  }

  // The one just written stays even if a clock set back makes its name sort first.
  const names = (await listBackups(dir, fs).catch(() => [])).filter(
    (name) => path.join(dir, name) !== written,
  );
  const removed: string[] = [];
  for (const name of names.slice(0, Math.max(0, names.length - (written ? keep - 1 : keep)))) {
    // A backup that cannot be deleted now will be tried again next time.
    const file = path.join(dir, name);
    if (
      await fs.unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(file);
  }
  return { written, removed };
}

/** Backup file names in `dir`, oldest first (the names sort by time). */
export async function listBackups(
  dir: string,
  fs: Pick<BackupFs, 'readdir'> = fsPromises,
): Promise<string[]> {
  const names = await fs.readdir(dir);
  return names.filter((name) => BACKUP_NAME.test(name)).sort();
}
