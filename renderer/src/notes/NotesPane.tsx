// The notes pane: search and filter, the notes of the open folder, adding a note (on the
// selected passage, or on the comparison), deleting with undo, export and import.
import { useState } from 'react';
import type { Comparison, ExportFormat } from '../../../preload/contract';
import { FolderQuestion } from './FolderQuestion';
import { api, messageOf } from '../api';
import { comparisonReport, folderReport, notedPairs } from './comparison-report';
import { fromWebAnnotation, toCsv, toMarkdown, toWebAnnotation } from './export-formats';
import type { Note } from './model';
import { passageReadings } from './passage-readings';
import { articleLabel } from '../library/article-label';
import { NoteCard } from './NoteCard';
import type { NoteFilter } from './search-index';
import type { NotesState } from './useNotes';

interface Props {
  notes: NotesState;
  comparison: Comparison | null;
  selectedId: string | null;
  onSelect: (note: Note) => void;
  /** Adds a note on the selected passage, or on the comparison when nothing is selected. */
  onAdd: () => void;
  canAddPassage: boolean;
}

type FilterChoice = 'all' | 'comparison' | 'left' | 'right' | `tag:${string}`;

function filterFor(choice: FilterChoice, comparison: Comparison | null): NoteFilter {
  if (choice.startsWith('tag:')) return { tag: choice.slice('tag:'.length) };
  if (!comparison || choice === 'all') return {};
  if (choice === 'comparison')
    return { comparison: { left: comparison.left.path, right: comparison.right.path } };
  return { article: { path: comparison[choice === 'left' ? 'left' : 'right'].path } };
}

type ExportChoice = ExportFormat | 'folder-report';

const EXPORTS: Array<{ choice: ExportChoice; label: string; title: string; extension: string }> = [
  { choice: 'markdown', label: 'Markdown', title: 'The notes in view, as Markdown', extension: 'md' },
  {
    choice: 'csv',
    label: 'CSV',
    title: 'The notes in view, one row each, for spreadsheets',
    extension: 'csv',
  },
  {
    choice: 'json',
    label: 'JSON',
    title: 'The notes in view, as W3C Web Annotation JSON',
    extension: 'json',
  },
  {
    choice: 'html',
    label: 'Report',
    title: 'The open comparison with its notes, as a web page',
    extension: 'html',
  },
  {
    choice: 'folder-report',
    label: 'Folder report',
    title: 'Every note of this folder: each comparison with its noted passages, and each article’s notes',
    extension: 'html',
  },
];

