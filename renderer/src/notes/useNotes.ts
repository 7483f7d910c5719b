// The notes as the app uses them: one repository opened at start, the list for the current
// search and filter, every change saved before it is shown as saved, deletes that can be
// undone, notes kept attached (and re-anchored) as the folder changes, and backups.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FolderIdentity, LibrarySnapshot } from '../../../preload/contract';
import { api, messageOf } from '../api';
import { toWebAnnotation } from './export-formats';
import type { Note, NoteChanges, NoteDraft } from './model';
import { BLOCKED_MESSAGE, openNotesRepo, type NotesRepo, type Result } from './repo';
import type { NoteFilter } from './search-index';

export type NotesStatus =
  | { state: 'opening' }
  | { state: 'ready'; readOnly: false }
  | { state: 'ready'; readOnly: true; message: string }
  | { state: 'failed'; message: string };

const BACKUP_AFTER_MS = 30_000;

export function useNotes(library: LibrarySnapshot | null) {
  const [repo, setRepo] = useState<NotesRepo | null>(null);
  const [status, setStatus] = useState<NotesStatus>({ state: 'opening' });
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<NoteFilter>({});
  const [notes, setNotes] = useState<Note[]>([]);
  /** Every note of the open folder, for highlights; refreshed after each change. */
  const [folderNotes, setFolderNotes] = useState<Note[]>([]);
  const [revision, setRevision] = useState(0);
  const backupTimer = useRef<number | undefined>(undefined);
  const folder = library?.folderName ?? '';
  /**
   * Which folder the open one is, as main says, and the snapshot it was asked for: notes are
   * attached only under the identity of the very snapshot being attached, so that switching
   * between two folders of one name can never file one's notes under the other.
   */
  const [asked, setIdentity] = useState<KnownIdentity | null>(null);
  // A folder being opened (another name) is nobody yet: show none of the last one's notes.
  const identity = asked && asked.library.folderName === folder ? asked : null;
  const folderId = identity?.value?.state === 'resolved' ? identity.value.id : null;
  const libraryReady = library !== null && library.scan.state !== 'scanning';

  // Ask main who this folder is once it has been read (and again as it changes: it remembers
  // the folder's articles, so a later move is recognised).
  useEffect(() => {
    if (!library || !libraryReady) return;
    let live = true;
    void api.getFolderIdentity().then(
      (found) => {
        if (!live) return;
        const notice =
          found?.state === 'resolved' && found.movedFrom
            ? `This folder was “${found.movedFrom}” (moved or renamed); its notes came along.`
            : null;
        setIdentity((previous) => ({
          value: found,
          library,
          // Said once per folder, not again at every change of its files.
          notice: notice ?? (previous?.library.folderName === library.folderName ? previous.notice : null),
        }));
      },
      (failure: unknown) => live && setError(messageOf(failure)),
    );
    return () => {
      live = false;
    };
  }, [library, libraryReady]);
  /** The user's answer to an `ask`: one of the offered folders, or null for a different one. */
  const answerIdentity = useCallback(
    async (id: string | null): Promise<void> => {
      if (!library) return;
      try {
        const answered = await api.chooseFolderIdentity(id);
        const notice =
          answered.state === 'resolved' && answered.movedFrom
            ? `The notes of “${answered.movedFrom}” are now this folder’s.`
            : null;
        setIdentity({ value: answered, library, notice });
      } catch (failure) {
        setError(messageOf(failure));
      }
    },
    [library],
  );

  useEffect(() => {
    let live = true;
    void openNotesRepo(undefined, { onBlocked: () => live && setError(BLOCKED_MESSAGE) }).then((opened) => {
      if (!live) return;
      if (!opened.ok) setStatus({ state: 'failed', message: opened.message });
      else {
        setRepo(opened.repo);
        setStatus(
          opened.readOnly
            ? { state: 'ready', readOnly: true, message: opened.message }
            : { state: 'ready', readOnly: false },
        );
      }
    });
    return () => {
      live = false;
    };
  }, []);

  /** Backs the notes up once things are quiet: a while after start, and after each change. */
  const backUp = useCallback(() => {
    if (!repo || repo.readOnly) return;
    window.clearTimeout(backupTimer.current);
    backupTimer.current = window.setTimeout(() => {
      void repo.list().then((all) => {
        // An empty database never pushes good backups out.
        if (all.ok && all.value.length > 0)
          void api.writeNotesBackup(toWebAnnotation(all.value)).catch(() => {});
      });
    }, BACKUP_AFTER_MS);
  }, [repo]);
  // Not during start-up: exporting every note is real work.
  useEffect(() => backUp(), [backUp]);

  /** Applies a result: on failure the message is shown and the caller keeps its text. */
  const settle = useCallback(
    <T>(result: Result<T>): result is { ok: true; value: T } => {
      if (result.ok) {
        setError(null);
        setRevision((value) => value + 1);
        backUp();
      } else {
        setError(result.error.message);
      }
      return result.ok;
    },
    [backUp],
  );

  // Keep notes attached to their articles as the folder changes.
  useEffect(() => {
    if (!repo || !library || !folderId || identity?.library !== library) return;
    let live = true;
    void attachAndReanchor(repo, library, folderId, new Set(), () => live).then(
      () => live && setRevision((value) => value + 1),
    );
    return () => {
      live = false;
    };
  }, [repo, library, folderId, identity]);

  // Until main has said who the folder is, no folder's notes are shown ('' matches no note).
  const scopedFilter = useMemo<NoteFilter>(
    () => ({ ...filter, folderId: folderId ?? '' }),
    [filter, folderId],
  );
  useEffect(() => {
    if (!repo) return;
    let live = true;
    void repo.search(query, scopedFilter).then((result) => {
      if (live && result.ok) setNotes(result.value);
    });
    void repo.search('', { folderId: folderId ?? '' }).then((result) => {
      if (live && result.ok) setFolderNotes(result.value);
    });
    return () => {
      live = false;
    };
  }, [repo, query, scopedFilter, folderId, revision]);

  const create = useCallback(
    async (draft: Omit<NoteDraft, 'folder'>): Promise<Note | null> => {
      if (!repo) return null;
      if (!folderId) {
        setError('Say which folder this is (above) before adding notes to it.');
        return null;
      }
      const result = await repo.create({ ...draft, folder, folderId });
      return settle(result) ? result.value : null;
    },
    [repo, folder, folderId, settle],
  );
  const update = useCallback(
    async (id: string, changes: NoteChanges): Promise<boolean> =>
      repo ? settle(await repo.update(id, changes)) : false,
    [repo, settle],
  );
  const remove = useCallback(
    async (id: string): Promise<Note | null> => {
      if (!repo) return null;
      const result = await repo.remove(id);
      return settle(result) ? result.value : null;
    },
    [repo, settle],
  );
  const restore = useCallback(
    async (note: Note): Promise<boolean> => (repo ? settle(await repo.restore(note)) : false),
    [repo, settle],
  );
  const importNotes = useCallback(
    async (parsed: Note[]): Promise<string> => {
      if (!repo) return 'Notes are not open yet.';
      const result = await repo.importNotes(parsed);
      if (!settle(result)) return result.error.message;
      const { added, skipped, ids } = result.value;
      // Claim what belongs here, and check imported passages against the text as it is now:
      // a position past the end, or a quote that is not there, must not pass for anchored.
      const imported = parsed.filter((note) => ids.includes(note.id.toLowerCase()));
      if (library && folderId && identity?.library === library) {
        const recheck = new Set(imported.flatMap((note) => (note.anchor ? [note.article!.path] : [])));
        await attachAndReanchor(repo, library, folderId, recheck, () => true);
      }
      const stored = await repo.list();
      const here = new Set(
        stored.ok
          ? stored.value.filter((note) => folderId && note.folderId === folderId).map((note) => note.id)
          : [],
      );
      const orphaned = stored.ok
        ? stored.value.filter(
            (note) => here.has(note.id) && ids.includes(note.id) && note.status === 'orphaned',
          ).length
        : 0;
      const elsewhere = new Map<string, number>();
      for (const note of imported) {
        if (!here.has(note.id.toLowerCase()))
          elsewhere.set(note.folder, (elsewhere.get(note.folder) ?? 0) + 1);
      }
      return importMessage(added, skipped, orphaned, elsewhere);
    },
    [repo, settle, library, folderId, identity],
  );
  const listForExport = useCallback(async (): Promise<Note[]> => {
    if (!repo) return [];
    const result = await repo.search(query, scopedFilter);
    return result.ok ? result.value : [];
  }, [repo, query, scopedFilter]);
  const tags = useMemo(
    () => [...new Set(folderNotes.flatMap((note) => note.tags))].sort((a, b) => a.localeCompare(b)),
    [folderNotes],
  );

  return {
    status,
    error,
    query,
    setQuery,
    filter,
    setFilter,
    notes,
    folderNotes,
    tags,
    create,
    update,
    remove,
    restore,
    importNotes,
    listForExport,
    /** The open folder's name and articles, for exports. */
    folderName: folder,
    articles: library?.articles ?? NO_ARTICLES,
    /** Main's question when it cannot tell which folder this is (see answerIdentity). */
    identityQuestion: identity?.value?.state === 'ask' ? identity.value : null,
    /** Said once when a moved or renamed folder was recognised. */
    identityNotice: identity?.notice ?? null,
    answerIdentity,
  };
}

