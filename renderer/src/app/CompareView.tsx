// The Compare tab: the pair's comparison with the find bar above its rows, the notes
// placed in it, and where it should scroll to (a note, a find hit or a shared passage).
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../preload/contract';
import { ComparePane } from '../compare/ComparePane';
import type { CompareState } from '../compare/useCompareState';
import { FindBar } from '../find/FindBar';
import type { FindState } from '../find/useFind';
import type { FocusTarget, Navigation } from './useNavigation';

const EMPTY_SIDES = { left: { text: '', starts: [] }, right: { text: '', starts: [] } };

interface Props {
  compare: CompareState;
  navigation: Navigation;
  /** Where to scroll: an opened shared passage wins over the last note or hit chosen. */
  focus: FocusTarget | null;
  articles: readonly ArticleSummary[];
  find: FindState;
  onOpenHit: (side: 'left' | 'right', id: string, offset: number) => void;
  /** Selects a span of one side's text (the current hit becomes the selection when find closes). */
  selectSpan: (side: 'left' | 'right', span: { start: number; end: number }) => void;
  notes: { selectedId: string | null; onSelect: (id: string) => void };
  pdf: { notice: ReactNode; save: () => Promise<void> };
  compactOptions: boolean;
}

export function CompareView({ compare, navigation, focus, articles, find, pdf, notes, ...props }: Props) {
  const { settings, switches } = compare;
  return (
    <div className="view-panel" id="view-compare">
      <ComparePane
        {...compare.result}
        hasPair={Boolean(navigation.leftId && navigation.rightId)}
        settings={settings}
        onSettingsChange={compare.setSettings}
        onSwap={navigation.swap}
        onStep={navigation.step}
        clean={switches.clean}
        onCleanChange={switches.setArticleClean}
        repair={switches.repair}
        onRepairChange={switches.setArticleRepair}
        compactOptions={props.compactOptions}
        onSavePdf={pdf.save}
        findBar={
          <>
            {pdf.notice && (
              <p className="message pdf-notice" role="status">
                {pdf.notice}
              </p>
            )}
            <FindBar
              find={find}
              articles={articles}
              clean={settings.clean}
              onOpenHit={props.onOpenHit}
              pair={{ leftId: navigation.leftId, rightId: navigation.rightId }}
              onClose={() => {
                const hit = find.hits[find.current];
                if (hit) props.selectSpan(hit.side, hit);
              }}
            />
          </>
        }
        notes={{ placed: compare.placed, sides: compare.sides ?? EMPTY_SIDES, ...notes, focus }}
      />
    </div>
  );
}
