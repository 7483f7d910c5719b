// Small pieces of the shell: the library pane's footer buttons and the chip that says a
// group from the Overview is being stepped through.
import type { ThemeChoice } from './useTheme';

export function LibraryFooter({
  theme,
  onCycleTheme,
  onShortcuts,
}: {
  theme: ThemeChoice;
  onCycleTheme: () => void;
  onShortcuts: () => void;
}) {
  return (
    <>
      <button type="button" onClick={onCycleTheme} title="Theme: follow the system, light, or dark">
        Theme: {theme === 'system' ? 'System' : theme === 'light' ? 'Light' : 'Dark'}
      </button>
      <button type="button" onClick={onShortcuts} title="Keyboard shortcuts (?)">
        Shortcuts ?
      </button>
    </>
  );
}

export function SequenceChip({ label, onStop }: { label: string; onStop: () => void }) {
  return (
    <span className="view-sequence">
      ‹ › step through {label}
      <button type="button" onClick={onStop} aria-label="Stop stepping through the group">
        ✕
      </button>
    </span>
  );
}

/** The window's heading for screen readers: the folder and the pair being compared. */
export function AppTitle({
  folder,
  pair,
}: {
  folder?: string;
  pair: { left: { title: string }; right: { title: string } } | null;
}) {
  return (
    <header className="visually-hidden">
      <h1>
        Variorum{folder ? ` — ${folder}` : ''}
        {pair ? `: ${pair.left.title} (A) compared with ${pair.right.title} (B)` : ''}
      </h1>
    </header>
  );
}
