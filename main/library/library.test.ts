// Library: the open folder as the renderer sees it (a snapshot without absolute paths) and
// loading articles by the ids it issued, always reading the file afresh.
import { mkdir, mkdtemp, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryRowsRead, LibrarySnapshot } from '../../preload/contract';
import { withRowsRead } from '../../preload/shared/rows-read';
import { Library } from './library';
import { inProcessPreparer, type ArticlePreparer } from './prepare-runner';
import { articleIdFor } from './scan-folder';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'variorum-library-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'variorum-outside-'));
  await writeFile(path.join(root, 'first.txt'), 'First headline\n\nFirst body.\n');
  await mkdir(path.join(root, 'sub'));
  await writeFile(path.join(root, 'sub', 'second.md'), '# Second\n\nSecond body.\n');
  await writeFile(path.join(root, 'empty.txt'), '');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('Library', () => {
  it('has no snapshot before a folder is opened', () => {
    expect(new Library().snapshot()).toBeNull();
  });

  it('refuses to load anything before a folder is opened', async () => {
    await expect(new Library().load(articleIdFor('first.txt'))).rejects.toThrow(/not in the open folder/);
  });

  it('describes the open folder by its name only, never by its absolute path', async () => {
    const library = new Library();
    const opened = await library.open(root);
    expect(library.snapshot()).toEqual(opened);
    expect(opened.folderName).toBe(path.basename(root));
    expect(opened.articles.map((a) => a.path)).toEqual(['first.txt', 'sub/second.md']);
    expect(opened.skipped).toEqual([{ path: 'empty.txt', reason: 'empty file' }]);
    expect(JSON.stringify(opened)).not.toContain(root);
    expect(JSON.stringify(opened)).not.toContain(os.tmpdir());
  });

  it('loads an article by id, with its summary', async () => {
    const library = new Library();
    await library.open(root);
    const loaded = await library.load(articleIdFor('sub/second.md'));
    // Markdown is reduced to text, then cleaned (nothing to clean here).
    expect(loaded.text).toBe('Second\n\nSecond body.');
    expect(loaded.removed).toEqual([]);
    expect(loaded.summary).toMatchObject({ path: 'sub/second.md', title: 'Second' });
  });

  it('loads a repaired article repaired, or as decoded when repair is switched off', async () => {
    await writeFile(path.join(root, 'garbled.txt'), 'EspaÃ±ol\n\nThe ministerâ€™s talks.\n');
    const library = new Library();
    const opened = await library.open(root);
    const summary = opened.articles.find((a) => a.path === 'garbled.txt')!;
    expect(summary.repair).toEqual({ label: 'repaired double-encoded text', count: 2 });
    expect(summary.title).toBe('Español');
    const id = articleIdFor('garbled.txt');
    expect((await library.load(id)).text).toBe('Español\n\nThe minister’s talks.');
    for (const clean of [true, false]) {
      expect((await library.load(id, { clean, repair: false })).text.trim()).toBe(
        'EspaÃ±ol\n\nThe ministerâ€™s talks.',
      );
    }
    expect(opened.articles.find((a) => a.path === 'first.txt')!.repair).toBeNull();
  });

  it('refuses an id it did not issue', async () => {
    const library = new Library();
    await library.open(root);
    await expect(library.load('0000000000000000')).rejects.toThrow('That article is not in the open folder.');
    // The id of a file that was skipped was never issued either.
    await expect(library.load(articleIdFor('empty.txt'))).rejects.toThrow(/not in the open folder/);
  });

  it('reads the file afresh, so an edit after the scan is seen', async () => {
    const library = new Library();
    await library.open(root);
    await writeFile(path.join(root, 'first.txt'), 'Edited headline\r\n\r\nNew body.\r\n');
    expect((await library.load(articleIdFor('first.txt'))).text).toBe('Edited headline\n\nNew body.');
    // Without cleaning, a .txt file is compared exactly as decoded.
    expect((await library.load(articleIdFor('first.txt'), { clean: false })).text).toBe(
      'Edited headline\n\nNew body.\n',
    );
  });

  it('rejects with a plain reason naming the relative path when the file was deleted', async () => {
    const library = new Library();
    await library.open(root);
    await unlink(path.join(root, 'first.txt'));
    // Anchored: the message starts with the relative path, not the absolute one.
    await expect(library.load(articleIdFor('first.txt'))).rejects.toThrow(
      /^first\.txt: the file disappeared before it could be read$/,
    );
  });

  it('refuses a file replaced after the scan by a link to outside the folder', async () => {
    await writeFile(path.join(outside, 'secret.txt'), 'SECRET\n');
    const library = new Library();
    await library.open(root);
    await unlink(path.join(root, 'first.txt'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'first.txt'));
    await expect(library.load(articleIdFor('first.txt'))).rejects.toThrow(/outside the opened folder/);
  });

  it('forgets the old folder’s ids when another folder is opened', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'variorum-other-'));
    try {
      await writeFile(path.join(other, 'third.txt'), 'Third\n');
      const library = new Library();
      await library.open(root);
      const snapshot = await library.open(other);
      expect(snapshot.folderName).toBe(path.basename(other));
      expect(snapshot.articles.map((a) => a.path)).toEqual(['third.txt']);
      await expect(library.load(articleIdFor('first.txt'))).rejects.toThrow(/not in the open folder/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('keeps the open folder when opening another one fails', async () => {
    const library = new Library();
    const before = await library.open(root);
    await expect(library.open(path.join(root, 'missing'))).rejects.toThrow(/Not a folder/);
    expect(library.snapshot()).toEqual(before);
  });
});

describe('Library: large and living folders', () => {
  it('reports partial snapshots while reading a large folder, and can be cancelled', async () => {
    const big = await mkdtemp(path.join(os.tmpdir(), 'variorum-big-'));
    try {
      for (let i = 0; i < 400; i++) {
        await writeFile(
          path.join(big, `article-${String(i).padStart(4, '0')}.txt`),
          `Title ${i}\n\nBody of article ${i}.`,
        );
      }
      const partials: LibrarySnapshot[] = [];
      const full = await new Library().open(big, {
        list: (snapshot) => partials.push(snapshot),
        rowsRead: () => {},
      });
      expect(partials.length).toBe(1);
      expect(partials[0]!.scan.state).toBe('scanning');
      expect(partials[0]!.articles.length).toBeGreaterThanOrEqual(100);
      expect(partials[0]!.articles.length).toBeLessThan(400);
      expect(full.scan).toEqual({ state: 'complete', done: 400, total: 400 });
      expect(full.articles).toHaveLength(400);

      const library = new Library();
      const cancelled = await library.open(big, {
        list: (snapshot) => {
          if (snapshot.articles.length >= 100) library.cancelScan();
        },
        rowsRead: () => {},
      });
      expect(cancelled.scan.state).toBe('cancelled');
      expect(cancelled.articles.length).toBeGreaterThanOrEqual(100);
      expect(cancelled.articles.length).toBeLessThan(400);
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });

  it('after the first rows, announces only the rows read or changed since, which add up to the list', async () => {
    const big = await mkdtemp(path.join(os.tmpdir(), 'variorum-big-'));
    try {
      for (let i = 0; i < 640; i++) {
        // Two empty files, one among the first rows and one later: skipped files come in parts too.
        const body = i === 40 || i === 600 ? '' : `Title ${i}\n\nBody of article ${i}.\n\nShare this article`;
        await writeFile(path.join(big, `article-${String(i).padStart(4, '0')}.txt`), body);
      }
      // Slow enough that the scan reports a few times (every 200 ms) before it ends.
      const preparer: ArticlePreparer = {
        prepare: (file) =>
          new Promise((resolve) => setTimeout(resolve, 15)).then(() => inProcessPreparer.prepare(file)),
      };
      const lists: LibrarySnapshot[] = [];
      const parts: LibraryRowsRead[] = [];
      const full = await new Library({ preparer }).open(big, {
        list: (snapshot) => lists.push(snapshot),
        rowsRead: (rows) => parts.push(rows),
      });
      expect(lists).toHaveLength(1);
      expect(lists[0]!.scan.state).toBe('scanning');
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.slice(0, -1).every((rows) => rows.scan.state === 'scanning')).toBe(true);
      expect(parts.every((rows) => rows.added.length < 400)).toBe(true);
      // The shared "Share this article" line is cleaning's to remove once the folder is read:
      // the last part brings the rows it changed.
      expect(parts.at(-1)!.changed.length).toBeGreaterThan(0);
      let shown: LibrarySnapshot | null = lists[0]!;
      for (const rows of parts) shown = withRowsRead(shown, rows);
      expect(shown).toEqual(full);
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });

  it('announces a small folder once, whole', async () => {
    const lists: LibrarySnapshot[] = [];
    const parts: LibraryRowsRead[] = [];
    const full = await new Library().open(root, {
      list: (snapshot) => lists.push(snapshot),
      rowsRead: (rows) => parts.push(rows),
    });
    expect(lists).toEqual([full]);
    expect(parts).toEqual([]);
  });

  it('follows edits, new, renamed and deleted files while open', async () => {
    const changes: LibrarySnapshot[] = [];
    const library = new Library({ onChange: (snapshot) => changes.push(snapshot) });
    const living = await mkdtemp(path.join(os.tmpdir(), 'variorum-living-'));
    try {
      await writeFile(path.join(living, 'one.txt'), 'One\n\nFirst text.');
      await library.open(living);
      const settle = async (predicate: (snapshot: LibrarySnapshot) => boolean): Promise<LibrarySnapshot> => {
        for (let wait = 0; wait < 100; wait++) {
          const last = changes.at(-1);
          if (last && predicate(last)) return last;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`no matching change; last: ${JSON.stringify(changes.at(-1))}`);
      };
      await writeFile(path.join(living, 'two.txt'), 'Two\n\nSecond text.');
      await settle((s) => s.articles.some((a) => a.title === 'Two'));
      await writeFile(path.join(living, 'one.txt'), 'One, revised\n\nFirst text, edited.');
      await settle((s) => s.articles.some((a) => a.title === 'One, revised'));
      await rename(path.join(living, 'two.txt'), path.join(living, 'deux.txt'));
      const renamed = await settle((s) => s.articles.some((a) => a.path === 'deux.txt'));
      expect(renamed.articles.map((a) => a.path)).toEqual(['deux.txt', 'one.txt']);
      await rm(path.join(living, 'one.txt'));
      const removed = await settle((s) => !s.articles.some((a) => a.path === 'one.txt'));
      expect(removed.articles.map((a) => a.path)).toEqual(['deux.txt']);
      // A burst of changes arrives as a few updates, not one per file.
      const before = changes.length;
      for (let i = 0; i < 20; i++)
        await writeFile(path.join(living, `burst-${i}.txt`), `Burst ${i}\n\nText.`);
      await settle((s) => s.articles.length === 21);
      expect(changes.length - before).toBeLessThan(5);
    } finally {
      library.close();
      await rm(living, { recursive: true, force: true });
    }
  });
});
