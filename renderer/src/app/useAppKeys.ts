// The app-wide keys: open a folder (Ctrl/⌘+O), the panes (Ctrl/⌘+B, Ctrl/⌘+J, Escape closes a
// drawer), print (Ctrl/⌘+P), find (Ctrl/⌘+F, F3), a new note (Ctrl/⌘+Shift+N), extending and
// widening a selection in the text (Shift+arrows, Alt+S, Alt+P), and the single keys ? s [ ].
import { useEffect } from 'react';
import type { FindState } from '../find/useFind';
import { isTypingIn } from './keys';
import type { usePanes } from './usePanes';

export interface AppKeyActions {
  openFolder: () => void;
  panes: ReturnType<typeof usePanes>;
  find: FindState;
  addNote: () => Promise<void>;
  widenSelection: (unit: 'sentence' | 'paragraph') => boolean;
  /** Swapping A and B, and ‹ ›: the next and previous pair of the list or group, where there is one. */
  navigation: { swap: () => void; step: { next?: () => void; previous?: () => void } };
  showShortcuts: () => void;
}

export function useAppKeys({
  openFolder,
  panes,
  find,
  addNote,
  widenSelection,
  navigation: { swap, step },
  showShortcuts,
}: AppKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        openFolder();
        return;
      }
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        ['b', 'j'].includes(event.key.toLowerCase())
      ) {
        event.preventDefault();
        panes.toggle(event.key.toLowerCase() === 'b' ? 'library' : 'notes');
        return;
      }
      if (event.key === 'Escape' && !panes.wide && (panes.open.library || panes.open.notes)) {
        panes.closeDrawers();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        window.print();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        find.show();
        find.requestFocus();
        return;
      }
      if (event.key === 'F3' && find.open) {
        event.preventDefault();
        if (event.shiftKey) find.previous();
        else find.next();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void addNote();
        return;
      }
      if (isTypingIn(event.target)) return;
      // Shift+arrows extend a selection in the text (Ctrl/Alt: by word); Alt+S and Alt+P widen
      // it to its sentence or paragraph.
      const selection = window.getSelection();
      const inText = Boolean(selection?.anchorNode?.parentElement?.closest('.cell-text'));
      if (inText && event.shiftKey && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
        event.preventDefault();
        const forward = event.key === 'ArrowRight' || event.key === 'End';
        const unit = event.key.startsWith('Arrow')
          ? event.ctrlKey || event.altKey || event.metaKey
            ? 'word'
            : 'character'
          : 'lineboundary';
        (selection as Selection & { modify: (a: string, d: string, g: string) => void }).modify(
          'extend',
          forward ? 'forward' : 'backward',
          unit,
        );
        return;
      }
      if (
        event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        (event.code === 'KeyS' || event.code === 'KeyP')
      ) {
        if (widenSelection(event.code === 'KeyS' ? 'sentence' : 'paragraph')) event.preventDefault();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = { '?': showShortcuts, s: swap, ']': step.next, '[': step.previous }[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openFolder, swap, step, addNote, find, panes, widenSelection, showShortcuts]);
}
