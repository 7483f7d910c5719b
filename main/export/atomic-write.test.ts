// writeFileAtomic on a real temporary folder, with failures injected where a real disk would
// fail: the old file always survives whole, no temporary file is left, the message is plain.
import type { FileHandle } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STALE_TEMP_MS, tempNameFor, WriteError, writeFileAtomic, type WriterFs } from './atomic-write';

let dir: string;
let target: string;
const OLD = 'old export, complete\n';

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'variorum-atomic-'));
  target = path.join(dir, 'notes.md');
});

afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

const errno = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, except for the handle operations or calls a test replaces. */
function failingFs(
  overrides: Partial<WriterFs> & { handle?: Partial<Pick<FileHandle, 'writeFile' | 'sync'>> } = {},
): WriterFs {
  const { handle: handleOverrides, ...calls } = overrides;
  return {
    stat: fs.stat,
    lstat: fs.lstat,
    readlink: fs.readlink,
    readdir: fs.readdir,
    rename: fs.rename,
    unlink: fs.unlink,
    open: (async (file: string, flags: string) => {
      const handle = await fs.open(file, flags);
      if (!handleOverrides || flags === 'r') return handle;
      return new Proxy(handle, {
        get: (real, key) => {
          const value =
            key in handleOverrides
              ? handleOverrides[key as keyof typeof handleOverrides]
              : Reflect.get(real, key);
          return typeof value === 'function' ? value.bind(real) : value;
        },
      });
    }) as WriterFs['open'],
    ...calls,
  };
}

