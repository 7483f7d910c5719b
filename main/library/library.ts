// The open folder: which articles it holds and the ids main issued for them, kept current
// while the folder changes on disk. The renderer names articles only by these ids.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary, LibraryRowsRead, LibrarySnapshot, RemovedText } from '../../preload/contract';
import { formatOf } from './parse-article';
import { readTextFile } from './read-file';
import { blocksOf, cleanedText, cleanPrepared, removedTexts } from './article-text';
import { defaultPreparer, PrepareError, type ArticlePreparer } from './prepare-runner';
import type { CleanedArticle } from './clean';
import {
  articleIdFor,
  applyCleaning,
  readArticleFile,
  scanFolder,
  type ArticleFile,
  type FolderScan,
} from './scan-folder';
import { watchFolder, type FolderWatcher } from './watch-folder';

export interface LoadedArticle {
  summary: ArticleSummary;
  /** The text to compare: prepared, and cleaned unless cleaning was turned off. */
  text: string;
  /** What cleaning removed (empty without cleaning). */
  removed: RemovedText[];
}

export interface LibraryOptions {
  /** Called whenever the open folder's contents change after opening (file edits included). */
  onChange?: (snapshot: LibrarySnapshot) => void;
  /** Where Markdown and pages are prepared (worker threads with a time budget by default). */
  preparer?: ArticlePreparer;
}

/**
 * How the list of a folder being opened is announced: `list` with the first rows (or the whole
 * list, when it was read before any report was due), then `rowsRead` with the rows read since
 * each report, the last of them ending the scan. A scan superseded by another folder announces
 * nothing more.
 */
export interface OpenAnnouncer {
  list: (snapshot: LibrarySnapshot) => void;
  rowsRead: (rows: LibraryRowsRead) => void;
}

export class Library {
  private scan: FolderScan | null = null;
  private scanning: AbortController | null = null;
  private watcher: FolderWatcher | null = null;

  private readonly preparer: ArticlePreparer;

  constructor(private readonly options: LibraryOptions = {}) {
    this.preparer = options.preparer ?? defaultPreparer();
  }

  /**
   * Reads a folder and returns its list; `announce` hears of it in parts as it is read (see
   * OpenAnnouncer). Opening another folder (or cancelScan) stops the scan under way.
   */
  async open(folder: string, announce?: OpenAnnouncer): Promise<LibrarySnapshot> {
    this.scanning?.abort();
    const controller = new AbortController();
    this.scanning = controller;
    const parts = announce && new ListInParts(announce);
    const scan = await scanFolder(folder, {
      signal: controller.signal,
      preparer: this.preparer,
      onProgress: parts && ((partial) => parts.report(partial)),
    });
    if (this.scanning !== controller) return toSnapshot(scan);
    parts?.finish(scan);
    this.scanning = null;
    this.watcher?.close();
    this.scan = scan;
    // A refresh that fails leaves the list as last read; it must never become an unhandled rejection.
    if (this.options.onChange)
      this.watcher = watchFolder(scan.root, (paths) => void this.refresh(paths).catch(() => undefined));
    return toSnapshot(scan);
  }

  cancelScan(): void {
    this.scanning?.abort();
  }

  close(): void {
    this.scanning?.abort();
    this.watcher?.close();
    this.watcher = null;
  }

  /** Where an article's file is on disk, for main's own use (reveal, open); never sent out. */
  pathOf(id: string): string | null {
    return this.scan?.articles.find((candidate) => candidate.summary.id === id)?.absolutePath ?? null;
  }

  /** The open folder's real path (links resolved), for main's own records; never sent out. */
  realPath(): string | null {
    return this.scan?.realRoot ?? null;
  }

  snapshot(): LibrarySnapshot | null {
    return this.scan ? toSnapshot(this.scan) : null;
  }

  /** Re-reads the changed files (or the whole folder when unsure) and reports the new list. */
  async refresh(relativePaths: string[]): Promise<LibrarySnapshot | null> {
    const scan = this.scan;
    if (!scan) return null;
    const stats = new Map(
      await Promise.all(
        relativePaths.map(
          async (relative) =>
            [relative, await fs.lstat(path.join(scan.root, relative)).catch(() => null)] as const,
        ),
      ),
    );
    // A folder appeared, vanished or was renamed: its files are unknown, read it all again.
    const needsRescan =
      relativePaths.length === 0 ||
      [...stats].some(
        // A name that is not UTF-8 arrives with U+FFFD and names nothing: the full read explains it.
        ([relative, stat]) =>
          stat?.isDirectory() || (!stat && (!formatOf(relative) || relative.includes('\uFFFD'))),
      );
    if (needsRescan) {
      const fresh = await scanFolder(scan.root, { preparer: this.preparer });
      if (this.scan !== scan) return null;
      this.scan = fresh;
    } else {
      for (const relative of relativePaths) {
        const format = formatOf(relative);
        if (!format) continue;
        const id = articleIdFor(relative);
        scan.articles = scan.articles.filter((article) => article.summary.id !== id);
        scan.skipped = scan.skipped.filter((file) => file.path !== relative);
        if (!stats.get(relative)) continue;
        const result = await readArticleFile(
          scan.realRoot,
          { absolutePath: path.join(scan.root, relative), relativePath: relative, format },
          undefined,
          this.preparer,
        );
        if ('article' in result) {
          // A single changed file is cleaned on its own; the next full read cleans it with the folder.
          applyCleaning([result]);
          scan.articles.push(result.article);
        } else {
          scan.skipped.push(result);
        }
      }
      scan.articles.sort((a, b) => a.summary.path.localeCompare(b.summary.path));
      scan.skipped.sort((a, b) => a.path.localeCompare(b.path));
    }
    const snapshot = this.snapshot()!;
    this.options.onChange?.(snapshot);
    return snapshot;
  }

