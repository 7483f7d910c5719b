// Reads one file of the opened folder, refusing anything that could escape the folder or
// swamp the app: links pointing outside, link loops, oversized files. The only file reader.
import { constants, promises as fs } from 'node:fs';
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
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return `could not be read (${code ?? String(error)})`;
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
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(realPath, constants.O_RDONLY);
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) {
      const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
      return { ok: false, reason: `too large (${mb(stat.size)} MB; the limit is ${mb(maxBytes)} MB)` };
    }
    const bytes = await handle.readFile();
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    const mojibake = checkMojibake(decoded.text);
    return {
      ok: true,
      text: mojibake.kind === 'repaired' ? mojibake.text : decoded.text,
      decoded: decoded.text,
      repair: mojibake.kind === 'repaired' ? { label: mojibake.label, count: mojibake.count } : null,
      warnings: mojibake.kind === 'ambiguous' ? [mojibake.warning] : [],
      bytes: bytes.length,
      encoding: decoded.encoding,
      modifiedMs: stat.mtimeMs,
    };
  } catch (error) {
    return { ok: false, reason: reasonForError(error) };
  } finally {
    await handle?.close();
  }
}
