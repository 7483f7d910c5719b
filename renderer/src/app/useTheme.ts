// Light, dark, or following the system; the choice persists and is applied to <html> so the
// stylesheet's variables switch in one place.
import { useEffect } from 'react';
import { usePersistentState } from './usePersistentState';

export type ThemeChoice = 'system' | 'light' | 'dark';
const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

export function useTheme(): { theme: ThemeChoice; cycleTheme: () => void } {
  const [theme, setTheme] = usePersistentState<ThemeChoice>(
    'variorum.theme',
    'system',
    (value): value is ThemeChoice => CHOICES.includes(value as ThemeChoice),
  );
  // <html data-theme> is always light or dark: "system" is resolved here, and followed as the
  // system changes, so the stylesheet needs one set of dark colours.
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = (): void => {
      document.documentElement.dataset['theme'] =
        theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  const cycleTheme = (): void =>
    setTheme((current) => CHOICES[(CHOICES.indexOf(current) + 1) % CHOICES.length]!);
  return { theme, cycleTheme };
}