export function NotesPane({ notes, comparison, selectedId, onSelect, onAdd, canAddPassage }: Props) {
  const [choice, setChoice] = useState<FilterChoice>('all');
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const readOnly = notes.status.state !== 'ready' || notes.status.readOnly;

  const choose = (next: FilterChoice): void => {
    setChoice(next);
    notes.setFilter(filterFor(next, comparison));
  };

  const exportAs = async (choice: ExportChoice, extension: string): Promise<void> => {
    setNotice(null);
    const format: ExportFormat = choice === 'folder-report' ? 'html' : choice;
    const list = choice === 'folder-report' ? notes.folderNotes : await notes.listForExport();
    if (format !== 'html' && list.length === 0) {
      setNotice('No notes to export in this view.');
      return;
    }
    try {
      const content =
        choice === 'markdown'
          ? toMarkdown(list, notes.articles, passageReadings(await pairsOf(list), list))
          : choice === 'csv'
            ? toCsv(list, notes.articles, passageReadings(await pairsOf(list), list))
            : choice === 'json'
              ? toWebAnnotation(list, passageReadings(await pairsOf(list), list))
              : choice === 'folder-report'
                ? await folderReportOf(list)
                : comparison
                  ? comparisonReport(comparison, list, new Date())
                  : null;
      if (content === null) {
        setNotice('Open a comparison to export its report.');
        return;
      }
      const name =
        choice === 'folder-report' ? `variorum-${safeName(notes.folderName)}-notes` : 'variorum-notes';
      const result = await api.saveExport({ format, suggestedName: `${name}.${extension}`, content });
      if (result.saved) setNotice(`Saved ${result.fileName}.`);
    } catch (error) {
      setNotice(messageOf(error));
    }
  };

  /**
   * Compares each pair the notes were written on (as the app shows it), for the readings of
   * both sides at their passages and for the folder report. The open comparison is reused.
   */
  const pairsOf = async (list: readonly Note[]): Promise<Comparison[]> => {
    const idOf = new Map(notes.articles.map((article) => [article.path, article.id]));
    const comparisons: Comparison[] = [];
    for (const pair of notedPairs(list)) {
      if (comparison && comparison.left.path === pair.left && comparison.right.path === pair.right) {
        comparisons.push(comparison);
        continue;
      }
      const leftId = idOf.get(pair.left);
      const rightId = idOf.get(pair.right);
      // A pair whose file is gone cannot be compared; its notes are listed under their articles.
      if (leftId && rightId) comparisons.push(await api.compare({ leftId, rightId }));
    }
    return comparisons;
  };

  const folderReportOf = async (list: Note[]): Promise<string | null> => {
    if (list.length === 0) {
      setNotice('This folder has no notes yet.');
      return null;
    }
    setNotice('Preparing the folder report…');
    const comparisons = await pairsOf(list);
    return folderReport(
      { folderName: notes.folderName, notes: list, articles: notes.articles, comparisons },
      new Date(),
    );
  };

  const importFile = async (): Promise<void> => {
    setNotice(null);
    try {
      const file = await api.openImportFile();
      if (!file) return;
      const parsed = fromWebAnnotation(file.content);
      setNotice(
        'error' in parsed
          ? `${file.fileName} was not imported: ${parsed.error}`
          : await notes.importNotes(parsed.notes),
      );
    } catch (error) {
      setNotice(messageOf(error));
    }
  };

  const status = notes.status;
  return (
    <aside className="notes" id="pane-notes" aria-label="Notes">
      <header className="pane-header">
        <h2>Notes</h2>
        <button
          type="button"
          onClick={onAdd}
          disabled={readOnly}
          title={
            canAddPassage
              ? 'Add a note on the selected passage (Ctrl+Shift+N)'
              : 'Add a note on this comparison (Ctrl+Shift+N); select text first to note a passage'
          }
        >
          {canAddPassage ? 'Add note on selection' : 'Add note'}
        </button>
      </header>
      {status.state === 'opening' && <p className="message">Opening notes…</p>}
      {status.state === 'failed' && (
        <p className="message error" role="alert">
          {status.message}
        </p>
      )}
      {status.state === 'ready' && status.readOnly && (
        <p className="message error" role="alert">
          {status.message}
        </p>
      )}
      {notes.error && (
        <p className="message error" role="alert">
          {notes.error}
        </p>
      )}
      {notes.identityNotice && (
        <p className="message" role="status">
          {notes.identityNotice}
        </p>
      )}
      {notes.identityQuestion && (
        <FolderQuestion question={notes.identityQuestion} onAnswer={(id) => void notes.answerIdentity(id)} />
      )}
      <div className="notes-tools">
        <input
          type="search"
          placeholder="Search notes"
          aria-label="Search notes"
          value={notes.query}
          onChange={(event) => notes.setQuery(event.target.value)}
        />
        <select
          aria-label="Which notes"
          value={choice}
          onChange={(event) => choose(event.target.value as FilterChoice)}
        >
          <option value="all">All notes in this folder</option>
          {comparison && <option value="comparison">This comparison</option>}
          {comparison && <option value="left">On A: {articleLabel(comparison.left)}</option>}
          {comparison && <option value="right">On B: {articleLabel(comparison.right)}</option>}
          {notes.tags.map((tag) => (
            <option key={tag} value={`tag:${tag}`}>
              #{tag}
            </option>
          ))}
        </select>
      </div>
      {deleted && (
        <div className="notes-undo" role="status">
          Note deleted.
          <button
            type="button"
            onClick={() => {
              void notes.restore(deleted);
              setDeleted(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      <ul className="note-list" aria-label="Notes list">
        {notes.notes.length === 0 && status.state === 'ready' && !notes.identityQuestion && (
          <li className="message">
            {notes.query || choice !== 'all'
              ? 'No notes match.'
              : 'No notes yet. Select a passage in either pane and press “Add note on selection”, or add a note on this comparison.'}
          </li>
        )}
        {notes.notes.map((note) => (
          <NoteCard
            key={note.id}
            note={note}
            selected={note.id === selectedId}
            readOnly={readOnly}
            onSelect={() => onSelect(note)}
            onSave={(changes) => notes.update(note.id, changes)}
            onDelete={() => {
              void notes.remove(note.id).then((removed) => removed && setDeleted(removed));
            }}
          />
        ))}
      </ul>
      <footer className="notes-footer">
        {notice && (
          <p className="message notes-notice" role="status">
            {notice}
          </p>
        )}
        <div className="notes-export" role="group" aria-label="Export notes">
          <span>Export</span>
          {EXPORTS.map(({ choice, label, title, extension }) => (
            <button key={choice} type="button" title={title} onClick={() => void exportAs(choice, extension)}>
              {label}
            </button>
          ))}
          <button type="button" onClick={() => void importFile()} disabled={readOnly}>
            Import…
          </button>
        </div>
      </footer>
    </aside>
  );
}

/** A file name from a folder name: letters, digits, dots, dashes and underscores only. */
function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'folder';
}
