// Binds every contract method to its service. Before any handler runs, the sender must be
// our own top frame on our own origin; every argument is validated; failures reject with a
// plain Error whose message the UI can show as it is.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import {
  eventChannel,
  methodChannel,
  methodNames,
  type EventName,
  type ExportFormat,
  type Collation,
  type LibrarySnapshot,
  type MethodName,
  type TextComparison,
  type VariorumEvents,
  type VariorumMethods,
} from '../preload/contract';
import path from 'node:path';
import type { RunOptions, WorkerRequest } from './compare/compare-runner';
import type { CollateRunOptions, CollateWorkerRequest } from './collate/collate-runner';
import { collationHandlers } from './ipc-collate';
import { comparedText } from './compare/tokenize';
import { writeFileAtomic } from './export/atomic-write';
import { rotateBackups } from './export/backups';
import { findInArticles } from './find/find-in-folder';
import type { FolderIdentities } from './folder-identity';
import type { Library } from './library/library';
import type { OverviewService } from './corpus/overview-service';
import { readRegularFile } from './library/read-file';
import { safeFileName } from './export/safe-file-name';
import type { RecentFolders } from './recent-folders';
import { isAppUrl } from './window-policy';
import { windowSafeError } from './window-safe-error';

export interface Services {
  library: Library;
  /** Shows the system folder picker; resolves to the chosen path, or null if cancelled. */
  chooseFolder: () => Promise<string | null>;
  recentFolders: Pick<RecentFolders, 'list' | 'pathOf' | 'remember'>;
  /** Save dialog: the path chosen for an export, or null if cancelled. */
  chooseSavePath: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  /** Open dialog for a notes file to import: its path, or null if cancelled. */
  chooseImportFile: () => Promise<string | null>;
  /** Where automatic note backups are kept (in the app's profile). */
  backupsDir: string;
  /** The profile's record of which folder is which, for notes. */
  folderIdentities: Pick<FolderIdentities, 'identify' | 'choose'>;
  /** Runs a comparison (in a worker thread in the app); rejects when the signal aborts. */
  runComparison: (request: WorkerRequest, options: RunOptions) => Promise<TextComparison>;
  /** The folder as a whole (runs in a worker thread in the app). */
  overview?: Pick<OverviewService, 'overview' | 'cancel'>;
  /** shell.showItemInFolder in the app; recorded by tests. Given only paths main resolved. */
  showItemInFolder: (file: string) => void;
  /** shell.openPath in the app: resolves to an error message, or '' when it opened. */
  openPath: (file: string) => Promise<string>;
  /** webContents.printToPDF of the window in the app, print style sheet applied. */
  printToPdf: () => Promise<Uint8Array>;
  /** Runs a collation (in a worker thread in the app); rejects when the signal aborts. */
  runCollation: (request: CollateWorkerRequest, options: CollateRunOptions) => Promise<Collation>;
}

/** Sends an event to the window: only the payload crosses, never an IPC event object. */
export type Emit = <E extends EventName>(event: E, payload: VariorumEvents[E]) => void;

/** What a handler needs to know about who called it. */
export interface Sender {
  /** URL of the frame that sent the request. */
  url: string;
  /** False for iframes and other sub-frames. */
  isMainFrame: boolean;
}

export type Handlers = {
  [K in MethodName]: (...args: unknown[]) => ReturnType<VariorumMethods[K]>;
};

