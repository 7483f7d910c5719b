// Printing lays out every row. On screen the rows are windowed, so before a print (Ctrl/⌘+P)
// or a PDF the rows outside the window are rendered too, and windowed again afterwards.
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Resolves after the next frame has been laid out and painted. */
const nextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function usePrintAllRows(): {
  printing: boolean;
  printWith: (print: () => Promise<void>) => Promise<void>;
} {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The browser's own print takes its snapshot right after beforeprint: render synchronously.
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const printWith = useCallback(async (print: () => Promise<void>) => {
    setPrinting(true);
    try {
      await nextPaint();
      await print();
    } finally {
      setPrinting(false);
    }
  }, []);
  return { printing, printWith };
}
