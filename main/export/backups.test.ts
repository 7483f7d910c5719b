// rotateBackups in a real temporary folder: a new backup each time the notes changed, only the
// newest few kept, other files left alone, failures reported plainly.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, listBackups, rotateBackups, type BackupFs } from './backups';

let dir: string;

beforeEach(async () => {
  dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'variorum-backups-')), 'backups');
});

afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

const at = (minute: number): Date => new Date(Date.UTC(2026, 2, 2, 9, minute, 0, 500));

describe('rotateBackups', () => {
  it('names backups by time without colons, so they sort by age and work on Windows', () => {
    expect(backupFileName(at(5))).toBe('notes-backup-2026-03-02T09-05-00.500Z.json');
  });

  it('creates the folder and writes the first backup', async () => {
    const result = await rotateBackups(dir, '{"n":1}', 5, at(0));
    expect(result).toEqual({ written: path.join(dir, backupFileName(at(0))), removed: [] });
    expect(await fs.readFile(result.written!, 'utf8')).toBe('{"n":1}');
  });

  it('keeps only the newest five, deleting the oldest, and leaves other files alone', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'notes-backup-keep-me.json'), 'not a backup name');
    await fs.writeFile(path.join(dir, 'README.txt'), 'mine');
    for (let minute = 0; minute < 7; minute++) await rotateBackups(dir, `{"n":${minute}}`, 5, at(minute));
    expect(await listBackups(dir)).toEqual([2, 3, 4, 5, 6].map((minute) => backupFileName(at(minute))));
    expect(await fs.readFile(path.join(dir, backupFileName(at(6))), 'utf8')).toBe('{"n":6}');
    expect((await fs.readdir(dir)).sort()).toEqual(
      [
        'README.txt',
        'notes-backup-keep-me.json',
        ...[2, 3, 4, 5, 6].map((minute) => backupFileName(at(minute))),
      ].sort(),
    );
  });

  it('reports what it removed', async () => {
    await rotateBackups(dir, 'a', 2, at(0));
    await rotateBackups(dir, 'b', 2, at(1));
    const result = await rotateBackups(dir, 'c', 2, at(2));
    expect(result.removed).toEqual([path.join(dir, backupFileName(at(0)))]);
  });

  it('does not write an unchanged backup again, so older different ones survive', async () => {
    await rotateBackups(dir, 'first', 2, at(0));
    await rotateBackups(dir, 'second', 2, at(1));
    for (let minute = 2; minute < 6; minute++) {
      expect(await rotateBackups(dir, 'second', 2, at(minute))).toEqual({ written: null, removed: [] });
    }
    expect(await listBackups(dir)).toEqual([backupFileName(at(0)), backupFileName(at(1))]);
  });

  it('never deletes the backup it just wrote, even when the clock went back', async () => {
    for (let minute = 10; minute < 13; minute++) await rotateBackups(dir, `{"n":${minute}}`, 2, at(minute));
    const result = await rotateBackups(dir, 'after the clock was set back', 2, at(1));
    expect(await listBackups(dir)).toEqual([backupFileName(at(1)), backupFileName(at(12))]);
    expect(result.written).toBe(path.join(dir, backupFileName(at(1))));
  });

  it('reports a full disk plainly and keeps the existing backups', async () => {
    await rotateBackups(dir, 'safe', 5, at(0));
    const full: BackupFs = {
      ...fs,
      open: (() =>
        Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))) as BackupFs['open'],
    };
    await expect(rotateBackups(dir, 'new', 5, at(1), full)).rejects.toThrow(/^The disk is full/);
    expect(await fs.readdir(dir)).toEqual([backupFileName(at(0))]);
  });

  it('refuses to keep fewer than one backup', async () => {
    await expect(rotateBackups(dir, 'x', 0)).rejects.toThrow(RangeError);
  });
});
