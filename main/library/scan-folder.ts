// Lists the article files of a folder (sub-folders included; hidden entries and
// node_modules skipped) and reads each one, so bad files are reported beside the good ones.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleFormat, ArticleSummary, SkippedFile } from '../../preload/contract';
import { formatOf, parseArticle } from './parse-article';
import { isInside, readTextFile, reasonForError } from './read-file';

export interface ArticleFile {
  summary: ArticleSummary;
  absolutePath: string;
}

export interface FolderScan {
  /** The folder as given, made absolute. */
  root: string;
  /** The folder with links resolved: nothing outside it is ever read. */
  realRoot: string;
  articles: ArticleFile[];
  skipped: SkippedFile[];
}

export interface ScanOptions {
  maxFileBytes?: number;
}

/** Stable for a given relative path, so notes and selections survive a rescan. */
export function articleIdFor(relativePath: string): string {
  return createHash('sha256').update(relativePath).digest('hex').slice(0, 16);
}

const toPosix = (relativePath: string): string => relativePath.split(path.sep).join('/');

const isHiddenOrTooling = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

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
        continue;
      }
      found.push({ absolutePath, relativePath, format });
    }
  };
  await walk(root);
  return found;
}

export async function scanFolder(folder: string, options: ScanOptions = {}): Promise<FolderScan> {
  const root = path.resolve(folder);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat?.isDirectory()) throw new Error(`Not a folder: ${folder}`);
  const realRoot = await fs.realpath(root);
  const skipped: SkippedFile[] = [];
  const candidates = await listCandidates(realRoot, root, skipped);
  const articles: ArticleFile[] = [];
  for (const candidate of candidates) {
    const read = await readTextFile(realRoot, candidate.absolutePath, options.maxFileBytes);
    if (!read.ok) {
      skipped.push({ path: candidate.relativePath, reason: read.reason });
      continue;
    }
    const fileName = path.basename(candidate.relativePath);
    const parsed = parseArticle(read.text, candidate.format, fileName);
    articles.push({
      absolutePath: candidate.absolutePath,
      summary: {
        id: articleIdFor(candidate.relativePath),
        path: candidate.relativePath,
        title: parsed.title,
        words: parsed.words,
        bytes: read.bytes,
        format: candidate.format,
        contentHash: createHash('sha256').update(read.text).digest('hex'),
      },
    });
  }
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  return { root, realRoot, articles, skipped };
}
