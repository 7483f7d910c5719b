// Print or save as PDF: main prints the window with the print style sheet, named after the pair
// ("a vs b.pdf"); the notice says where it went or why it could not.
import { useState } from 'react';
import type { Comparison } from '../../../preload/contract';
import { api, messageOf } from '../api';

export function useSavePdf(current: Comparison | null) {
  const [pdfNotice, setPdfNotice] = useState<string | null>(null);
  const savePdf = async (): Promise<void> => {
    if (!current) return;
    const stem = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    setPdfNotice(null);
    await api
      .saveComparisonPdf(`${stem(current.left.path)} vs ${stem(current.right.path)}.pdf`)
      .then((result) => setPdfNotice(result.saved ? `Saved ${result.fileName}.` : null))
      .catch((error: unknown) => setPdfNotice(`Could not save the PDF: ${messageOf(error)}`));
  };
  return { pdfNotice, savePdf };
}
