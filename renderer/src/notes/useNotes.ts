// The notes as the app uses them: one repository opened at start, the list for the current
// search and filter, every change saved before it is shown as saved, deletes that can be
// undone, notes kept attached (and re-anchored) as the folder changes, and backups.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LibrarySnapshot } from '../../../preload/contract';
import { api } from '../api';
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

  // Keep notes attached to their articles as the folder changes, and re-anchor passages of
  // articles whose text changed.
  useEffect(() => {
    if (!repo || repo.readOnly || !library || library.scan.state === 'scanning') return;
    let live = true;
    void (async () => {
      const attached = await repo.attachNotesToArticles(library.folderName, library.articles);
      if (!live || !attached.ok) return;
      for (const article of attached.value.needsReanchor) {
        const summary = library.articles.find((candidate) => candidate.path === article.path);
        if (!summary) continue;
        const text = await api.articleText(summary.id, true).catch(() => null);
        if (text !== null && live) await repo.reanchorForArticle(library.folderName, summary, text);
      }
      if (live) setRevision((value) => value + 1);
    })();
    return () => {
      live = false;
    };
  }, [repo, library]);

  const scopedFilter = useMemo<NoteFilter>(() => ({ ...filter, folder }), [filter, folder]);
  useEffect(() => {
    if (!repo) return;
    let live = true;
    void repo.search(query, scopedFilter).then((result) => {
      if (live && result.ok) setNotes(result.value);
    });
    void repo.search('', { folder }).then((result) => {
      if (live && result.ok) setFolderNotes(result.value);
    });
    return () => {
      live = false;
    };
  }, [repo, query, scopedFilter, folder, revision]);

  const create = useCallback(
    async (draft: Omit<NoteDraft, 'folder'>): Promise<Note | null> => {
      if (!repo) return null;
      const result = await repo.create({ ...draft, folder });
      return settle(result) ? result.value : null;
    },
    [repo, folder, settle],
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
      return `Imported ${result.value.added} ${result.value.added === 1 ? 'note' : 'notes'}${
        result.value.skipped ? `; ${result.value.skipped} already here` : ''
      }.`;
    },
    [repo, settle],
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
  };
}

export type NotesState = ReturnType<typeof useNotes>;
