// A hit found in another article of the folder: its article is opened on that side, and the
// hit is selected once that comparison has arrived (or, if the bar's search no longer finds
// it there, the place is brought into view).
import { useCallback, useEffect, useRef } from 'react';
import type { Comparison } from '../../../preload/contract';

type Side = 'left' | 'right';

export function useFolderHit(
  { comparison, loading }: { comparison: Comparison | null; loading: boolean },
  /** The find bar's: makes the hit at this place current, false when it has none there. */
  goToPlace: (side: Side, offset: number) => boolean,
  /** Opens an article on a side; brings a place into view. */
  {
    pick,
    setFocus,
  }: { pick: (side: Side, id: string) => void; setFocus: (focus: { side: Side; offset: number }) => void },
): (side: Side, id: string, offset: number) => void {
  const pending = useRef<{ side: Side; id: string; offset: number } | null>(null);
  useEffect(() => {
    const hit = pending.current;
    if (!hit || !comparison || loading || comparison[hit.side].id !== hit.id) return;
    pending.current = null;
    if (!goToPlace(hit.side, hit.offset)) setFocus({ side: hit.side, offset: hit.offset });
  }, [comparison, loading, goToPlace, setFocus]);
  return useCallback(
    (side: Side, id: string, offset: number) => {
      pending.current = { side, id, offset };
      pick(side, id);
    },
    [pick],
  );
}
