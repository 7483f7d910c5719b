// Lists the article files of a folder (sub-folders included; hidden entries and
// node_modules skipped) and reads each one, so bad files are reported beside the good ones.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleFormat, ArticleSummary, ScanState, SkippedFile } from '../../preload/contract';
import { cleanedText, cleanPrepared } from './article-text';
import { removalSummary, type RemovedBlock } from './clean';
import { countWords, formatOf } from './parse-article';
import type { PreparedArticle } from './prepare-article';
import { defaultPreparer, PrepareError, type ArticlePreparer } from './prepare-runner';
import { isInside, notRegularReason, readTextFile, reasonForError } from './read-file';

export interface ArticleFile {
  summary: ArticleSummary;
  absolutePath: string;
  /** What cleaning removed when the folder was read (indices into the article's blocks). */
  removed: RemovedBlock[];
  /** The kept paragraphs, stored only when cleaning removed lines from inside a paragraph. */
  partialKept?: string[];
  /** The file's modification time, and its calendar date when that is all that dates it. */
  fileTime?: { ms: number; date: string | null };
}

export interface FolderScan {
  /** The folder as given, made absolute. */
  root: string;
  /** The folder with links resolved: nothing outside it is ever read. */
  realRoot: string;
  articles: ArticleFile[];
  skipped: SkippedFile[];
  state: ScanState;
}

export interface ScanOptions {
  maxFileBytes?: number;
  /** Stops the scan; what was read so far is returned, marked cancelled. */
  signal?: AbortSignal;
  /** Called with the scan so far: after the first rows, then a few times a second. */
  onProgress?: (scan: FolderScan) => void;
  /** Where Markdown and pages are prepared (worker threads with a time budget by default). */
  preparer?: ArticlePreparer;
}

/** The first progress report comes after this many files, so the first rows show at once. */
const FIRST_REPORT_AFTER = 100;
const REPORT_EVERY_MS = 200;
const PARALLEL_READS = 16;

/** Stable for a given relative path, so notes and selections survive a rescan. */
export function articleIdFor(relativePath: string): string {
  return createHash('sha256').update(relativePath).digest('hex').slice(0, 16);
}

const toPosix = (relativePath: string): string => relativePath.split(path.sep).join('/');

const isHiddenOrTooling = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/**
 * Node decodes file names as UTF-8 and puts U+FFFD where the bytes are not UTF-8, so such a
 * name no longer names the file on disk. Returns the reason when that is what happened.
 */
async function undecodableName(absolutePath: string, name: string): Promise<string | null> {
  if (!name.includes('\uFFFD')) return null;
  const exists = await fs.lstat(absolutePath).then(
    () => true,
    () => false,
  );
  return exists
    ? null
    : 'the file name is not valid UTF-8, so it cannot be opened (rename the file to read it)';
}

interface Candidate {
  absolutePath: string;
  relativePath: string;
  format: ArticleFormat;
}

async function listCandidates(realRoot: string, root: string, skipped: SkippedFile[]): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: toPosix(path.relative(root, dir)) || '.', reason: reasonForError(error) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (isHiddenOrTooling(entry.name)) continue;
      const absolutePath = path.join(dir, entry.name);
      const relativePath = toPosix(path.relative(root, absolutePath));
      const badName = await undecodableName(absolutePath, entry.name);
      if (badName) {
        if (entry.isDirectory() || formatOf(entry.name))
          skipped.push({ path: relativePath, reason: badName });
        continue;
      }
      if (entry.isDirectory()) {
        await walk(absolutePath);
        continue;
      }
      const format = formatOf(entry.name);
      if (!format) continue;
      if (entry.isSymbolicLink()) {
        // Links are followed only to files inside the folder; linked folders are not walked,
        // which also rules out cycles.
        const target = await fs.realpath(absolutePath).catch((error: unknown) => error);
        if (typeof target !== 'string') {
          const broken = (target as NodeJS.ErrnoException).code === 'ENOENT';
          skipped.push({
            path: relativePath,
            reason: broken ? 'broken symbolic link (its target does not exist)' : reasonForError(target),
          });
          continue;
        }
        if (!isInside(realRoot, target)) {
          skipped.push({
            path: relativePath,
            reason: 'symbolic link to a file outside the opened folder (not read)',
          });
          continue;
        }
      } else if (!entry.isFile()) {
        // A named pipe, socket or device with an article's name: listed, never opened.
        skipped.push({ path: relativePath, reason: notRegularReason(entry) });
        continue;
      }
      found.push({ absolutePath, relativePath, format });
    }
  };
  await walk(root);
  return found;
}