/** Exports and imports are text; a cap keeps a runaway request from filling the disk or memory. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
// Bytes, not characters: "€" is one character and three bytes of UTF-8 on disk. The cheap
// length check comes first, so an enormous string is refused without being measured.
const exportContent = z
  .string()
  .max(MAX_EXPORT_BYTES, 'the export is too large')
  .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_EXPORT_BYTES, 'the export is too large');
const saveExportRequest = z
  .object({
    format: z.enum(['markdown', 'csv', 'json', 'html']),
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\\0]+$/, 'a file name, not a path')
      .refine((name) => safeFileName(name) !== null, 'not a usable file name'),
    content: exportContent,
  })
  .strict();

const folderIdentityChoice = z.object({ id: z.uuid().nullable() }).strict();
const recentFolderId = z.string().regex(/^[0-9a-f]{12}$/, 'not a recent folder id');
const articleId = z.string().regex(/^[0-9a-f]{16}$/, 'not an article id');
const articleTextRequest = z
  .object({ id: articleId, clean: z.boolean().optional(), repair: z.boolean().optional() })
  .strict();
const overviewRequest = z.object({ minWords: z.number().int().min(5).max(200).optional() }).strict();
const compareRequest = z
  .object({
    leftId: articleId,
    rightId: articleId,
    options: z
      .object({
        granularity: z.enum(['word', 'sentence']),
        ignoreCase: z.boolean(),
        ignoreWhitespace: z.boolean(),
        ignorePunctuation: z.boolean(),
        ignoreTypography: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    clean: z.object({ left: z.boolean(), right: z.boolean() }).strict().optional(),
    repair: z.object({ left: z.boolean(), right: z.boolean() }).strict().optional(),
  })
  .strict();

const folderFindRequest = z
  .object({
    query: z.string().min(1, 'nothing to find').max(1000, 'the search is too long'),
    matchCase: z.boolean(),
    matchDiacritics: z.boolean(),
    clean: z.boolean(),
  })
  .strict();

const pdfRequest = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\\0]+\.pdf$/, 'a .pdf file name, not a path'),
  })
  .strict();

export function parseArgs<T>(schema: z.ZodType<T>, args: unknown[], method: MethodName): T {
  if (args.length !== 1) throw new Error(`${method} takes one argument, got ${args.length}.`);
  const result = schema.safeParse(args[0]);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    throw new Error(`Invalid request to ${method}${where}: ${issue?.message ?? 'bad value'}.`);
  }
  return result.data;
}

function expectNoArgs(args: unknown[], method: MethodName): void {
  if (args.length !== 0) throw new Error(`${method} takes no arguments.`);
}

/**
 * Opens a folder, showing its list as it fills, and remembers it among the recent ones. The
 * dialog, the recent list, a dropped folder and a second launch all open folders this way.
 */
export function folderOpener(services: Services, emit: Emit): (folder: string) => Promise<LibrarySnapshot> {
  return async (folder) => {
    const snapshot = await services.library.open(folder, (partial) => emit('libraryChanged', partial));
    emit('libraryChanged', snapshot);
    if (snapshot.scan.state !== 'cancelled' || snapshot.articles.length > 0) {
      await services.recentFolders.remember(folder).catch(() => {});
    }
    return snapshot;
  };
}

