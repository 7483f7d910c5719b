// Folder identities: the same folder keeps its id, a moved or renamed one is found by its
// articles, two folders of one name never share an id, and doubt becomes a question whose
// answers are checked.
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderIdentities, resolveFolder, shortHash, type IdentityEntry } from './folder-identity';

const h = (n: number): string => n.toString(16).padStart(4, '0').repeat(16);
const hashes = (...ns: number[]): string[] => ns.map(h);

let dir: string;
let profile: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'variorum-identity-'));
  profile = path.join(dir, 'profile', 'folder-identities.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folderAt(...parts: string[]): Promise<string> {
  const folder = path.join(dir, ...parts);
  await mkdir(folder, { recursive: true });
  return folder;
}

function idOf(identity: { state: string; id?: string }): string {
  if (identity.state !== 'resolved' || !identity.id)
    throw new Error(`expected resolved, got ${identity.state}`);
  return identity.id;
}

describe('FolderIdentities', () => {
  it('gives a folder the same id every time, across restarts, and never tells its path', async () => {
    const folder = await folderAt('desk', 'articles');
    const first = await new FolderIdentities(profile).identify(folder, hashes(1, 2, 3));
    expect(first).toEqual({
      state: 'resolved',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      movedFrom: null,
    });
    const again = await new FolderIdentities(profile).identify(folder, hashes(1, 2, 3, 4));
    expect(idOf(again)).toBe(idOf(first));
    expect(JSON.stringify(again)).not.toContain(dir);
  });

  it('gives two folders of the same name different ids, even with the same articles', async () => {
    const identities = new FolderIdentities(profile);
    const one = await folderAt('desk', 'articles');
    const two = await folderAt('home', 'articles');
    const a = idOf(await identities.identify(one, hashes(1, 2)));
    // A copy: the first folder is still where it was, so this is another folder.
    const b = idOf(await identities.identify(two, hashes(1, 2)));
    expect(b).not.toBe(a);
    expect(idOf(await identities.identify(one, hashes(1, 2)))).toBe(a);
  });

  it('recognises a moved and renamed folder by its articles', async () => {
    const identities = new FolderIdentities(profile);
    const before = await folderAt('desk', 'articles');
    const id = idOf(await identities.identify(before, hashes(1, 2, 3, 4)));
    const after = path.join(dir, 'archive', 'articles-2026');
    await mkdir(path.dirname(after), { recursive: true });
    await rename(before, after);
    // One article edited since: still clearly the same folder.
    expect(await identities.identify(after, hashes(1, 2, 3, 9))).toEqual({
      state: 'resolved',
      id,
      movedFrom: 'articles',
    });
    const stored = JSON.parse(await readFile(profile, 'utf8')) as IdentityEntry[];
    expect(stored).toEqual([expect.objectContaining({ id, path: after, name: 'articles-2026' })]);
  });

  it('asks when two vanished folders could be this one, and accepts only what it offered', async () => {
    const identities = new FolderIdentities(profile);
    const one = await folderAt('one', 'articles');
    const two = await folderAt('two', 'articles');
    const first = idOf(await identities.identify(one, hashes(1, 2, 3)));
    const second = idOf(await identities.identify(two, hashes(2, 3, 4)));
    await rm(one, { recursive: true });
    await rm(two, { recursive: true });
    const merged = await folderAt('merged');

    const asked = await identities.identify(merged, hashes(1, 2, 3, 4));
    expect(asked).toEqual({
      state: 'ask',
      articles: 4,
      candidates: [
        expect.objectContaining({ id: second, name: 'articles', shared: 3, articles: 3 }),
        expect.objectContaining({ id: first, name: 'articles', shared: 3, articles: 3 }),
      ],
    });
    await expect(identities.choose(merged, '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      /not one of those offered/,
    );
    await expect(identities.choose(path.join(dir, 'elsewhere'), first)).rejects.toThrow(/no question/);
    expect(await identities.choose(merged, first)).toEqual({
      state: 'resolved',
      id: first,
      movedFrom: 'articles',
    });
    // Answered once: the same folder is known from now on.
    expect(idOf(await identities.identify(merged, hashes(1, 2, 3, 4)))).toBe(first);
    await expect(identities.choose(merged, second)).rejects.toThrow(/no question/);
  });

  it('asks, rather than guessing, when a vanished folder shares only a few articles', async () => {
    const identities = new FolderIdentities(profile);
    const old = await folderAt('old');
    const oldId = idOf(await identities.identify(old, hashes(1, 2, 3, 4, 5, 6)));
    await rm(old, { recursive: true });
    const fresh = await folderAt('fresh');
    const asked = await identities.identify(fresh, hashes(1, 7, 8, 9, 10, 11));
    expect(asked).toMatchObject({ state: 'ask', candidates: [{ id: oldId, shared: 1 }] });
    const answer = await identities.choose(fresh, null);
    expect(idOf(answer)).not.toBe(oldId);
    expect(answer).toMatchObject({ movedFrom: null });
  });

  it('does not remember a partial list from a cancelled scan', async () => {
    const identities = new FolderIdentities(profile);
    const folder = await folderAt('big');
    await identities.identify(folder, hashes(1, 2, 3, 4));
    await identities.identify(folder, hashes(1), false);
    const [entry] = JSON.parse(await readFile(profile, 'utf8')) as IdentityEntry[];
    expect(entry!.hashes).toEqual(hashes(1, 2, 3, 4).map(shortHash));
  });

  it('refuses to start over when its record is damaged, instead of losing every identity', async () => {
    await mkdir(path.dirname(profile), { recursive: true });
    await writeFile(profile, '[{"id": "trunc');
    const folder = await folderAt('articles');
    await expect(new FolderIdentities(profile).identify(folder, hashes(1))).rejects.toThrow(
      /could not be read/,
    );
    expect(await readFile(profile, 'utf8')).toBe('[{"id": "trunc');
  });
});

describe('resolveFolder', () => {
  const entry = (id: string, folder: string, ns: number[]): IdentityEntry => ({
    id,
    path: folder,
    name: path.basename(folder),
    hashes: hashes(...ns).map(shortHash),
    lastOpened: '2026-03-01T00:00:00.000Z',
  });

  it('never offers a folder that is still where it was', () => {
    const entries = [entry('a', '/x/articles', [1, 2])];
    expect(resolveFolder(entries, '/y/articles', hashes(1, 2), () => true)).toEqual({ kind: 'new' });
    expect(resolveFolder(entries, '/y/articles', hashes(1, 2), () => false)).toMatchObject({ kind: 'moved' });
  });

  it('gives an empty folder a new identity rather than matching on nothing', () => {
    expect(resolveFolder([entry('a', '/x', [])], '/y', [], () => false)).toEqual({ kind: 'new' });
  });
});
