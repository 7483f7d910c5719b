// readTextFile: besides the text, what the list shows about a file it read: its size, the
// encoding it was decoded as, its modification time (the "file date"), and mojibake repairs;
// and that a named pipe is refused without being opened (opening one blocks until a writer comes).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile, readTextFile } from './read-file';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'variorum-read-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readTextFile', () => {
  it('reports the encoding and the modification time with the text', async () => {
    const file = path.join(root, 'legacy.txt');
    // "“Café”" in Windows-1252.
    await writeFile(file, Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x0d, 0x0a]));
    const modified = new Date(2026, 2, 7, 12, 0, 0);
    await utimes(file, modified, modified);
    expect(await readTextFile(root, file)).toEqual({
      ok: true,
      text: '“Café”\n',
      decoded: '“Café”\n',
      repair: null,
      warnings: [],
      bytes: 8,
      fileHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      encoding: 'windows-1252',
      modifiedMs: modified.getTime(),
    });
  });

  it('names UTF-16 with a byte order mark', async () => {
    const file = path.join(root, 'wide.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n', 'utf16le')]));
    expect(await readTextFile(root, file)).toMatchObject({
      ok: true,
      text: 'Headline\n',
      encoding: 'utf-16le',
    });
  });
});

describe('readTextFile and mojibake', () => {
  it('repairs double-encoded UTF-8, keeping the text as decoded beside it', async () => {
    const file = path.join(root, 'garbled.txt');
    await writeFile(file, 'EspaÃ±ol and the ministerâ€™s talks\n', 'utf8');
    const read = await readTextFile(root, file);
    expect(read).toMatchObject({
      ok: true,
      text: 'Español and the minister’s talks\n',
      decoded: 'EspaÃ±ol and the ministerâ€™s talks\n',
      repair: { label: 'repaired double-encoded text', count: 2 },
      warnings: [],
    });
  });

  it('leaves an ambiguous text as decoded, with a warning', async () => {
    const file = path.join(root, 'possessive.txt');
    await writeFile(file, 'There are a lot of Ã’s in mojibake text.\n', 'utf8');
    const read = await readTextFile(root, file);
    expect(read).toMatchObject({
      ok: true,
      text: 'There are a lot of Ã’s in mojibake text.\n',
      repair: null,
    });
    expect(read.ok && read.warnings[0]).toMatch(/could be real text: left as decoded/);
  });
});

// A regression would hang in open(2); the timeout turns that into a failure.
describe.skipIf(process.platform === 'win32')('named pipes', () => {
  it('refuses a FIFO, and a link to one, without blocking', { timeout: 5000 }, async () => {
    const fifo = path.join(root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await symlink('pipe.txt', path.join(root, 'to-pipe.txt'));
    const reason = 'a named pipe (FIFO), not a regular file: not read';
    expect(await readTextFile(root, fifo)).toEqual({ ok: false, reason });
    expect(await readTextFile(root, path.join(root, 'to-pipe.txt'))).toEqual({ ok: false, reason });
    expect(await readRegularFile(fifo, 100)).toEqual({ ok: false, reason });
  });

  // More FIFOs than libuv has threads (4): one blocking open each would leave none for this read.
  it('leaves the thread pool free after many FIFOs', { timeout: 5000 }, async () => {
    const fifos = Array.from({ length: 8 }, (_, i) => path.join(root, `p${i}.txt`));
    execFileSync('mkfifo', fifos);
    await writeFile(path.join(root, 'plain.txt'), 'still readable\n');
    await Promise.all(fifos.map((fifo) => readTextFile(root, fifo)));
    expect(await readTextFile(root, path.join(root, 'plain.txt'))).toMatchObject({
      ok: true,
      text: 'still readable\n',
    });
  });
});
