// The thin strip beside a pane that shows or hides it, with the pane's name and its key.
/** The thin strip beside a pane that shows or hides it (Ctrl/⌘+B, Ctrl/⌘+J). */
export function PaneRail({
  pane,
  open,
  onToggle,
}: {
  pane: 'library' | 'notes';
  open: boolean;
  onToggle: () => void;
}) {
  const name = pane === 'library' ? 'articles' : 'notes';
  const key = pane === 'library' ? 'B' : 'J';
  return (
    <button
      type="button"
      className={`pane-rail pane-rail-${pane}`}
      onClick={onToggle}
      aria-expanded={open}
      aria-controls={`pane-${pane}`}
      title={`${open ? 'Hide' : 'Show'} the ${name} (Ctrl/⌘+${key})`}
    >
      <span aria-hidden="true">{(pane === 'library') === open ? '‹' : '›'}</span>
      <span className="pane-rail-label">{pane === 'library' ? 'Articles' : 'Notes'}</span>
    </button>
  );
}
