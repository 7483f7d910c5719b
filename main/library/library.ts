// The open folder: which articles it holds and the ids main issued for them. The renderer
// names articles only by these ids; anything else is refused.
import path from 'node:path';
import type { ArticleSummary, LibrarySnapshot } from '../../preload/contract';
import { readTextFile } from './read-file';
import { scanFolder, type FolderScan } from './scan-folder';

export interface LoadedArticle {
  summary: ArticleSummary;
  text: string;
}

export class Library {
  private scan: FolderScan | null = null;

  async open(folder: string): Promise<LibrarySnapshot> {
    this.scan = await scanFolder(folder);
    return this.snapshot()!;
  }

  snapshot(): LibrarySnapshot | null {
    if (!this.scan) return null;
    return {
      folderName: path.basename(this.scan.root),
      articles: this.scan.articles.map((article) => article.summary),
      skipped: this.scan.skipped,
    };
  }

  /** Reads an article afresh from disk (it may have changed since the scan). */
  async load(id: string): Promise<LoadedArticle> {
    const article = this.scan?.articles.find((candidate) => candidate.summary.id === id);
    if (!this.scan || !article) throw new Error('That article is not in the open folder.');
    const read = await readTextFile(this.scan.realRoot, article.absolutePath);
    if (!read.ok) throw new Error(`${article.summary.path}: ${read.reason}`);
    return { summary: article.summary, text: read.text };
  }
}
