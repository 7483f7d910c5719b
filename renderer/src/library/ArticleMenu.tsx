// The article list's context menu (right click, the menu key or Shift+F10): reveal the file in
// the system's file manager or open it with its default app. Main finds the file from the id.
import { useEffect, useRef } from 'react';
import type { ArticleId } from '../../../preload/contract';
import { api, messageOf } from '../api';

interface Props {
  at: { x: number; y: number; id: ArticleId; label: string } | null;
  onClose: () => void;
  onError: (message: string) => void;
}

export function ArticleMenu({ at, onClose, onError }: Props) {
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
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('mousedown', close);
    };
  }, [at, onClose]);
  if (!at) return null;
  const run = (action: (id: ArticleId) => Promise<void>): void => {
    onClose();
    action(at.id).catch((error: unknown) => onError(messageOf(error)));
  };
  return (
    <div
      ref={menu}
      className="passage-menu"
      role="menu"
      aria-label={`File ${at.label}`}
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
    >
      <button type="button" role="menuitem" onClick={() => run(api.revealArticle)}>
        Reveal in folder
      </button>
      <button type="button" role="menuitem" onClick={() => run(api.openArticleExternally)}>
        Open with default app
      </button>
    </div>
  );
}
