// Copying from the comparison keeps its marks: plain text as [-deleted-]{+inserted+}, HTML with
// <del>/<ins>. Selections outside the comparison copy as the browser copies them.
import { useEffect } from 'react';
import { copiedFromRange, toMarkedHtml, toMarkedText } from './copy-marks';

export function useCopyWithMarks(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent): void => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !event.clipboardData) return;
      const range = selection.getRangeAt(0);
      const container = range.commonAncestorContainer;
      const element = container instanceof Element ? container : container.parentElement;
      if (!element?.closest('.compare-scroll')) return;
      const copied = copiedFromRange(range);
      if (copied.length === 0) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', toMarkedText(copied));
      event.clipboardData.setData('text/html', toMarkedHtml(copied));
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, []);
}
