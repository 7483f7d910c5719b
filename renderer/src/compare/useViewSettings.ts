// The comparison's settings that persist between sessions: the engine's options (granularity
// and what to ignore) and how the result is shown (side by side or inline, folding).
import type { CompareOptions } from '../../../preload/contract';
import { usePersistentState } from '../app/usePersistentState';

export interface ViewSettings {
  options: CompareOptions;
  layout: 'side-by-side' | 'inline';
  collapseUnchanged: boolean;
  /** Remove boilerplate before comparing (each article can be switched off on its own). */
  clean: boolean;
  /** Show what cleaning removed, struck through where it stood. */
  showRemoved: boolean;
}

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  options: {
    granularity: 'word',
    ignoreCase: false,
    ignoreWhitespace: false,
    ignorePunctuation: false,
    ignoreTypography: false,
  },
  layout: 'side-by-side',
  collapseUnchanged: true,
  clean: true,
  showRemoved: false,
};

function isViewSettings(value: unknown): value is ViewSettings {
  const settings = value as ViewSettings | null;
  const options = settings?.options;
  return (
    typeof settings === 'object' &&
    settings !== null &&
    (settings.layout === 'side-by-side' || settings.layout === 'inline') &&
    typeof settings.collapseUnchanged === 'boolean' &&
    typeof settings.clean === 'boolean' &&
    typeof settings.showRemoved === 'boolean' &&
    typeof options === 'object' &&
    (options.granularity === 'word' || options.granularity === 'sentence') &&
    ['ignoreCase', 'ignoreWhitespace', 'ignorePunctuation', 'ignoreTypography'].every(
      (key) => typeof options[key as keyof CompareOptions] === 'boolean',
    )
  );
}

export function useViewSettings() {
  return usePersistentState<ViewSettings>('variorum.compare-view', DEFAULT_VIEW_SETTINGS, isViewSettings);
}