const NO_ARTICLES: LibrarySnapshot['articles'] = [];

interface KnownIdentity {
  value: FolderIdentity | null;
  /** The snapshot main was asked about. */
  library: LibrarySnapshot;
  notice: string | null;
}

/**
 * Files notes under this folder (claiming notes from before identities) and re-anchors the
 * passages of articles whose text changed, plus those at `recheck` (paths of imported notes,
 * whose stored positions may not fit the text as it is).
 */
async function attachAndReanchor(
  repo: NotesRepo,
  library: LibrarySnapshot,
  folderId: string,
  recheck: ReadonlySet<string>,
  isLive: () => boolean,
): Promise<void> {
  if (repo.readOnly) return;
  const attached = await repo.attachNotesToArticles(
    { id: folderId, name: library.folderName },
    library.articles,
  );
  if (!isLive() || !attached.ok) return;
  const paths = new Set([...attached.value.needsReanchor.map((article) => article.path), ...recheck]);
  for (const path of paths) {
    const summary = library.articles.find((candidate) => candidate.path === path);
    if (!summary) continue;
    const text = await api.articleText(summary.id, true).catch(() => null);
    if (text !== null && isLive()) await repo.reanchorForArticle(folderId, summary, text);
  }
}

const notesCount = (count: number): string => `${count} ${count === 1 ? 'note' : 'notes'}`;

/** What an import did, including where notes went that this folder does not show. */
export function importMessage(
  added: number,
  skipped: number,
  orphaned: number,
  elsewhere: ReadonlyMap<string, number>,
): string {
  const parts = [`Imported ${notesCount(added)}${skipped ? `; ${skipped} already here` : ''}.`];
  if (orphaned) {
    const verb = orphaned === 1 ? 'matches its passage and is' : 'match their passages and are';
    parts.push(`${notesCount(orphaned)} no longer ${verb} marked orphaned.`);
  }
  for (const [name, count] of [...elsewhere].sort((a, b) => a[0].localeCompare(b[0]))) {
    parts.push(
      `${notesCount(count)} ${count === 1 ? 'belongs' : 'belong'} to the folder “${name || 'unnamed'}” and will show when you open it.`,
    );
  }
  return parts.join(' ');
}

export type NotesState = ReturnType<typeof useNotes>;
