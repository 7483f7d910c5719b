// The switch between the workbench's views (Compare, Overview, …): a tablist whose tabs the
// shell lists; arrow keys move between them as WAI-ARIA tabs do. Each tab controls its view's
// own <main> landmark (by id), not a role=tabpanel wrapper, which would hide that landmark.
import type { ReactNode } from 'react';
import './view-tabs.css';

export interface ViewTab<V extends string> {
  id: V;
  label: string;
}

export function ViewTabs<V extends string>({
  tabs,
  current,
  onChange,
  children,
}: {
  tabs: ViewTab<V>[];
  current: V;
  onChange: (view: V) => void;
  /** Shown at the end of the bar (what the view is doing, say). */
  children?: ReactNode;
}) {
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const at = tabs.findIndex((tab) => tab.id === current);
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    event.preventDefault();
    const next = tabs[(at + move + tabs.length) % tabs.length]!;
    onChange(next.id);
    document.getElementById(`view-tab-${next.id}`)?.focus();
  };
  return (
    // A landmark of its own, so every part of the page sits in one (axe "region").
    <nav className="view-tabs" aria-label="Views">
      <div role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`view-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            aria-controls={`view-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {children}
    </nav>
  );
}
