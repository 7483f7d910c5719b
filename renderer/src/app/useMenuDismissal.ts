// A context menu's open/close behaviour: focus its first item when it opens, and close it on
// Escape, a press outside it, or (for menus pinned to a spot in scrolling text) a scroll.
import { useEffect, type RefObject } from 'react';

export function useMenuDismissal(
  menu: RefObject<HTMLElement | null>,
  open: boolean,
  onClose: () => void,
  { closeOnScroll = false }: { closeOnScroll?: boolean } = {},
): void {
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector('button')?.focus();
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && menu.current?.contains(event.target as Node)) return;
      onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('mousedown', close);
    if (closeOnScroll) window.addEventListener('scroll', close, true);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('mousedown', close);
      window.removeEventListener('scroll', close, true);
    };
  }, [menu, open, onClose, closeOnScroll]);
}
