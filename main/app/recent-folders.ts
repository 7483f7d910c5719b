// The last ten folders opened, newest first, kept in a small JSON file in the app's profile.
// The renderer sees names, locations and opaque ids; it opens one by id, never by path.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RecentFolder } from '../../preload/contract';
import { writeFileAtomic } from '../export/atomic-write';

export const MAX_RECENT_FOLDERS = 10;

interface Entry {
  path: string;
  openedAt: string;
}

const idOf = (folder: string): string => createHash('sha256').update(folder).digest('hex').slice(0, 12);

/** Pure: the list with `folder` moved (or added) to the front, trimmed to the maximum. */
export function withFolderFirst(entries: Entry[], folder: string, openedAt: string): Entry[] {
  return [{ path: folder, openedAt }, ...entries.filter((entry) => entry.path !== folder)].slice(
    0,
    MAX_RECENT_FOLDERS,
  );
}

export class RecentFolders {
  constructor(private readonly file: string) {}

  private async read(): Promise<Entry[]> {
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      return Array.isArray(parsed)
        ? parsed.filter(
            (entry): entry is Entry => typeof entry?.path === 'string' && typeof entry?.openedAt === 'string',
          )
        : [];
    } catch {
      // Missing or damaged: start a new list rather than fail to open folders.
      return [];
    }
  }

  async remember(folder: string): Promise<void> {
    const entries = withFolderFirst(await this.read(), folder, new Date().toISOString());
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(entries, null, 2));
  }

  async list(): Promise<RecentFolder[]> {
    return (await this.read()).map((entry) => ({
      id: idOf(entry.path),
      name: path.basename(entry.path),
      location: path.dirname(entry.path),
    }));
  }

  async pathOf(id: string): Promise<string | null> {
    return (await this.read()).find((entry) => idOf(entry.path) === id)?.path ?? null;
  }
}
