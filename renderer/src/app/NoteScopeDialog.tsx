// Asked when a note is added with no passage selected: what the note is about (this
// comparison, article A, article B, or the whole folder), so no empty note is saved blind.
import { useEffect, useRef } from 'react';
import type { Comparison } from '../../../preload/contract';
import { articleLabel } from '../library/article-label';
import './dialogs.css';

export type NoteScopeChoice = 'comparison' | 'left' | 'right' | 'folder';

interface Props {
  open: boolean;
  comparison: Comparison | null;
  onChoose: (scope: NoteScopeChoice) => void;
  onClose: () => void;
}

export function NoteScopeDialog({ open, comparison, onChoose, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const choices: Array<{ scope: NoteScopeChoice; label: string }> = comparison
    ? [
        { scope: 'comparison', label: 'This comparison (A with B)' },
        { scope: 'left', label: `Article A: ${articleLabel(comparison.left)}` },
        { scope: 'right', label: `Article B: ${articleLabel(comparison.right)}` },
        { scope: 'folder', label: 'The whole folder' },
      ]
    : [{ scope: 'folder', label: 'The whole folder' }];
  return (
    <dialog ref={dialog} className="note-scope" onClose={onClose} aria-labelledby="note-scope-title">
      <h2 id="note-scope-title">What is the note about?</h2>
      <p className="note-scope-hint">No passage is selected. Select text first for a note on a passage.</p>
      <div className="note-scope-choices">
        {choices.map(({ scope, label }, index) => (
          <button key={scope} type="button" autoFocus={index === 0} onClick={() => onChoose(scope)}>
            {label}
          </button>
        ))}
      </div>
      <button type="button" className="note-scope-cancel" onClick={onClose}>
        Cancel
      </button>
    </dialog>
  );
}
