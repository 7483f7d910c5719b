// The collation's IPC methods: articles collated cleaned, in the order asked, with progress;
// arguments validated; the export written where the dialog says, with the user's sigla.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollationProgress } from '../../preload/contract';
import { collateInProcess } from '../collate/collate-runner';
import { compareInProcess } from '../compare/compare-runner';
import { FolderIdentities } from '../app/folder-identity';
import { createHandlers, type Services } from './index';
import { Library } from '../library/library';

let root: string;
let library: Library;
let ids: string[];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'variorum-ipc-collate-'));
  await writeFile(path.join(root, 'a.txt'), 'Fish & chips\n\nThe quick brown fox.');
  await writeFile(path.join(root, 'b.txt'), 'Fish & chips\n\nThe quick red fox.');
  await writeFile(path.join(root, 'c.txt'), 'Fish & chips\n\nThe quick red fox jumps.');
  library = new Library();
  const snapshot = await library.open(root);
  ids = [...snapshot.articles].sort((x, y) => x.path.localeCompare(y.path)).map((article) => article.id);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const services = (savePath: string | null = null): Services => ({
  library,
  chooseFolder: async () => null,
  recentFolders: { list: async () => [], pathOf: async () => null, remember: async () => {} },
  chooseSavePath: async () => savePath,
  chooseImportFile: async () => null,
  backupsDir: path.join(root, 'backups'),
  runComparison: compareInProcess,
  runCollation: collateInProcess,
  folderIdentities: new FolderIdentities(path.join(root, 'folder-identities.json')),
  showItemInFolder: () => {
    throw new Error('not used by collation');
  },
  openPath: async () => 'not used by collation',
  printToPdf: async () => new Uint8Array(),
});

describe('collate over IPC', () => {
  it('collates the articles in the order asked, against the base asked, with progress', async () => {
    const progress: CollationProgress[] = [];
    const handlers = createHandlers(services(), (event, payload) => {
      if (event === 'collateProgress') progress.push(payload as CollationProgress);
    });
    const collation = await handlers.collate({ ids: [ids[2], ids[0], ids[1]], baseId: ids[0] });
    expect(collation.witnesses.map((w) => w.path)).toEqual(['c.txt', 'a.txt', 'b.txt']);
    expect(collation.base).toBe(ids[0]);
    expect(collation.rows.at(-1)!.segments[1]!.readings).toEqual({
      [ids[2]!]: 'red fox jumps.',
      [ids[0]!]: 'brown fox.',
      [ids[1]!]: 'red fox.',
    });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
  });

  it('refuses fewer than two ids, repeats, unknown ids, a foreign base and extra fields', async () => {
    const handlers = createHandlers(services());
    await expect(handlers.collate({ ids: [ids[0]] })).rejects.toThrow(/two articles or more/);
    await expect(handlers.collate({ ids: [ids[0], ids[0]] })).rejects.toThrow(/each article once/);
    await expect(handlers.collate({ ids: [ids[0], '0123456789abcdef'] })).rejects.toThrow();
    await expect(handlers.collate({ ids: [ids[0], ids[1]], baseId: ids[2] })).rejects.toThrow(/base/);
    await expect(handlers.collate({ ids: [ids[0], ids[1]], extra: 1 })).rejects.toThrow();
    await expect(handlers.collate({ ids: ['../etc/passwd', ids[1]] })).rejects.toThrow(/article id/);
  });

  it('exports the last collation as TEI with the sigla given, and refuses before any', async () => {
    const target = path.join(root, 'out.xml');
    const handlers = createHandlers(services(target));
    await expect(handlers.saveCollationExport({ format: 'tei', sigla: {} })).rejects.toThrow(/Collate/);
    await handlers.collate({ ids });
    expect(await handlers.saveCollationExport({ format: 'tei', sigla: { [ids[1]!]: 'Bee' } })).toEqual({
      saved: true,
      fileName: 'out.xml',
    });
    const tei = await readFile(target, 'utf8');
    expect(tei).toContain('<witness xml:id="Bee">');
    expect(tei).toContain('Fish &amp; chips');
    await expect(handlers.saveCollationExport({ format: 'pdf', sigla: {} })).rejects.toThrow();
    expect(
      await createHandlers(services())
        .saveCollationExport({ format: 'csv', sigla: {} })
        .catch((e: Error) => e.message),
    ).toMatch(/Collate/);
  });
});
