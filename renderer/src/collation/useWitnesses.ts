// Which articles are witnesses: the multi-selection in the list (or the whole folder), which
// of them are left out for now, which is the base, and the sigla the user gave them.
import { useCallback, useMemo, useState } from 'react';
import type { ArticleId, ArticleSummary } from '../../../preload/contract';
import { orderWitnesses } from './collation-model';

export interface Witnesses {
  /** Ticked in the list. */
  selected: ReadonlySet<ArticleId>;
  toggle: (id: ArticleId) => void;
  selectAll: () => void;
  clear: () => void;
  /** The selected articles in reading order (stated dates oldest first, else the list's order). */
  chosen: ArticleSummary[];
  excluded: ReadonlySet<ArticleId>;
  setIncluded: (id: ArticleId, included: boolean) => void;
  /** The ids collated: chosen, minus the excluded. */
  ids: ArticleId[];
  baseId: ArticleId | null;
  setBase: (id: ArticleId) => void;
  sigla: Readonly<Record<ArticleId, string>>;
  setSiglum: (id: ArticleId, siglum: string) => void;
}

/** `ordered`: the folder's articles as the list shows them. */
export function useWitnesses(ordered: readonly ArticleSummary[]): Witnesses {
  const [selected, setSelected] = useState<ReadonlySet<ArticleId>>(new Set());
  const [excluded, setExcluded] = useState<ReadonlySet<ArticleId>>(new Set());
  const [chosenBase, setChosenBase] = useState<ArticleId | null>(null);
  const [sigla, setSigla] = useState<Record<ArticleId, string>>({});

  const chosen = useMemo(
    () => orderWitnesses(ordered.filter((article) => selected.has(article.id))),
    [ordered, selected],
  );
  const ids = useMemo(() => chosen.filter((a) => !excluded.has(a.id)).map((a) => a.id), [chosen, excluded]);
  // The base: the one chosen while it is collated, else the earliest stated date, else the first.
  const baseId = useMemo(() => {
    if (chosenBase && ids.includes(chosenBase)) return chosenBase;
    const included = chosen.filter((a) => ids.includes(a.id));
    const dated = included.filter((a) => a.date !== null && !a.dateIsFileTime);
    const earliest = dated.reduce<ArticleSummary | null>(
      (best, a) => (!best || a.date! < best.date! ? a : best),
      null,
    );
    return earliest?.id ?? included[0]?.id ?? null;
  }, [chosenBase, chosen, ids]);

  const toggle = useCallback(
    (id: ArticleId) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const selectAll = useCallback(() => setSelected(new Set(ordered.map((a) => a.id))), [ordered]);
  const clear = useCallback(() => setSelected(new Set()), []);
  const setIncluded = useCallback(
    (id: ArticleId, included: boolean) =>
      setExcluded((current) => {
        const next = new Set(current);
        if (included) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const setSiglum = useCallback(
    (id: ArticleId, siglum: string) => setSigla((current) => ({ ...current, [id]: siglum })),
    [],
  );
  return {
    selected,
    toggle,
    selectAll,
    clear,
    chosen,
    excluded,
    setIncluded,
    ids,
    baseId,
    setBase: setChosenBase,
    sigla,
    setSiglum,
  };
}
