// The keyboard shortcuts sheet, opened with "?" or its button; Escape closes it.
import { useEffect, useRef } from 'react';

const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ + O', 'Open a folder'],
  ['n · F7 · Alt + ↓', 'Next change'],
  ['p · Shift + F7 · Alt + ↑', 'Previous change'],
  ['Shift + n · Shift + Alt + ↓', 'Next paragraph with changes'],
  ['Shift + p · Shift + Alt + ↑', 'Previous paragraph with changes'],
  ['s', 'Swap A and B'],
  ['Ctrl/⌘ + Shift + N', 'Add a note (on the selected passage, if any)'],
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
