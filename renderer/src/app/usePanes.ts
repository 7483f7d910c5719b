// Whether the library and notes panes are shown. Below WIDE_LAYOUT they are drawers over the
// comparison (closed unless asked for), at or above it they sit beside it; each width class
// remembers its own choice, so a small laptop and a large monitor both keep what suits them.
import { useCallback, useSyncExternalStore } from 'react';
import { usePersistentState } from './usePersistentState';

/** Narrower than this, docked panes would leave each text column under ~45 characters. */
export const WIDE_LAYOUT = '(min-width: 1280px)';

export interface PanesOpen {
  library: boolean;
  notes: boolean;
}

const isPanes = (value: unknown): value is PanesOpen =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PanesOpen).library === 'boolean' &&
  typeof (value as PanesOpen).notes === 'boolean';

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

export function usePanes() {
  const wide = useMediaQuery(WIDE_LAYOUT);
  const [docked, setDocked] = usePersistentState<PanesOpen>(
    'variorum.panes.wide',
    { library: true, notes: true },
    isPanes,
  );
  const [drawers, setDrawers] = usePersistentState<PanesOpen>(
    'variorum.panes.narrow',
    { library: false, notes: false },
    isPanes,
  );
  const open = wide ? docked : drawers;
  const set = wide ? setDocked : setDrawers;
  const toggle = useCallback(
    // A drawer covers the comparison, so opening one closes the other.
    (pane: keyof PanesOpen) =>
      set((current) =>
        wide
          ? { ...current, [pane]: !current[pane] }
          : { library: false, notes: false, [pane]: !current[pane] },
      ),
    [set, wide],
  );
  const closeDrawers = useCallback(() => {
    if (!wide) setDrawers({ library: false, notes: false });
  }, [wide, setDrawers]);
  // The shell's classes: docked panes or drawers, and which are open (the layout reads these).
  const className = `${wide ? 'panes-docked' : 'panes-drawers'}${open.library ? ' library-open' : ''}${open.notes ? ' notes-open' : ''}`;
  /** An open drawer covers the view: a click on the rest of it closes the drawer. */
  const backdrop = !wide && (open.library || open.notes);
  return { wide, open, toggle, closeDrawers, className, backdrop };
}