async function expectOnlyTarget(content: string): Promise<void> {
  expect(await fs.readdir(dir)).toEqual(['notes.md']);
  expect(await fs.readFile(target, 'utf8')).toBe(content);
}

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving nothing else behind', async () => {
    await writeFileAtomic(target, OLD);
    await expectOnlyTarget(OLD);
    await writeFileAtomic(target, 'new ✓ 🌊\n');
    await expectOnlyTarget('new ✓ 🌊\n');
  });

  it('writes the text as UTF-8, so a leading BOM character becomes the bytes EF BB BF', async () => {
    await writeFileAtomic(target, '\uFEFFarticle,quote\r\n');
    const bytes = await fs.readFile(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    await fs.writeFile(target, OLD, { mode: 0o640 });
    await fs.chmod(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o640);
  });

  it('replaces the file a link points to, not the link', async () => {
    const real = path.join(dir, 'real.md');
    await fs.writeFile(real, OLD);
    await fs.symlink(real, target);
    await writeFileAtomic(target, 'through the link');
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe('through the link');
  });

  // Decided: a link is written through even when its file does not exist yet. The link stays
  // a link, as it does when its file exists; replacing it would silently unlink the two.
  it('writes through a link whose file does not exist yet, keeping the link', async () => {
    const real = path.join(dir, 'real-notes.md');
    await fs.symlink('real-notes.md', target);
    await writeFileAtomic(target, 'created through the link');
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe('created through the link');
    expect((await fs.readdir(dir)).sort()).toEqual(['notes.md', 'real-notes.md']);
  });

  it('says so when a dangling link points into a missing folder, and leaves the link', async () => {
    await fs.symlink(path.join(dir, 'gone', 'x.md'), target);
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(/^The folder does not exist: “notes\.md”/);
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
  });

  it('refuses a link loop with a plain message', async () => {
    await fs.symlink('notes.md', target);
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(/could not be written \(ELOOP\)/);
  });

  it('writes names of 238 to 255 bytes, whose temporary name is cut to fit', async () => {
    for (const name of ['n'.repeat(238) + '.md', 'é'.repeat(125) + '.md', 'x'.repeat(251) + '.csv']) {
      expect(Buffer.byteLength(name)).toBeGreaterThanOrEqual(238);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      const file = path.join(dir, name);
      await writeFileAtomic(file, 'long name');
      expect(await fs.readFile(file, 'utf8')).toBe('long name');
      expect(Buffer.byteLength(tempNameFor(name))).toBeLessThanOrEqual(255);
    }
    expect((await fs.readdir(dir)).length).toBe(3);
  });

  it('removes temporary files that killed saves of the same file left, and only those', async () => {
    await fs.writeFile(target, OLD);
    const old = new Date(Date.now() - STALE_TEMP_MS - 5000);
    const stale = [tempNameFor('notes.md'), tempNameFor('notes.md')];
    const fresh = tempNameFor('notes.md');
    // Not ours, or not this file's: a user's file, another export's leftover.
    const others = ['.notes.md.backup.tmp', tempNameFor('other.md'), 'notes.md.tmp'];
    for (const name of [...stale, fresh, ...others]) {
      await fs.writeFile(path.join(dir, name), 'partial');
      if (name !== fresh) await fs.utimes(path.join(dir, name), old, old);
    }
    await writeFileAtomic(target, 'new');
    expect((await fs.readdir(dir)).sort()).toEqual([fresh, ...others, 'notes.md'].sort());
  });

  it('says the disk is full when writing fails for space, and keeps the old file whole', async () => {
    await fs.writeFile(target, OLD);
    const full = failingFs({
      handle: {
        // Half the content lands, then the disk fills up.
        async writeFile(this: FileHandle, data: string) {
          await this.write(data.slice(0, 3));
          throw errno('ENOSPC');
        },
      },
    });
    const error = await writeFileAtomic(target, 'a much longer new export', full).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect((error as Error).message).toBe(
      'The disk is full: “notes.md” was not saved. Any earlier copy is unchanged.',
    );
    await expectOnlyTarget(OLD);
  });

  it('keeps the old file when flushing to disk fails', async () => {
    await fs.writeFile(target, OLD);
    const failing = failingFs({ handle: { sync: () => Promise.reject(errno('EIO')) } });
    await expect(writeFileAtomic(target, 'new', failing)).rejects.toThrow(/could not be written \(EIO\)/);
    await expectOnlyTarget(OLD);
  });

  it('keeps the old file and removes the temporary one when the rename is refused', async () => {
    await fs.writeFile(target, OLD);
    const failing = failingFs({ rename: () => Promise.reject(errno('EACCES')) });
    await expect(writeFileAtomic(target, 'new', failing)).rejects.toThrow(/^Permission denied: “notes\.md”/);
    await expectOnlyTarget(OLD);
  });

  it('says the folder is read-only when the file system is', async () => {
    await fs.writeFile(target, OLD);
    const readOnly = failingFs({ open: () => Promise.reject(errno('EROFS')) });
    await expect(writeFileAtomic(target, 'new', readOnly)).rejects.toThrow(/^The folder is read-only/);
    await expectOnlyTarget(OLD);
  });

  it.skipIf(process.getuid?.() === 0)('is refused in a folder without write permission', async () => {
    await fs.writeFile(target, OLD);
    await fs.chmod(dir, 0o555);
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(/^Permission denied/);
    await expectOnlyTarget(OLD);
  });

  it('says so when the folder does not exist, and creates nothing', async () => {
    const missing = path.join(dir, 'gone', 'notes.md');
    await expect(writeFileAtomic(missing, 'new')).rejects.toThrow(/^The folder does not exist/);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('still succeeds where a folder cannot be flushed (as on Windows)', async () => {
    const noFolderSync = failingFs({
      open: (async (file: string, flags: string) =>
        flags === 'r' ? Promise.reject(errno('EISDIR')) : fs.open(file, flags)) as WriterFs['open'],
    });
    await writeFileAtomic(target, 'new', noFolderSync);
    await expectOnlyTarget('new');
  });

  it('leaves one whole version when two saves race', async () => {
    const a = 'A'.repeat(100_000);
    const b = 'B'.repeat(100_000);
    await Promise.all([writeFileAtomic(target, a), writeFileAtomic(target, b)]);
    const content = await fs.readFile(target, 'utf8');
    expect([a, b]).toContain(content);
    expect(await fs.readdir(dir)).toEqual(['notes.md']);
  });
});
