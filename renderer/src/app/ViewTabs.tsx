// The tabs that choose the main view (Compare, Collation, …): a WAI-ARIA tablist with
// arrow-key movement. The shell owns which view is shown; each view owns its own state.
import type { KeyboardEvent } from 'react';
import './ViewTabs.css';

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  tabs: ReadonlyArray<ViewTab<Id>>;
  current: Id;
  onChange: (id: Id) => void;
}

export function ViewTabs<Id extends string>({ tabs, current, onChange }: Props<Id>) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === current);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onChange(next.id);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="View" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          data-tab={tab.id}
          aria-selected={tab.id === current}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