  /**
   * Reads an article afresh from disk (it may have changed since the scan) and makes the text
   * to compare. Cleaning replays what the folder-wide cleaning decided when the file is as it
   * was then; a file changed since is cleaned on its own.
   */
  async load(
    id: string,
    options: { clean: boolean; repair?: boolean } = { clean: true },
  ): Promise<LoadedArticle> {
    const article = this.scan?.articles.find((candidate) => candidate.summary.id === id);
    if (!this.scan || !article) throw new Error('That article is not in the open folder.');
    const read = await readTextFile(this.scan.realRoot, article.absolutePath);
    if (!read.ok) throw new Error(`${article.summary.path}: ${read.reason}`);
    // Repair switched off: the text exactly as decoded (cleaned on its own, see below).
    const asDecoded = options.repair === false && read.repair !== null;
    const prepared = await this.preparer
      .prepare({
        format: article.summary.format,
        text: asDecoded ? read.decoded : read.text,
        fileName: path.basename(article.absolutePath),
        modifiedMs: read.modifiedMs,
        encoding: read.encoding,
      })
      .catch((error: unknown) => {
        throw new Error(
          `${article.summary.path}: ${error instanceof PrepareError ? error.message : 'could not be read'}`,
        );
      });
    if (!options.clean) return { summary: article.summary, text: prepared.text, removed: [] };
    const unchanged =
      !asDecoded && createHash('sha256').update(read.text).digest('hex') === article.summary.contentHash;
    const cleaned = unchanged
      ? replayCleaning(article, blocksOf(prepared))
      : cleanPrepared([{ id, prepared }])[0]!;
    return { summary: article.summary, text: cleanedText(cleaned), removed: removedTexts(cleaned) };
  }
}

function replayCleaning(article: ArticleFile, blocks: string[]): CleanedArticle {
  const removedIndices = new Set(article.removed.map((block) => block.index));
  return {
    id: article.summary.id,
    kept: article.partialKept ?? blocks.filter((_, index) => !removedIndices.has(index)),
    removed: article.removed,
  };
}

/**
 * Announces a scan's list once whole, then only what is new or changed at each report, so a
 * big folder's list never crosses to the window more than about once.
 */
class ListInParts {
  /** Each announced article as it was announced, to tell which ones changed since. */
  private readonly announced = new Map<string, string>();
  private readonly skippedAnnounced = new Set<string>();
  private articlesAnnounced = -1;

  constructor(private readonly announce: OpenAnnouncer) {}

  report(partial: FolderScan): void {
    if (this.articlesAnnounced < 0) {
      const snapshot = toSnapshot(partial);
      this.remember(snapshot.articles, snapshot.skipped);
      this.articlesAnnounced = snapshot.articles.length;
      this.announce.list(snapshot);
      return;
    }
    // The scan only appends to its articles, in the order they were read.
    const added = partial.articles.slice(this.articlesAnnounced).map((article) => article.summary);
    const changed = partial.articles
      .slice(0, this.articlesAnnounced)
      .map((article) => article.summary)
      .filter((summary) => this.announced.get(summary.id) !== JSON.stringify(summary));
    const skipped = partial.skipped.filter((file) => !this.skippedAnnounced.has(file.path));
    this.remember([...changed, ...added], skipped);
    this.articlesAnnounced = partial.articles.length;
    this.announce.rowsRead({
      folderName: path.basename(partial.root),
      added,
      changed,
      skipped,
      scan: partial.state,
    });
  }

  /** The end of the scan: what it settled (dates, cleaning) and read since the last report. */
  finish(scan: FolderScan): void {
    this.report(scan);
  }

  private remember(articles: ArticleSummary[], skipped: LibrarySnapshot['skipped']): void {
    for (const summary of articles) this.announced.set(summary.id, JSON.stringify(summary));
    for (const file of skipped) this.skippedAnnounced.add(file.path);
  }
}

function toSnapshot(scan: FolderScan): LibrarySnapshot {
  return {
    folderName: path.basename(scan.root),
    articles: scan.articles.map((article) => article.summary),
    skipped: scan.skipped,
    scan: scan.state,
  };
}
