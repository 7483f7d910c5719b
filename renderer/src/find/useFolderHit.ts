// A hit found in another article of the folder: its article is opened on that side, and the
// hit is selected once that comparison has arrived (or, if the bar's search no longer finds
// it there, the place is brought into view). An article already open on either side is never
// opened again: its hit is shown where it already is, so a text is never compared with itself.
import { useCallback, useEffect, useRef } from 'react';
import type { Comparison } from '../../../preload/contract';

type Side = 'left' | 'right';

/** The side a folder hit in article `id` is shown on: the side it already occupies, if any. */
export function sideForHit(
  wanted: Side,
  id: string,
  open: { leftId: string | null; rightId: string | null },
): { side: Side; alreadyOpen: boolean } {
  if (open.leftId === id) return { side: 'left', alreadyOpen: true };
  if (open.rightId === id) return { side: 'right', alreadyOpen: true };
  return { side: wanted, alreadyOpen: false };
}

export function useFolderHit(
  { comparison, loading }: { comparison: Comparison | null; loading: boolean },
  /** The find bar's: makes the hit at this place current, false when it has none there. */
  goToPlace: (side: Side, offset: number) => boolean,
  /** Opens an article on a side; brings a place into view; the pair open now. */
  {
    pick,
    setFocus,
    leftId,
    rightId,
  }: {
    pick: (side: Side, id: string) => void;
    setFocus: (focus: { side: Side; offset: number }) => void;
    leftId: string | null;
    rightId: string | null;
  },
): (side: Side, id: string, offset: number) => void {
  const pending = useRef<{ side: Side; id: string; offset: number } | null>(null);
  const goTo = useCallback(
    (side: Side, offset: number) => {
      if (!goToPlace(side, offset)) setFocus({ side, offset });
    },
    [goToPlace, setFocus],
  );
  useEffect(() => {
    const hit = pending.current;
    if (!hit || !comparison || loading || comparison[hit.side].id !== hit.id) return;
    pending.current = null;
    goTo(hit.side, hit.offset);
  }, [comparison, loading, goTo]);
  return useCallback(
    (wanted: Side, id: string, offset: number) => {
      const { side, alreadyOpen } = sideForHit(wanted, id, { leftId, rightId });
      if (alreadyOpen && comparison && !loading && comparison[side].id === id) {
        pending.current = null;
        goTo(side, offset);
        return;
      }
      pending.current = { side, id, offset };
      if (!alreadyOpen) pick(side, id);
    },
    [pick, goTo, leftId, rightId, comparison, loading],
  );
}
