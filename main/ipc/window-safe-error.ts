// What the window may be told when a handler fails: a plain sentence, never a full path
// (the renderer is never given paths). Applied by ipc.ts to every failure it passes on.
import { reasonForError } from '../library/read-file';

/**
 * `/home/ann/articles/x.txt` or `C:\\Users\\ann\\x.txt` anywhere in a message, starting a word:
 * a relative path such as `sub/x.txt` (how the window names articles) is left alone.
 */
const ABSOLUTE_PATH = /(?<=^|[\s'"“‘(])(?:[A-Za-z]:)?[\\/](?:[^\\/\s'"“”‘’()]+[\\/])+[^\\/\s'"“”‘’(),]*/g;

/**
 * What may reach the window of a handler's failure: a plain sentence without full paths.
 * A raw system error ("ENOENT: no such file or directory, stat '/home/…'") becomes its
 * reason in words; any absolute path left in a message is cut to its last part.
 */
export function windowSafeError(error: unknown): Error {
  const system = error as NodeJS.ErrnoException | undefined;
  if (system && typeof system.code === 'string' && typeof system.syscall === 'string') {
    const reason = reasonForError(system);
    return new Error(`${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`);
  }
  if (!(error instanceof Error)) return new Error('Something went wrong.');
  const message = error.message.replace(ABSOLUTE_PATH, (found) => found.split(/[\\/]/).pop() || found);
  if (message === error.message) return error;
  return new Error(message);
}
