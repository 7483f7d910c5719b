// What every handler area shares: the services main gives them, the event sender, the one
// argument check and the handler map's type (one entry per contract method).
import { z } from 'zod';
import type {
  Collation,
  EventName,
  ExportFormat,
  MethodName,
  TextComparison,
  VariorumEvents,
  VariorumMethods,
} from '../../preload/contract';
import type { FolderIdentities } from '../app/folder-identity';
import type { RecentFolders } from '../app/recent-folders';
import type { CollateRunOptions, CollateWorkerRequest } from '../collate/collate-runner';
import type { RunOptions, WorkerRequest } from '../compare/compare-runner';
import type { OverviewService } from '../corpus/overview-service';
import type { Library } from '../library/library';

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

/** One area's share of the handlers: the methods it answers, and only those. */
export type AreaHandlers<K extends MethodName> = Pick<Handlers, K>;

export const articleId = z.string().regex(/^[0-9a-f]{16}$/, 'not an article id');
/** Exports and imports are text; a cap keeps a runaway request from filling the disk or memory. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
// Bytes, not characters: "€" is one character and three bytes of UTF-8 on disk. The cheap
// length check comes first, so an enormous string is refused without being measured.
export const exportContent = z
  .string()
  .max(MAX_EXPORT_BYTES, 'the export is too large')
  .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_EXPORT_BYTES, 'the export is too large');
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

export function expectNoArgs(args: unknown[], method: MethodName): void {
  if (args.length !== 0) throw new Error(`${method} takes no arguments.`);
}
