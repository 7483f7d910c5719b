// The pane below the base text: the apparatus and the witness panel as two tabs, which can be
// folded away to its tab strip so the text gets the height (at 1024×700 the text keeps at least
// half the window either way).
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';

export type DockTab = 'apparatus' | 'witnesses';

interface Props {
  tab: DockTab;
  open: boolean;
  witnessCount: number;
  onTab: (tab: DockTab) => void;
  onToggle: () => void;
  apparatus: ReactNode;
  witnesses: ReactNode;
}

export function CollationDock({ tab, open, witnessCount, onTab, onToggle, apparatus, witnesses }: Props) {
  // The tab pattern: ← → move between the two tabs, one tab stop for the strip.
  const onKeyDown = (event: ReactKeyboardEvent): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next: DockTab = tab === 'apparatus' ? 'witnesses' : 'apparatus';
    onTab(next);
    document.getElementById(`collation-tab-${next}`)?.focus();
  };
  const tabButton = (id: DockTab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`collation-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`collation-panel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      onClick={() => {
        onTab(id);
        if (!open) onToggle();
      }}
    >
      {label}
    </button>
  );
  const tabPanel = (id: DockTab, content: ReactNode) => (
    <div
      role="tabpanel"
      id={`collation-panel-${id}`}
      aria-labelledby={`collation-tab-${id}`}
      className="dock-panel"
      hidden={!open || tab !== id}
    >
      {content}
    </div>
  );
  return (
    <section className={`collation-dock${open ? '' : ' is-folded'}`} aria-label="Apparatus and witnesses">
      <div className="dock-strip">
        <div role="tablist" aria-label="Below the text" onKeyDown={onKeyDown}>
          {tabButton('apparatus', 'Apparatus')}
          {tabButton('witnesses', `Witnesses (${witnessCount})`)}
        </div>
        <button type="button" className="dock-toggle" aria-expanded={open} onClick={onToggle}>
          {open ? 'Fold ▾' : 'Unfold ▴'}
        </button>
      </div>
      {tabPanel('apparatus', apparatus)}
      {tabPanel('witnesses', witnesses)}
    </section>
  );
}