export function createHandlers(services: Services, emit: Emit = () => {}): Handlers {
  // One comparison at a time per window: choosing another pair cancels the one under way.
  let comparisonUnderWay: AbortController | null = null;
  const openAndAnnounce = folderOpener(services, emit);
  const articlePath = (id: string): string => {
    const file = services.library.pathOf(id);
    if (!file) throw new Error('That article is not in the open folder.');
    return file;
  };
  return {
    ...collationHandlers(services, emit, parseArgs),
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
    async saveExport(...args) {
      const request = parseArgs(saveExportRequest, args, 'saveExport');
      // "CON.md" becomes "_CON.md", "notes." becomes "notes" (see safe-file-name.ts).
      const target = await services.chooseSavePath(safeFileName(request.suggestedName)!, request.format);
      if (!target) return { saved: false };
      await writeFileAtomic(target, request.content);
      return { saved: true, fileName: path.basename(target) };
    },
    async openImportFile(...args) {
      expectNoArgs(args, 'openImportFile');
      const file = await services.chooseImportFile();
      if (!file) return null;
      // Checked to be a regular file before it is opened: a named pipe would block for good.
      const read = await readRegularFile(file, MAX_EXPORT_BYTES);
      if (!read.ok) throw new Error(`${path.basename(file)} cannot be imported: ${read.reason}.`);
      return { fileName: path.basename(file), content: new TextDecoder().decode(read.bytes) };
    },
    async writeNotesBackup(...args) {
      const content = parseArgs(exportContent, args, 'writeNotesBackup');
      const result = await rotateBackups(services.backupsDir, content);
      return { written: result.written !== null };
    },
    async overview(...args) {
      const request = parseArgs(overviewRequest, args, 'overview');
      if (!services.overview) throw new Error('The overview is not available here.');
      return services.overview.overview(request.minWords ?? 8, {
        onProgress: (progress) => emit('overviewProgress', progress),
        onPreview: (preview) => emit('overviewPreview', preview),
      });
    },
    async cancelOverview(...args) {
      expectNoArgs(args, 'cancelOverview');
      services.overview?.cancel();
    },
    async findInFolder(...args) {
      const request = parseArgs(folderFindRequest, args, 'findInFolder');
      const summaries = services.library.snapshot()?.articles ?? [];
      // Read a few files at a time: the folder may hold thousands, the disk is shared.
      const texts: Array<{ id: string; text: string }> = [];
      for (let at = 0; at < summaries.length; at += 8) {
        const batch = await Promise.all(
          summaries.slice(at, at + 8).map((summary) =>
            services.library.load(summary.id, { clean: request.clean }).then(
              (loaded) => ({ id: summary.id, text: comparedText(loaded.text) }),
              () => null,
            ),
          ),
        );
        for (const loaded of batch) if (loaded) texts.push(loaded);
      }
      return findInArticles(texts, request.query, request);
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
    async saveComparisonPdf(...args) {
      const request = parseArgs(pdfRequest, args, 'saveComparisonPdf');
      const target = await services.chooseSavePath(request.suggestedName, 'pdf');
      if (!target) return { saved: false };
      await writeFileAtomic(target, await services.printToPdf());
      return { saved: true, fileName: path.basename(target) };
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
    async compare(...args) {
      const request = parseArgs(compareRequest, args, 'compare');
      const clean = request.clean ?? { left: true, right: true };
      const repair = request.repair ?? { left: true, right: true };
      comparisonUnderWay?.abort();
      const controller = new AbortController();
      comparisonUnderWay = controller;
      try {
        const [left, right] = await Promise.all([
          services.library.load(request.leftId, { clean: clean.left, repair: repair.left }),
          services.library.load(request.rightId, { clean: clean.right, repair: repair.right }),
        ]);
        const result = await services.runComparison(
          { a: left.text, b: right.text, options: request.options ?? {} },
          {
            signal: controller.signal,
            onProgress: (fraction) =>
              emit('compareProgress', { leftId: request.leftId, rightId: request.rightId, fraction }),
          },
        );
        return {
          left: left.summary,
          right: right.summary,
          ...result,
          removed: { left: left.removed, right: right.removed },
        };
      } finally {
        if (comparisonUnderWay === controller) comparisonUnderWay = null;
      }
    },
  };
}

export function isTrustedSender(sender: Sender, appOrigin: string): boolean {
  return sender.isMainFrame && isAppUrl(sender.url, appOrigin);
}

/** Runs one method for one sender: the single gate every request passes through. */
export async function dispatch(
  handlers: Handlers,
  appOrigin: string,
  method: MethodName,
  sender: Sender,
  args: unknown[],
): Promise<unknown> {
  if (!isTrustedSender(sender, appOrigin)) {
    throw new Error(`Refused ${method}: the request did not come from the Variorum window.`);
  }
  try {
    return await handlers[method](...args);
  } catch (error) {
    throw windowSafeError(error);
  }
}

export function registerIpc(ipcMain: IpcMain, handlers: Handlers, appOrigin: string): void {
  for (const method of methodNames) {
    ipcMain.handle(methodChannel(method), (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      const sender: Sender = {
        url: frame?.url ?? '',
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
      };
      return dispatch(handlers, appOrigin, method, sender, args);
    });
  }
}

/** An Emit that sends each event's payload on its derived channel (webContents.send, say). */
export function eventSender(send: (channel: string, payload: unknown) => void): Emit {
  return (event, payload) => send(eventChannel(event), payload);
}
