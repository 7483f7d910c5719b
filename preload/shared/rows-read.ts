// The list of a folder being read, grown by the rows read since the last report and updated
// by those that changed: the same rule in main (what a window asking now is told) and in the
// window.
import type { LibraryRowsRead, LibrarySnapshot, SkippedFile } from '../contract';

const byPath = (a: SkippedFile, b: SkippedFile): number => a.path.localeCompare(b.path);

/**
 * `snapshot` with `rows` applied. Rows of another read (a folder opened since, a scan already
 * ended) leave it as it is.
 */
export function withRowsRead(
  snapshot: LibrarySnapshot | null,
  rows: LibraryRowsRead,
): LibrarySnapshot | null {
  const sameRead =
    snapshot !== null &&
    snapshot.scan.state === 'scanning' &&
    snapshot.folderName === rows.folderName &&
    snapshot.scan.total === rows.scan.total &&
    snapshot.scan.done <= rows.scan.done;
  if (!sameRead) return snapshot;
  const changed = new Map(rows.changed.map((article) => [article.id, article]));
  const kept =
    changed.size > 0
      ? snapshot.articles.map((article) => changed.get(article.id) ?? article)
      : snapshot.articles;
  return {
    folderName: snapshot.folderName,
    articles: rows.added.length > 0 ? [...kept, ...rows.added] : kept,
    // Skipped files are listed by path, as in a snapshot.
    skipped: rows.skipped.length > 0 ? [...snapshot.skipped, ...rows.skipped].sort(byPath) : snapshot.skipped,
    scan: rows.scan,
  };
}
