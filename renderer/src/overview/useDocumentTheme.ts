// The theme the page is drawn in (<html data-theme>, set by the app's useTheme), followed as
// it changes: the heat map paints a canvas, which CSS variables cannot recolour afterwards.
import { useEffect, useState } from 'react';
import type { ThemeName } from './heat-scale';

const current = (): ThemeName => (document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light');

export function useDocumentTheme(): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(current()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
