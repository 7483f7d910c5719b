// The notes pane: search and filter, the notes of the open folder, adding a note (on the
// selected passage, or on the comparison), deleting with undo, export and import.
import { useState } from 'react';
import type { Comparison, ExportFormat } from '../../../preload/contract';
import { api, messageOf } from '../api';
import { comparisonReport } from './comparison-report';
import { fromWebAnnotation, toCsv, toMarkdown, toWebAnnotation } from './export-formats';
import type { Note } from './model';
import { withVisibleControls } from '../library/visible-text';
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

const EXPORTS: Array<{ format: ExportFormat; label: string; extension: string }> = [
  { format: 'markdown', label: 'Markdown', extension: 'md' },
  { format: 'csv', label: 'CSV', extension: 'csv' },
  { format: 'json', label: 'JSON', extension: 'json' },
  { format: 'html', label: 'Report', extension: 'html' },
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

  const exportAs = async (format: ExportFormat, extension: string): Promise<void> => {
    setNotice(null);
    const list = await notes.listForExport();
    if (format !== 'html' && list.length === 0) {
      setNotice('No notes to export in this view.');
      return;
    }
    const content =
      format === 'markdown'
        ? toMarkdown(list, comparison ? [comparison.left, comparison.right] : [])
        : format === 'csv'
          ? toCsv(list)
          : format === 'json'
            ? toWebAnnotation(list)
            : comparison
              ? comparisonReport(comparison, list, new Date())
              : null;
    if (content === null) {
      setNotice('Open a comparison to export its report.');
      return;
    }
    try {
      const result = await api.saveExport({ format, suggestedName: `variorum-notes.${extension}`, content });
      if (result.saved) setNotice(`Saved ${result.fileName}.`);
    } catch (error) {
      setNotice(messageOf(error));
    }
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
    <aside className="notes" aria-label="Notes">
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
          {comparison && (
            <option value="left">On A: {withVisibleControls(comparison.left.title).slice(0, 40)}</option>
          )}
          {comparison && (
            <option value="right">On B: {withVisibleControls(comparison.right.title).slice(0, 40)}</option>
          )}
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
        {notes.notes.length === 0 && status.state === 'ready' && (
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
          {EXPORTS.map(({ format, label, extension }) => (
            <button key={format} type="button" onClick={() => void exportAs(format, extension)}>
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
