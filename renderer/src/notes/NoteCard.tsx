// One note in the notes pane: read as rendered Markdown, or, when selected, edited in place
// with autosave (the text stays in the editor until the database has it).
import { useEffect, useRef, useState } from 'react';
import { withVisibleControls } from '../library/visible-text';
import { MarkdownView } from './MarkdownView';
import { NOTE_COLORS, type Note, type NoteChanges } from './model';

interface Props {
  note: Note;
  selected: boolean;
  readOnly: boolean;
  onSelect: () => void;
  onSave: (changes: NoteChanges) => Promise<boolean>;
  onDelete: () => void;
}

const AUTOSAVE_MS = 400;
const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function scopeLabel(note: Note): string {
  if (note.scope === 'folder') return 'Folder note';
  const title = withVisibleControls(note.article?.title ?? note.article?.path ?? '');
  return note.scope === 'article' ? `On “${title}”` : `Passage in “${title}”`;
}

export function NoteCard({ note, selected, readOnly, onSelect, onSave, onDelete }: Props) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [saving, setSaving] = useState<'saved' | 'pending' | 'failed'>('saved');
  const timer = useRef<number | undefined>(undefined);
  const editor = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (selected) editor.current?.focus();
  }, [selected]);

  // Edits made within one pause are saved together: typing the body, then the tags, saves both.
  const pending = useRef<NoteChanges>({});
  const save = (changes: NoteChanges): void => {
    setSaving('pending');
    pending.current = { ...pending.current, ...changes };
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const batch = pending.current;
      pending.current = {};
      void onSave(batch).then((ok) => {
        // On failure the edits stay pending, so the next keystroke (or a retry) saves them all.
        if (!ok) pending.current = { ...batch, ...pending.current };
        setSaving(ok ? 'saved' : 'failed');
      });
    }, AUTOSAVE_MS);
  };
  const tagList = (text: string): string[] =>
    text
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);

  return (
    <li
      className={`note note-${note.color}${selected ? ' is-selected' : ''}${note.status === 'orphaned' ? ' is-orphaned' : ''}`}
      data-testid="note"
      data-note-id={note.id}
    >
      <button type="button" className="note-head" onClick={onSelect} aria-expanded={selected}>
        <span className="note-scope">{scopeLabel(note)}</span>
        {note.status === 'orphaned' && (
          <span
            className="note-orphaned"
            title="The passage is gone from the article (or now ambiguous); the saved quote is shown"
          >
            orphaned
          </span>
        )}
      </button>
      {note.anchor && <blockquote className="note-quote">{note.anchor.quote.exact}</blockquote>}
      {selected && !readOnly ? (
        <div className="note-editor">
          <label className="visually-hidden" htmlFor={`body-${note.id}`}>
            Note
          </label>
          <textarea
            id={`body-${note.id}`}
            ref={editor}
            value={body}
            rows={4}
            placeholder="Write your note (Markdown)…"
            onChange={(event) => {
              setBody(event.target.value);
              save({ body: event.target.value });
            }}
          />
          <label className="note-tags-input">
            Tags
            <input
              value={tags}
              placeholder="comma, separated"
              onChange={(event) => {
                setTags(event.target.value);
                save({ tags: tagList(event.target.value) });
              }}
            />
          </label>
          <div className="note-actions">
            <span className="note-colors" role="radiogroup" aria-label="Colour">
              {NOTE_COLORS.map((color) => (
                <button
                  key={color}
                  type="button"
                  role="radio"
                  aria-checked={note.color === color}
                  aria-label={color}
                  className={`swatch note-${color}`}
                  onClick={() => void onSave({ color })}
                />
              ))}
            </span>
            <span className={`note-saving is-${saving}`} role="status">
              {saving === 'saved'
                ? 'Saved'
                : saving === 'pending'
                  ? 'Saving…'
                  : 'Not saved — your text is kept here'}
            </span>
            <button type="button" className="note-delete" onClick={onDelete}>
              Delete
            </button>
          </div>
        </div>
      ) : (
        <div className="note-body" onClick={onSelect}>
          {note.body ? <MarkdownView source={note.body} /> : <p className="message">Empty note</p>}
        </div>
      )}
      <div className="note-meta">
        {note.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        <span className="note-time" title={`Created ${when(note.created)}`}>
          {when(note.updated)}
        </span>
      </div>
    </li>
  );
}
