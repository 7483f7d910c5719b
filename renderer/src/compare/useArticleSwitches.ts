// The switches a comparison header offers per article, for this session: cleaning on or off
// (overriding the options bar's default) and the mojibake repair (on unless switched off).
import { useState } from 'react';

type Side = 'left' | 'right';

export function useArticleSwitches(leftId: string | null, rightId: string | null, cleanByDefault: boolean) {
  // Cleaning switched for single articles this session, overriding the options bar.
  const [cleanOverrides, setCleanOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const cleanOf = (id: string | null): boolean => (id ? cleanOverrides.get(id) : undefined) ?? cleanByDefault;
  const clean = { left: cleanOf(leftId), right: cleanOf(rightId) };
  // Mojibake repair switched off for single articles this session (it is on by default).
  const [repairOff, setRepairOff] = useState<ReadonlySet<string>>(new Set());
  const repair = { left: !leftId || !repairOff.has(leftId), right: !rightId || !repairOff.has(rightId) };
  const setArticleClean = (side: Side, value: boolean): void => {
    const id = side === 'left' ? leftId : rightId;
    if (id) setCleanOverrides((current) => new Map(current).set(id, value));
  };
  const setArticleRepair = (side: Side, value: boolean): void => {
    const id = side === 'left' ? leftId : rightId;
    if (!id) return;
    setRepairOff((current) => {
      const next = new Set(current);
      if (value) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  return { clean, repair, setArticleClean, setArticleRepair };
}
