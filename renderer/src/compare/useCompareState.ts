// The comparison of the chosen pair, with what it is computed under (the options bar and
// the per-article switches), its two side texts, and the notes placed in them.
import { useMemo } from 'react';
import type { ArticleId } from '../../../preload/contract';
import type { Note } from '../notes/model';
import { placeNotes } from '../notes/placed-notes';
import { sideText } from '../notes/side-texts';
import { useArticleSwitches } from './useArticleSwitches';
import { useComparison } from './useComparison';
import { useViewSettings } from './useViewSettings';

/** `revision`: the library's (see LibraryState), so the pair is compared afresh when reread. */
export function useCompareState(
  revision: number,
  leftId: ArticleId | null,
  rightId: ArticleId | null,
  folderNotes: Note[],
) {
  const [settings, setSettings] = useViewSettings();
  const switches = useArticleSwitches(leftId, rightId, settings.clean);
  const result = useComparison(leftId, rightId, settings.options, switches.clean, revision, switches.repair);
  const current = result.comparison;
  const sides = useMemo(
    () => (current ? { left: sideText(current, 'left'), right: sideText(current, 'right') } : null),
    [current],
  );
  const placed = useMemo(
    () => (current && sides ? placeNotes(current, folderNotes, sides) : []),
    [current, sides, folderNotes],
  );
  return { result, current, sides, placed, settings, setSettings, switches };
}

export type CompareState = ReturnType<typeof useCompareState>;
