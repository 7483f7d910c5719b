// Reads one file of the opened folder, refusing anything that could escape the folder or
// swamp the app: links pointing outside, link loops, oversized files, and anything that is not
// a regular file (a named pipe would block the open, and with it one of libuv's few threads).
import { createHash } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { TextRepair } from '../../preload/contract';
import { decodeText, type TextEncodingLabel } from './decode';
import { checkMojibake } from './mojibake';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult =
  | {
      ok: true;
      /** The decoded text, with mojibake repaired when the repair is unambiguous. */
      text: string;
      /** The text exactly as decoded (the same string when nothing was repaired). */
      decoded: string;
      /** What was repaired (see mojibake.ts), or null. */
      repair: TextRepair | null;
      /** Doubts about the text, e.g. mojibake left alone because a repair could be wrong. */
      warnings: string[];
      bytes: number;
      /** SHA-256 (hex) of the bytes read. */
      fileHash: string;
      encoding: TextEncodingLabel;
      /** Last modification time (ms since the epoch): the "file date" when the text has none. */
      modifiedMs: number;
    }
  | { ok: false; reason: string };

/** True when `candidate` is `root` itself or lies inside it. Both must be absolute. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !escapes && !path.isAbsolute(relative);
}

export function reasonForError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: this file cannot be read';
    case 'ENOENT':
      return 'the file disappeared before it could be read';
    case 'EAGAIN':
      return 'the file is locked or not ready to be read';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ENAMETOOLONG':
      return 'the file name is too long to open';
    default:
      return `could not be read (${code ?? String(error)})`;
  }
}

/** What a non-regular file is, in words, for the "skipped" list. */
export function notRegularReason(
  stat: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory'>,
): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO), not a regular file: not read';
  if (stat.isSocket()) return 'a socket, not a regular file: not read';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device, not a regular file: not read';
  if (stat.isDirectory()) return 'a folder, not a file';
  return 'not a regular file: not read';
}

// O_NONBLOCK makes opening a FIFO return at once (reads then fail or see nothing) instead of
// waiting for a writer; it changes nothing for regular files. Windows has no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type BytesResult = { ok: true; bytes: Buffer; stat: Stats } | { ok: false; reason: string };

/**
 * Reads a regular file of at most `maxBytes`. The path is checked with stat before it is
 * opened, and the open file again with fstat (it may have been swapped in between), so a
 * FIFO, socket or device is refused without ever blocking. Never throws.
 */
export async function readRegularFile(absolutePath: string, maxBytes: number): Promise<BytesResult> {
  let handle: fs.FileHandle | undefined;
  try {
    const before = await fs.stat(absolutePath);
    if (!before.isFile()) return { ok: false, reason: notRegularReason(before) };
    handle = await fs.open(absolutePath, OPEN_FLAGS);
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: notRegularReason(stat) };
    if (stat.size > maxBytes) {
      const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
      return { ok: false, reason: `too large (${mb(stat.size)} MB; the limit is ${mb(maxBytes)} MB)` };
    }
    const bytes = await handle.readFile();
    // A file that grew past the limit after the check is refused all the same.
    if (bytes.length > maxBytes) return { ok: false, reason: 'too large (it grew while being read)' };
    return { ok: true, bytes, stat };
  } catch (error) {
    return { ok: false, reason: reasonForError(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads `absolutePath`, which must resolve (after following links) inside `realRoot`.
 * Never throws: every failure becomes a plain reason.
 */
export async function readTextFile(
  realRoot: string,
  absolutePath: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<ReadResult> {
  let realPath: string;
  try {
    realPath = await fs.realpath(absolutePath);
  } catch (error) {
    const isLink = await fs.lstat(absolutePath).then(
      (stat) => stat.isSymbolicLink(),
      () => false,
    );
    const broken = isLink && (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      reason: broken ? 'broken symbolic link (its target does not exist)' : reasonForError(error),
    };
  }
  if (!isInside(realRoot, realPath)) {
    return { ok: false, reason: 'symbolic link to a file outside the opened folder (not read)' };
  }
  const file = await readRegularFile(realPath, maxBytes);
  if (!file.ok) return file;
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return decoded;
  const mojibake = checkMojibake(decoded.text);
  return {
    ok: true,
    text: mojibake.kind === 'repaired' ? mojibake.text : decoded.text,
    decoded: decoded.text,
    repair: mojibake.kind === 'repaired' ? { label: mojibake.label, count: mojibake.count } : null,
    warnings: mojibake.kind === 'ambiguous' ? [mojibake.warning] : [],
    bytes: file.bytes.length,
    fileHash: createHash('sha256').update(file.bytes).digest('hex'),
    encoding: decoded.encoding,
    modifiedMs: file.stat.mtimeMs,
  };
}