/** Reads one candidate into an article (with its prepared text), or the reason it cannot be one. */
export async function readArticleFile(
  realRoot: string,
  candidate: { absolutePath: string; relativePath: string; format: ArticleFormat },
  maxFileBytes?: number,
  preparer: ArticlePreparer = defaultPreparer(),
): Promise<{ article: ArticleFile; prepared: PreparedArticle } | SkippedFile> {
  const read = await readTextFile(realRoot, candidate.absolutePath, maxFileBytes);
  if (!read.ok) return { path: candidate.relativePath, reason: read.reason };
  const fileName = path.basename(candidate.relativePath);
  let prepared: PreparedArticle;
  try {
    prepared = await preparer.prepare({
      format: candidate.format,
      text: read.text,
      fileName,
      modifiedMs: read.modifiedMs,
      encoding: read.encoding,
    });
  } catch (error) {
    // One page past its budget is one skipped file; the rest of the folder still loads.
    const reason =
      error instanceof PrepareError ? error.message : `could not be read (${(error as Error).message})`;
    return { path: candidate.relativePath, reason };
  }
  if (!/\S/.test(prepared.text)) {
    return { path: candidate.relativePath, reason: 'no readable text found in this file' };
  }
  const { metadata } = prepared;
  const article: ArticleFile = {
    absolutePath: candidate.absolutePath,
    removed: [],
    fileTime:
      read.modifiedMs === undefined
        ? undefined
        : { ms: read.modifiedMs, date: metadata.dateFrom === 'file time' ? metadata.date : null },
    summary: {
      id: articleIdFor(candidate.relativePath),
      path: candidate.relativePath,
      title: metadata.title,
      source: metadata.source,
      date: metadata.date,
      dateFrom: metadata.dateFrom,
      dateIsFileTime: metadata.dateIsFileTime,
      author: metadata.author,
      words: countWords(prepared.text),
      bytes: read.bytes,
      format: candidate.format,
      encoding: read.encoding,
      warnings: [...read.warnings, ...prepared.warnings],
      repair: read.repair,
      cleaning: { blocks: 0, words: 0 },
      contentHash: createHash('sha256').update(read.text).digest('hex'),
      fileHash: read.fileHash,
    },
  };
  return { article, prepared };
}

/**
 * Records what cleaning removes from each article. Cleaning looks at the articles together:
 * a block repeated across unrelated articles of the folder is boilerplate.
 */
export function applyCleaning(articles: Array<{ article: ArticleFile; prepared: PreparedArticle }>): void {
  const cleaned = cleanPrepared(
    articles.map(({ article, prepared }) => ({ id: article.summary.id, prepared })),
  );
  articles.forEach(({ article }, index) => {
    const result = cleaned[index]!;
    article.removed = result.removed;
    article.partialKept = result.removed.some((block) => block.partOfParagraph) ? result.kept : undefined;
    article.summary.cleaning = removalSummary(result);
    article.summary.words = countWords(cleanedText(result));
  });
}

/**
 * Files whose times all fall within this span were written together (a checkout, a copy, an
 * unzipped archive): their times say nothing about when, or in what order, they were written.
 */
export const SHARED_FILE_TIME_MS = 60 * 60 * 1000;

/**
 * Dates articles by their file times only where those times tell the files apart: when every
 * file of the folder was written within `SHARED_FILE_TIME_MS`, an article with no other date
 * has none. Recomputed on every snapshot, so a folder read in parts settles as it grows.
 */
export function settleFileDates(articles: ArticleFile[]): void {
  const times = articles.flatMap((article) => (article.fileTime ? [article.fileTime.ms] : []));
  const earliest = times.reduce((a, b) => Math.min(a, b), Infinity);
  const latest = times.reduce((a, b) => Math.max(a, b), -Infinity);
  const shared = times.length >= 2 && latest - earliest <= SHARED_FILE_TIME_MS;
  for (const article of articles) {
    const fileDate = article.fileTime?.date;
    if (!fileDate) continue;
    const summary = article.summary;
    summary.date = shared ? null : fileDate;
    summary.dateFrom = shared ? null : 'file time';
    summary.dateIsFileTime = !shared;
  }
}

export async function scanFolder(folder: string, options: ScanOptions = {}): Promise<FolderScan> {
  const root = path.resolve(folder);
  const stat = await fs.stat(root).catch(() => null);
  // The name only: the message may reach the window, which is never told full paths.
  if (!stat?.isDirectory()) throw new Error(`Not a folder: ${path.basename(root)}`);
  const realRoot = await fs.realpath(root);
  const skipped: SkippedFile[] = [];
  const candidates = await listCandidates(realRoot, root, skipped);
  // Prepared texts are kept only until the folder has been cleaned as a whole.
  const read: Array<{ article: ArticleFile; prepared: PreparedArticle }> = [];
  const scan = (state: ScanState['state'], done: number): FolderScan => {
    const articles = read.map(({ article }) => article);
    settleFileDates(articles);
    return {
      root,
      realRoot,
      articles,
      skipped: [...skipped].sort((a, b) => a.path.localeCompare(b.path)),
      state: { state, done, total: candidates.length },
    };
  };
  let lastReport = 0;
  let reportedFirst = false;
  // A few files are read at once so disk waits overlap; results keep the folder's order.
  for (let done = 0; done < candidates.length;) {
    if (options.signal?.aborted) {
      applyCleaning(read);
      return scan('cancelled', done);
    }
    const batch = candidates.slice(done, done + PARALLEL_READS);
    const results = await Promise.all(
      batch.map((candidate) => readArticleFile(realRoot, candidate, options.maxFileBytes, options.preparer)),
    );
    for (const result of results) {
      if ('article' in result) read.push(result);
      else skipped.push(result);
    }
    done += batch.length;
    const now = Date.now();
    const firstRows = !reportedFirst && done >= FIRST_REPORT_AFTER;
    if (
      options.onProgress &&
      done < candidates.length &&
      (firstRows || (reportedFirst && now - lastReport >= REPORT_EVERY_MS))
    ) {
      reportedFirst = true;
      lastReport = now;
      options.onProgress(scan('scanning', done));
    }
  }
  applyCleaning(read);
  return scan('complete', candidates.length);
}
