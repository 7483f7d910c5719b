// The article list's context menu (right click, the menu key or Shift+F10): reveal the file in
// the system's file manager or open it with its default app. Main finds the file from the id.
import { useRef } from 'react';
import type { ArticleId } from '../../../preload/contract';
import { api, messageOf } from '../api';
import { useMenuDismissal } from '../app/useMenuDismissal';

interface Props {
  at: { x: number; y: number; id: ArticleId; label: string } | null;
  onClose: () => void;
  onError: (message: string) => void;
}

export function ArticleMenu({ at, onClose, onError }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useMenuDismissal(menu, at !== null, onClose);
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
