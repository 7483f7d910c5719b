// Which article is on the left (A) and which on the right (B). The user's choice is kept
// while those articles exist; otherwise the first two of the list are shown. Stepping
// through versions follows the list's order.
import { useCallback, useMemo, useState } from 'react';
import type { ArticleId, LibrarySnapshot } from '../../../preload/contract';

interface Pair {
  leftId: ArticleId | null;
  rightId: ArticleId | null;
}

/** `order`: the folder's article ids as the list shows them (by name or by date). */
export function usePair(library: LibrarySnapshot | null, order: readonly ArticleId[]) {
  const [chosen, setChosen] = useState<Pair>({ leftId: null, rightId: null });

  const pair = useMemo<Pair>(() => {
    const ids = order;
    const keep = (id: ArticleId | null): ArticleId | null => (id && ids.includes(id) ? id : null);
    const leftId = keep(chosen.leftId) ?? ids[0] ?? null;
    const rightId = keep(chosen.rightId) ?? ids.find((id) => id !== leftId) ?? null;
    return { leftId, rightId };
  }, [order, chosen]);

  const pick = useCallback(
    (side: 'left' | 'right', id: ArticleId) =>
      setChosen(side === 'left' ? { ...pair, leftId: id } : { ...pair, rightId: id }),
    [pair],
  );
  /** Puts these two side by side (from the overview, a note's comparison, or the collation's "compare these two"). */
  const choose = useCallback((leftId: ArticleId, rightId: ArticleId) => setChosen({ leftId, rightId }), []);
  const swap = useCallback(() => setChosen({ leftId: pair.rightId, rightId: pair.leftId }), [pair]);

  const step = useMemo(() => {
    const left = pair.leftId ? order.indexOf(pair.leftId) : -1;
    const right = pair.rightId ? order.indexOf(pair.rightId) : -1;
    if (left < 0 || right < 0) return {};
    const after =
      right + 1 < order.length && order[right + 1] !== pair.rightId ? order[right + 1] : undefined;
    const before = left > 0 ? order[left - 1] : undefined;
    return {
      next: after ? () => setChosen({ leftId: pair.rightId, rightId: after }) : undefined,
      previous: before ? () => setChosen({ leftId: before, rightId: pair.leftId }) : undefined,
    };
  }, [order, pair]);

  return { ...pair, pick, choose, swap, step };
}
