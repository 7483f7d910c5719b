// The context menu on selected comparison text: "Add note" (and Copy), where the right click
// happened. Escape, a click elsewhere or scrolling closes it.
import { useRef } from 'react';
import { useMenuDismissal } from './useMenuDismissal';

interface Props {
  at: { x: number; y: number } | null;
  onAddNote: () => void;
  onClose: () => void;
}

export function PassageMenu({ at, onAddNote, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useMenuDismissal(menu, at !== null, onClose, { closeOnScroll: true });
  if (!at) return null;
  return (
    <div
      ref={menu}
      className="passage-menu"
      role="menu"
      aria-label="Selected text"
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
    >
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          onAddNote();
          onClose();
        }}
      >
        Add note <kbd>Ctrl+Shift+N</kbd>
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          // Through the copy event, so the marks are kept as a keyboard copy keeps them.
          document.execCommand('copy');
          onClose();
        }}
      >
        Copy
      </button>
    </div>
  );
}
