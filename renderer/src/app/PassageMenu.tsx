// The context menu on selected comparison text: "Add note" (and Copy), where the right click
// happened. Escape, a click elsewhere or scrolling closes it.
import { useEffect, useRef } from 'react';

interface Props {
  at: { x: number; y: number } | null;
  onAddNote: () => void;
  onClose: () => void;
}

export function PassageMenu({ at, onAddNote, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!at) return;
    menu.current?.querySelector('button')?.focus();
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && menu.current?.contains(event.target as Node)) return;
      onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('mousedown', close);
    window.addEventListener('scroll', close, true);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('mousedown', close);
      window.removeEventListener('scroll', close, true);
    };
  }, [at, onClose]);
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
