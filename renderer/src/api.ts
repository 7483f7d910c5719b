// The only reader of window.variorum. Components call these functions, never the bridge.
import type {
  CollationProgress,
  CompareProgress,
  LibraryRowsRead,
  LibrarySnapshot,
  OverviewPreview,
  OverviewProgress,
  VariorumApi,
} from '../../preload/contract';

declare global {
  interface Window {
    variorum?: VariorumApi;
  }
}

function bridge(): VariorumApi {
  if (!window.variorum) throw new Error('Variorum’s bridge is missing: the app was not started by Variorum.');
  return window.variorum;
}

/** Electron prefixes rejected invoke messages with the channel; users need only the reason. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (Error: )?/, '');
}

export const api = {
  getLibrary: () => bridge().getLibrary(),
  openFolderDialog: () => bridge().openFolderDialog(),
  compare: (...args: Parameters<VariorumApi['compare']>) => bridge().compare(...args),
  cancelScan: () => bridge().cancelScan(),
  getRecentFolders: () => bridge().getRecentFolders(),
  getFolderLocation: () => bridge().getFolderLocation(),
  openRecentFolder: (id: string) => bridge().openRecentFolder(id),
  articleText: (id: string, clean: boolean) => bridge().articleText({ id, clean }),
  saveExport: (...args: Parameters<VariorumApi['saveExport']>) => bridge().saveExport(...args),
  openImportFile: () => bridge().openImportFile(),
  findInFolder: (...args: Parameters<VariorumApi['findInFolder']>) => bridge().findInFolder(...args),
  revealArticle: (id: string) => bridge().revealArticle(id),
  openArticleExternally: (id: string) => bridge().openArticleExternally(id),
  saveComparisonPdf: (suggestedName: string) => bridge().saveComparisonPdf({ suggestedName }),
  writeNotesBackup: (content: string) => bridge().writeNotesBackup(content),
  collate: (...args: Parameters<VariorumApi['collate']>) => bridge().collate(...args),
  saveCollationExport: (...args: Parameters<VariorumApi['saveCollationExport']>) =>
    bridge().saveCollationExport(...args),
  onCollateProgress: (listener: (progress: CollationProgress) => void) =>
    bridge().on('collateProgress', listener),
  getFolderIdentity: () => bridge().getFolderIdentity(),
  chooseFolderIdentity: (id: string | null) => bridge().chooseFolderIdentity({ id }),
  onLibraryChanged: (listener: (snapshot: LibrarySnapshot) => void) =>
    bridge().on('libraryChanged', listener),
  onLibraryRowsRead: (listener: (rows: LibraryRowsRead) => void) => bridge().on('libraryRowsRead', listener),
  onCompareProgress: (listener: (progress: CompareProgress) => void) =>
    bridge().on('compareProgress', listener),
  overview: (minWords?: number) => bridge().overview(minWords === undefined ? {} : { minWords }),
  cancelOverview: () => bridge().cancelOverview(),
  onOverviewProgress: (listener: (progress: OverviewProgress) => void) =>
    bridge().on('overviewProgress', listener),
  onOverviewPreview: (listener: (preview: OverviewPreview) => void) =>
    bridge().on('overviewPreview', listener),
};
