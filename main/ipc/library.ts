// The open folder: opening it (dialog, recent list), its snapshot and cancelling a scan, one
// article's text, showing a file in the system's file manager or its own app, and which
// folder this is for notes.
import { z } from 'zod';
import { comparedText } from '../compare/tokenize';
import { articleId, expectNoArgs, parseArgs, type AreaHandlers, type Emit, type Services } from './types';
import type { LibrarySnapshot } from '../../preload/contract';

const folderIdentityChoice = z.object({ id: z.uuid().nullable() }).strict();
const recentFolderId = z.string().regex(/^[0-9a-f]{12}$/, 'not a recent folder id');
const articleTextRequest = z
  .object({ id: articleId, clean: z.boolean().optional(), repair: z.boolean().optional() })
  .strict();
/**
 * Opens a folder, showing its list as it fills, and remembers it among the recent ones. The
 * dialog, the recent list, a dropped folder and a second launch all open folders this way.
 */
export function folderOpener(services: Services, emit: Emit): (folder: string) => Promise<LibrarySnapshot> {
  return async (folder) => {
    const snapshot = await services.library.open(folder, {
      list: (listed) => emit('libraryChanged', listed),
      rowsRead: (rows) => emit('libraryRowsRead', rows),
    });
    if (snapshot.scan.state !== 'cancelled' || snapshot.articles.length > 0) {
      await services.recentFolders.remember(folder).catch(() => {});
    }
    return snapshot;
  };
}

export function libraryHandlers(
  services: Services,
  emit: Emit,
): AreaHandlers<
  | 'getLibrary'
  | 'openFolderDialog'
  | 'getRecentFolders'
  | 'getFolderLocation'
  | 'openRecentFolder'
  | 'articleText'
  | 'revealArticle'
  | 'openArticleExternally'
  | 'getFolderIdentity'
  | 'chooseFolderIdentity'
  | 'cancelScan'
> {
  const openAndAnnounce = folderOpener(services, emit);
  const articlePath = (id: string): string => {
    const file = services.library.pathOf(id);
    if (!file) throw new Error('That article is not in the open folder.');
    return file;
  };
  return {
    async getLibrary(...args) {
      expectNoArgs(args, 'getLibrary');
      return services.library.snapshot();
    },
    async openFolderDialog(...args) {
      expectNoArgs(args, 'openFolderDialog');
      const folder = await services.chooseFolder();
      return folder ? openAndAnnounce(folder) : null;
    },
    async getRecentFolders(...args) {
      expectNoArgs(args, 'getRecentFolders');
      return services.recentFolders.list();
    },
    async getFolderLocation(...args) {
      expectNoArgs(args, 'getFolderLocation');
      return services.library.realPath();
    },
    async openRecentFolder(...args) {
      const id = parseArgs(recentFolderId, args, 'openRecentFolder');
      const folder = await services.recentFolders.pathOf(id);
      if (!folder) throw new Error('That folder is no longer in the recent list.');
      return openAndAnnounce(folder);
    },
    async articleText(...args) {
      const request = parseArgs(articleTextRequest, args, 'articleText');
      const loaded = await services.library.load(request.id, {
        clean: request.clean ?? true,
        repair: request.repair ?? true,
      });
      return comparedText(loaded.text);
    },
    async revealArticle(...args) {
      const id = parseArgs(articleId, args, 'revealArticle');
      services.showItemInFolder(articlePath(id));
    },
    async openArticleExternally(...args) {
      const id = parseArgs(articleId, args, 'openArticleExternally');
      const problem = await services.openPath(articlePath(id));
      if (problem) throw new Error(`Could not open the file: ${problem}`);
    },
    async getFolderIdentity(...args) {
      expectNoArgs(args, 'getFolderIdentity');
      const snapshot = services.library.snapshot();
      const folder = services.library.realPath();
      if (!snapshot || !folder || snapshot.scan.state === 'scanning') return null;
      const hashes = snapshot.articles.map((article) => article.contentHash);
      return services.folderIdentities.identify(folder, hashes, snapshot.scan.state === 'complete');
    },
    async chooseFolderIdentity(...args) {
      const request = parseArgs(folderIdentityChoice, args, 'chooseFolderIdentity');
      const folder = services.library.realPath();
      if (!folder) throw new Error('No folder is open.');
      return services.folderIdentities.choose(folder, request.id);
    },
    async cancelScan(...args) {
      expectNoArgs(args, 'cancelScan');
      services.library.cancelScan();
    },
  };
}
