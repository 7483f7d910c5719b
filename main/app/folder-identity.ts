// Which folder is which, for notes: a random id per folder, kept in the profile keyed by the
// folder's real path with the content hashes of its articles, so a moved or renamed folder is
// recognised by its articles and two folders of the same name never share notes.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FolderCandidate, FolderIdentity } from '../../preload/contract';
import { writeFileAtomic } from '../export/atomic-write';

export interface IdentityEntry {
  /** UUID v4, issued once; the renderer files notes under it. */
  id: string;
  /** The folder's real path (links resolved) when it was last opened. */
  path: string;
  name: string;
  /** The first 16 hex digits of each article's SHA-256: enough to recognise the folder. */
  hashes: string[];
  /** ISO 8601. */
  lastOpened: string;
}

/** A folder's articles must be at least this alike to be taken for it without asking. */
export const SAME_FOLDER_SHARE = 0.5;

/** What the profile remembers of `hash`: a prefix keeps the file small for big folders. */
export const shortHash = (hash: string): string => hash.slice(0, 16);

export type Resolution =
  | { kind: 'known'; entry: IdentityEntry }
  | { kind: 'moved'; entry: IdentityEntry }
  | { kind: 'new' }
  | { kind: 'ask'; candidates: Array<{ entry: IdentityEntry; shared: number }> };

/**
 * Pure: who the folder at `folder` is. The same real path is the same folder. Otherwise a
 * folder that is gone from its old path (`exists` false) and shares articles with this one may
 * be this one, moved or renamed: one that is clearly alike (SAME_FOLDER_SHARE of the larger
 * set) and the only such is taken; any doubt is a question for the user. A folder still at its
 * old path is a copy, a different folder, and never a candidate.
 */
export function resolveFolder(
  entries: readonly IdentityEntry[],
  folder: string,
  hashes: readonly string[],
  exists: (entry: IdentityEntry) => boolean,
): Resolution {
  const known = entries.find((entry) => entry.path === folder);
  if (known) return { kind: 'known', entry: known };
  const mine = new Set(hashes.map(shortHash));
  if (mine.size === 0) return { kind: 'new' };
  const candidates = entries
    .filter((entry) => !exists(entry))
    .map((entry) => ({ entry, shared: entry.hashes.filter((hash) => mine.has(hash)).length }))
    .filter((candidate) => candidate.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.entry.lastOpened.localeCompare(a.entry.lastOpened));
  if (candidates.length === 0) return { kind: 'new' };
  const alike = candidates.filter(
    ({ entry, shared }) => shared >= SAME_FOLDER_SHARE * Math.max(mine.size, entry.hashes.length),
  );
  if (alike.length === 1 && candidates.length === 1) return { kind: 'moved', entry: alike[0]!.entry };
  return { kind: 'ask', candidates };
}

/** The profile's record of folder identities, and the one question it may be waiting on. */
export class FolderIdentities {
  private entries: IdentityEntry[] | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The folder the user is being asked about, and the ids offered for it. */
  private pending: { folder: string; hashes: string[]; offered: Set<string> } | null = null;

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The identity of the folder at `folder` (its real path) holding articles with `hashes`.
   * `complete` is false after a cancelled scan: the folder is still recognised, but what it
   * holds is not remembered from a partial list.
   */
  identify(folder: string, hashes: readonly string[], complete = true): Promise<FolderIdentity> {
    return this.serially(async () => {
      const entries = await this.load();
      const gone = new Set<string>();
      await Promise.all(
        entries.map(async (entry) => {
          if (entry.path !== folder && !(await isFolder(entry.path))) gone.add(entry.path);
        }),
      );
      const resolution = resolveFolder(entries, folder, hashes, (entry) => !gone.has(entry.path));
      switch (resolution.kind) {
        case 'known':
        case 'moved': {
          const movedFrom = resolution.kind === 'moved' ? resolution.entry.name : null;
          await this.remember(resolution.entry, folder, complete ? hashes : null);
          this.pending = null;
          return { state: 'resolved', id: resolution.entry.id, movedFrom };
        }
        case 'new': {
          const entry = await this.remember(null, folder, hashes);
          this.pending = null;
          return { state: 'resolved', id: entry.id, movedFrom: null };
        }
        case 'ask': {
          this.pending = {
            folder,
            hashes: [...hashes],
            offered: new Set(resolution.candidates.map(({ entry }) => entry.id)),
          };
          const candidates: FolderCandidate[] = resolution.candidates.map(({ entry, shared }) => ({
            id: entry.id,
            name: entry.name,
            shared,
            articles: entry.hashes.length,
            lastOpened: entry.lastOpened,
          }));
          return { state: 'ask', articles: new Set(hashes.map(shortHash)).size, candidates };
        }
      }
    });
  }

  /**
   * The user's answer for the folder at `folder`: one of the ids offered (it is that folder,
   * moved), or null (a different folder). Any other id is refused.
   */
  choose(folder: string, id: string | null): Promise<FolderIdentity> {
    return this.serially(async () => {
      const pending = this.pending;
      if (!pending || pending.folder !== folder) throw new Error('There is no question about this folder.');
      if (id !== null && !pending.offered.has(id))
        throw new Error('That folder was not one of those offered.');
      const entries = await this.load();
      const chosen = id === null ? null : (entries.find((entry) => entry.id === id) ?? null);
      const entry = await this.remember(chosen, folder, pending.hashes);
      this.pending = null;
      return { state: 'resolved', id: entry.id, movedFrom: chosen?.name ?? null };
    });
  }

  /** Records `folder` under `entry` (a new one when null); hashes are kept when null. */
  private async remember(
    entry: IdentityEntry | null,
    folder: string,
    hashes: readonly string[] | null,
  ): Promise<IdentityEntry> {
    const entries = await this.load();
    const next: IdentityEntry = {
      id: entry?.id ?? randomUUID(),
      path: folder,
      name: path.basename(folder),
      hashes: hashes ? [...new Set(hashes.map(shortHash))] : (entry?.hashes ?? []),
      lastOpened: this.now().toISOString(),
    };
    // One entry per path: a folder taken over by another identity leaves its old record.
    this.entries = [...entries.filter((other) => other.id !== next.id && other.path !== folder), next];
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(this.entries));
    return next;
  }

  private async load(): Promise<IdentityEntry[]> {
    if (this.entries) return this.entries;
    let parsed: unknown = [];
    try {
      parsed = JSON.parse(await fs.readFile(this.file, 'utf8'));
    } catch (error) {
      // No file yet is a first run. A damaged file must not be replaced silently: the
      // identities in it are what keeps notes with their folders.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error('The record of your folders (folder-identities.json) could not be read.');
      }
    }
    this.entries = Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    return this.entries;
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => {});
    return run;
  }
}

function isEntry(value: unknown): value is IdentityEntry {
  const entry = value as Partial<IdentityEntry> | null;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.path === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.lastOpened === 'string' &&
    Array.isArray(entry.hashes) &&
    entry.hashes.every((hash) => typeof hash === 'string')
  );
}

async function isFolder(folder: string): Promise<boolean> {
  const stat = await fs.stat(folder).catch(() => null);
  return stat?.isDirectory() ?? false;
}
