// scanFolder and articleIdFor on a real temporary folder: which files are loaded, which are
// skipped (each with a reason a person can act on), and that nothing outside is ever read.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, realpath, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reasonForError } from './read-file';
import { articleIdFor, scanFolder } from './scan-folder';

const SECRET = 'TOP-SECRET-CONTENT-THAT-LIVES-OUTSIDE';
const MAX_BYTES = 100;

let root: string;
let outside: string;

async function put(relativePath: string, content: string | Uint8Array): Promise<void> {
  const file = path.join(root, relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'variorum-scan-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'variorum-outside-'));
  await writeFile(path.join(outside, 'secret.txt'), `${SECRET}\n`);

  await put('a-good.txt', 'Good headline\n\nSome body text here.\n');
  await put('b-notes.md', '# Markdown title\n\nA paragraph.\n');
  await put('sub/c.txt', 'Nested headline\n\nNested body.\n');
  await put('.hidden.txt', 'hidden file\n');
  await put('.hiddendir/h.txt', 'inside a hidden folder\n');
  await put('node_modules/x.txt', 'tooling\n');
  await put('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00]));
  await put('letter.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
  await put('binary.txt', Uint8Array.from([0x41, 0x00, 0x42, 0x00]));
  await put('empty.txt', '');
  await put('big.txt', 'word '.repeat(40)); // 200 bytes, over MAX_BYTES
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link-out.txt'));
  await symlink(outside, path.join(root, 'linked-outside-dir'));
  await symlink('a-good.txt', path.join(root, 'link-in.txt'));
  await symlink('does-not-exist.txt', path.join(root, 'dangling.txt'));
  await symlink('loop-b.txt', path.join(root, 'loop-a.txt'));
  await symlink('loop-a.txt', path.join(root, 'loop-b.txt'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const reasonsByPath = (skipped: { path: string; reason: string }[]): Record<string, string> =>
  Object.fromEntries(skipped.map((file) => [file.path, file.reason]));

describe('scanFolder', () => {
  it('does not date articles by file times every file shares (a checkout, a copy)', async () => {
    const together = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const good = (scan: typeof together) =>
      scan.articles.find((a) => a.summary.path === 'a-good.txt')!.summary;
    expect(good(together)).toMatchObject({ date: null, dateFrom: null, dateIsFileTime: false });

    // Saved a day apart, the times tell the files apart and are shown as file dates.
    const dayBefore = new Date(Date.now() - 24 * 3600 * 1000);
    await utimes(path.join(root, 'sub', 'c.txt'), dayBefore, dayBefore);
    const apart = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    expect(good(apart)).toMatchObject({ dateFrom: 'file time', dateIsFileTime: true });
    expect(good(apart).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('loads every good article, including sub-folders and links to files inside', async () => {
    const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const byPath = Object.fromEntries(scan.articles.map((article) => [article.summary.path, article]));
    expect(Object.keys(byPath).sort()).toEqual(['a-good.txt', 'b-notes.md', 'link-in.txt', 'sub/c.txt']);

    expect(byPath['a-good.txt']!.summary).toMatchObject({
      title: 'Good headline',
      words: 6,
      bytes: Buffer.byteLength('Good headline\n\nSome body text here.\n'),
      format: 'txt',
    });
    expect(byPath['b-notes.md']!.summary).toMatchObject({ title: 'Markdown title', format: 'md' });
    // Relative paths use `/` whatever the platform, and the absolute path points at the file.
    expect(byPath['sub/c.txt']!.summary.title).toBe('Nested headline');
    expect(byPath['sub/c.txt']!.absolutePath).toBe(path.join(root, 'sub', 'c.txt'));
    expect(byPath['link-in.txt']!.summary.title).toBe('Good headline');
  });

  it('lists every bad article file with its reason', async () => {
    const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const reasons = reasonsByPath(scan.skipped);
    expect(Object.keys(reasons).sort()).toEqual([
      'big.txt',
      'binary.txt',
      'dangling.txt',
      'empty.txt',
      'link-out.txt',
      'loop-a.txt',
      'loop-b.txt',
    ]);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['empty.txt']).toBe('empty file');
    expect(reasons['big.txt']).toMatch(/too large/);
    expect(reasons['link-out.txt']).toMatch(/outside/);
    expect(reasons['dangling.txt']).toMatch(/broken symbolic link/);
    expect(reasons['loop-a.txt']).toMatch(/loop/);
    expect(reasons['loop-b.txt']).toMatch(/loop/);
    expect(scan.skipped.map((file) => file.path)).toEqual([...scan.skipped.map((file) => file.path)].sort());
  });

  it('silently ignores hidden entries, node_modules, other file types and linked folders', async () => {
    const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const mentioned = [...scan.articles.map((a) => a.summary.path), ...scan.skipped.map((s) => s.path)];
    for (const ignored of [
      '.hidden.txt',
      '.hiddendir/h.txt',
      'node_modules/x.txt',
      'photo.jpg',
      'letter.docx',
    ]) {
      expect(mentioned).not.toContain(ignored);
    }
    expect(mentioned.some((p) => p.startsWith('linked-outside-dir'))).toBe(false);
  });

  it('never puts the content or location of a file outside the folder into its result', async () => {
    const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const json = JSON.stringify(scan);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain(outside);
  });

  it('uses the default size limit when none is given', async () => {
    const scan = await scanFolder(root);
    expect(scan.articles.map((a) => a.summary.path)).toContain('big.txt');
  });

  it('issues 16-hex-character ids that are unique and the same on every scan', async () => {
    const first = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const second = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const ids = first.articles.map((a) => a.summary.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.articles.map((a) => [a.summary.path, a.summary.id])).toEqual(
      first.articles.map((a) => [a.summary.path, a.summary.id]),
    );
    for (const article of first.articles) expect(article.summary.id).toBe(articleIdFor(article.summary.path));
  });

  it('reports both the folder as given and with links resolved', async () => {
    const linkToRoot = path.join(outside, 'root-link');
    await symlink(root, linkToRoot);
    const scan = await scanFolder(linkToRoot, { maxFileBytes: MAX_BYTES });
    expect(scan.root).toBe(linkToRoot);
    expect(scan.realRoot).toBe(await realpath(root));
    // Reaching the folder through a link does not make its own files look "outside".
    expect(scan.articles.map((a) => a.summary.path)).toContain('a-good.txt');
  });

  it('rejects with a message when the path is not a folder', async () => {
    await expect(scanFolder(path.join(root, 'a-good.txt'))).rejects.toThrow(/Not a folder/);
    await expect(scanFolder(path.join(root, 'no-such-folder'))).rejects.toThrow(/Not a folder/);
  });

  // As root, chmod 000 does not stop a read; the mapping itself is tested below.
  it.skipIf(process.getuid?.() === 0)('skips an unreadable file with "permission denied"', async () => {
    await chmod(path.join(root, 'a-good.txt'), 0o000);
    const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    expect(reasonsByPath(scan.skipped)['a-good.txt']).toMatch(/permission denied/);
  });
});

// The timeouts turn a regression (a blocking open of a FIFO) into a failure instead of a hang.
describe.skipIf(process.platform === 'win32')('hostile entries', () => {
  it('lists a FIFO and a link to one as skipped, and reads the rest', { timeout: 10_000 }, async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.txt'), path.join(root, 'sub', 'pipe.md')]);
    await symlink('pipe.txt', path.join(root, 'to-pipe.html'));
    // A FIFO without an article's name is ignored like any other non-article file.
    execFileSync('mkfifo', [path.join(root, 'pipe.log')]);
    const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
    const reasons = reasonsByPath(scan.skipped);
    const fifo = 'a named pipe (FIFO), not a regular file: not read';
    expect(reasons['pipe.txt']).toBe(fifo);
    expect(reasons['sub/pipe.md']).toBe(fifo);
    expect(reasons['to-pipe.html']).toBe(fifo);
    expect(reasons['pipe.log']).toBeUndefined();
    expect(scan.articles.map((a) => a.summary.path)).toContain('a-good.txt');
    expect(scan.state.state).toBe('complete');
  });

  it.skipIf(process.platform === 'darwin')(
    'says a file name that is not UTF-8 cannot be opened',
    async () => {
      // Latin-1 "café.txt": the byte E9 alone is not UTF-8 (macOS refuses such names outright).
      writeFileSync(
        Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]),
        'Text\n',
      );
      const scan = await scanFolder(root, { maxFileBytes: MAX_BYTES });
      expect(reasonsByPath(scan.skipped)['caf\uFFFD.txt']).toMatch(/not valid UTF-8.*rename/);
    },
  );
});

describe('reasonForError', () => {
  it('turns file-system error codes into plain reasons', () => {
    expect(reasonForError({ code: 'EACCES' })).toMatch(/permission denied/);
    expect(reasonForError({ code: 'EPERM' })).toMatch(/permission denied/);
    expect(reasonForError({ code: 'ENOENT' })).toMatch(/disappeared/);
    expect(reasonForError({ code: 'ELOOP' })).toMatch(/loop/);
    expect(reasonForError({ code: 'EISDIR' })).toMatch(/folder/);
  });

  it('still says something for an unknown error', () => {
    expect(reasonForError({ code: 'EIO' })).toBe('could not be read (EIO)');
    expect(reasonForError(new Error('boom'))).toContain('boom');
  });
});

describe('articleIdFor', () => {
  it('is a 16-hex-character digest of the relative path', () => {
    expect(articleIdFor('sub/c.txt')).toMatch(/^[0-9a-f]{16}$/);
    expect(articleIdFor('sub/c.txt')).toBe(articleIdFor('sub/c.txt'));
    expect(articleIdFor('sub/c.txt')).not.toBe(articleIdFor('sub/d.txt'));
  });
});
