// The keyboard shortcuts sheet, opened with "?" or its button; Escape closes it.
import { useEffect, useRef } from 'react';

const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ + O', 'Open a folder'],
  ['n · F7 · Alt + ↓', 'Next change'],
  ['p · Shift + F7 · Alt + ↑', 'Previous change'],
  ['Shift + n · Shift + Alt + ↓', 'Next paragraph with changes'],
  ['Shift + p · Shift + Alt + ↑', 'Previous paragraph with changes'],
  ['s', 'Swap A and B'],
  ['Ctrl/⌘ + Shift + N', 'Add a note (on the selected passage; otherwise asks what it is about)'],
  ['Ctrl/⌘ + F', 'Find in A and B (Enter / Shift + Enter: next / previous; Escape selects the hit)'],
  ['F3 · Shift + F3', 'Next / previous hit while finding'],
  ['Shift + ← → · Home · End', 'Extend the selection in the text (Ctrl/Alt: by word)'],
  ['Alt + S · Alt + P', 'Widen the selection to its sentence / paragraph'],
  ['Esc', 'Leave the note editor; close a drawer'],
  ['Ctrl/⌘ + B', 'Show or hide the article list'],
  ['Ctrl/⌘ + J', 'Show or hide the notes'],
  ['Ctrl/⌘ + P', 'Print the comparison (PDF… in the header saves one)'],
  [']', 'Next version (both sides move on)'],
  ['[', 'Previous version'],
  ['?', 'Show this sheet'],
];

export function ShortcutsSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcuts" onClose={onClose} aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
