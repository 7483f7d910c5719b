// The passage of the comparison the document's selection holds (side by side only), kept
// as the selection changes, and the right-click menu offering "Add note" on it.
import { useCallback, useEffect, useState } from 'react';
import { selectedPassage, type Passage } from '../notes/passages';
import type { SideText } from '../notes/side-texts';

export function usePassageSelection(sides: { left: SideText; right: SideText } | null, sideBySide: boolean) {
  const [passage, setPassage] = useState<Passage | null>(null);
  const selectedNow = useCallback(
    (): Passage | null => (sides && sideBySide ? selectedPassage(sides) : null),
    [sides, sideBySide],
  );
  useEffect(() => {
    const onSelectionChange = (): void => setPassage(selectedNow());
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [selectedNow]);
  /** The passage a new note takes, read at the moment of asking if the state has none yet: a
   *  key pressed just after the selection changed must not wait for selectionchange. */
  const passageNow = useCallback(() => passage ?? selectedNow(), [passage, selectedNow]);

  // The passage is kept with the menu: clicking the menu clears the text selection.
  const [menuAt, setMenuAt] = useState<{ x: number; y: number; passage: Passage } | null>(null);
  useEffect(() => {
    const onContextMenu = (event: MouseEvent): void => {
      if (!passage || !(event.target instanceof Element) || !event.target.closest('.compare')) return;
      event.preventDefault();
      setMenuAt({ x: event.clientX, y: event.clientY, passage });
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, [passage]);
  const closeMenu = useCallback(() => setMenuAt(null), []);

  return { passage, passageNow, menuAt, closeMenu };
}
