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
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  const cycleTheme = (): void =>
    setTheme((current) => CHOICES[(CHOICES.indexOf(current) + 1) % CHOICES.length]!);
  return { theme, cycleTheme };
}
