// What every note operation answers: a value, or an error with a kind the UI can act on and a
// sentence it can show as it is; and how what Dexie or IndexedDB threw becomes one.
import { CLOSED_MESSAGE, TOO_NEW_MESSAGE } from './db';
import { noteSchema, type Note } from './model';

export type NotesErrorKind =
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /** The database belongs to a newer Variorum: reading works, writing does not. */
  | 'read-only'
  /** Another window upgraded or deleted the database; this one must restart. */
  | 'closed'
  | 'not-found'
  /** The caller passed something that is not a valid note. */
  | 'invalid'
  | 'failed';

export interface NotesError {
  kind: NotesErrorKind;
  /** A sentence the UI can show as it is. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: NotesError };

const QUOTA_MESSAGE =
  'Notes could not be saved: the disk is full (or the space allowed for notes is used up). ' +
  'Free some space and try again; nothing was changed.';
export const NOT_FOUND_MESSAGE = 'That note no longer exists; it may have been deleted.';

/** Runs a note operation, turning whatever it throws into an error answer. */
export async function attemptNotes<T>(
  operation: () => Promise<Result<T>>,
  verb: 'saved' | 'read',
): Promise<Result<T>> {
  try {
    return await operation();
  } catch (error) {
    return { ok: false, error: notesErrorFrom(error, verb) };
  }
}

/** Turns what Dexie or IndexedDB threw into a kind and a sentence. */
export function notesErrorFrom(error: unknown, verb: 'saved' | 'read' = 'saved'): NotesError {
  // Dexie may wrap the cause: an abort's `inner`, a bulk operation's first failure.
  const wrapped = error as { inner?: unknown; failures?: unknown[] } | null;
  const names = [error, wrapped?.inner, wrapped?.failures?.[0]].map(
    (value) => (value as { name?: string } | null | undefined)?.name,
  );
  if (names.includes('QuotaExceededError')) return { kind: 'quota', message: QUOTA_MESSAGE };
  if (names.includes('DatabaseClosedError')) return { kind: 'closed', message: CLOSED_MESSAGE };
  if (names.includes('VersionError')) return { kind: 'read-only', message: TOO_NEW_MESSAGE };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message: `Notes could not be ${verb} (${detail}).` };
}

/** Checks a note against the stored shape: null when it fits, else the answer to give. */
export function invalidNote(note: Note): { ok: false; error: NotesError } | null {
  const parsed = noteSchema.safeParse(note);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return {
    ok: false,
    error: { kind: 'invalid', message: `This note cannot be saved${where}: ${issue?.message}.` },
  };
}
