// The IPC gate (isTrustedSender, dispatch, registerIpc) and the handlers behind it
// (createHandlers) with a real Library on a temporary folder: who may call, which arguments
// are accepted, and that every refusal is a plain Error the UI can show.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannel, methodChannel, methodNames, type LibrarySnapshot } from '../../preload/contract';
import {
  createHandlers,
  dispatch,
  isTrustedSender,
  registerIpc,
  eventSender,
  type Handlers,
  type Sender,
  type Services,
  MAX_EXPORT_BYTES,
} from './index';
import { windowSafeError } from './window-safe-error';
import { compareInProcess } from '../compare/compare-runner';
import { collateInProcess } from '../collate/collate-runner';
import { FolderIdentities } from '../app/folder-identity';
import { Library } from '../library/library';
import { articleIdFor } from '../library/scan-folder';
import { APP_ORIGIN, originOf } from '../app/window-policy';

const APP_URL = `${APP_ORIGIN}/index.html`;
// Under `npm run dev` the window is served from the dev server; an http origin is a real
// origin, so the gate's behaviour can be tested here independently of the app:// bug below.
const DEV_ORIGIN = 'http://localhost:5173';
const DEV_URL = `${DEV_ORIGIN}/index.html`;
const trusted: Sender = { url: DEV_URL, isMainFrame: true };

const ORIGINAL = 'Bridge closed\n\nThe bridge closed on Sunday after an inspection.\n';
const UPDATED = 'Bridge closed\n\nThe bridge closed on Sunday evening after an inspection.\n';
const ORIGINAL_ID = articleIdFor('original.txt');
const UPDATED_ID = articleIdFor('updated.txt');

let root: string;
let other: string;
let library: Library;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'variorum-ipc-'));
  other = await mkdtemp(path.join(os.tmpdir(), 'variorum-ipc-other-'));
  await writeFile(path.join(root, 'original.txt'), ORIGINAL);
  await writeFile(path.join(root, 'updated.txt'), UPDATED);
  await writeFile(path.join(other, 'elsewhere.md'), '# Elsewhere\n\nText.\n');
  library = new Library();
  await library.open(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(other, { recursive: true, force: true });
});

/** An in-memory recent list with the same behaviour as the file-backed one. */
function memoryRecentFolders(): Services['recentFolders'] & { paths: string[] } {
  const paths: string[] = [];
  const idOf = (folder: string): string => createHash('sha256').update(folder).digest('hex').slice(0, 12);
  return {
    paths,
    remember: async (folder) => {
      const index = paths.indexOf(folder);
      if (index >= 0) paths.splice(index, 1);
      paths.unshift(folder);
    },
    list: async () =>
      paths.map((folder) => ({
        id: idOf(folder),
        name: path.basename(folder),
        location: path.dirname(folder),
      })),
    pathOf: async (id) => paths.find((folder) => idOf(folder) === id) ?? null,
  };
}

const servicesWith = (
  chooseFolder: Services['chooseFolder'] = async () => null,
  recentFolders = memoryRecentFolders(),
): Services => ({
  library,
  chooseFolder,
  recentFolders,
  chooseSavePath: async () => null,
  chooseImportFile: async () => null,
  backupsDir: path.join(other, 'backups'),
  folderIdentities: new FolderIdentities(path.join(other, 'folder-identities.json')),
  runComparison: compareInProcess,
  showItemInFolder: (file) => void shellCalls.push(`show ${file}`),
  openPath: async (file) => {
    shellCalls.push(`open ${file}`);
    return file.endsWith('updated.txt') ? 'No application knows this file' : '';
  },
  printToPdf: async () => new TextEncoder().encode('%PDF-1.7 test'),
  runCollation: collateInProcess,
});
const shellCalls: string[] = [];

/** Resolves to the Error a promise rejects with, failing the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.resolved)}`);
  return outcome.error as Error;
}

/** Plain Error (not a ZodError or other subclass), so its message is all the UI needs. */
function expectPlainError(error: Error, message: RegExp): void {
  expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
  expect(error.message).toMatch(message);
}

function spyHandlers(): Handlers {
  return {
    getLibrary: vi.fn(async () => null),
    openFolderDialog: vi.fn(async () => null),
    compare: vi.fn(async () => {
      throw new Error('not reached');
    }),
    cancelScan: vi.fn(async () => {}),
    getRecentFolders: vi.fn(async () => []),
    getFolderLocation: vi.fn(async () => null),
    openRecentFolder: vi.fn(async () => {
      throw new Error('not reached');
    }),
    articleText: vi.fn(async () => ''),
    saveExport: vi.fn(async () => ({ saved: false as const })),
    openImportFile: vi.fn(async () => null),
    writeNotesBackup: vi.fn(async () => ({ written: false })),
    overview: vi.fn(async () => {
      throw new Error('not reached');
    }),
    cancelOverview: vi.fn(async () => {}),
    findInFolder: vi.fn(async () => ({ articles: [], total: 0 })),
    revealArticle: vi.fn(async () => {}),
    openArticleExternally: vi.fn(async () => {}),
    saveComparisonPdf: vi.fn(async () => ({ saved: false as const })),
    collate: vi.fn(async () => {
      throw new Error('not reached');
    }),
    saveCollationExport: vi.fn(async () => ({ saved: false as const })),
    getFolderIdentity: vi.fn(async () => null),
    chooseFolderIdentity: vi.fn(async () => {
      throw new Error('not reached');
    }),
  };
}

describe('isTrustedSender', () => {
  it('accepts the top frame of the app origin', () => {
    expect(isTrustedSender({ url: DEV_URL, isMainFrame: true }, DEV_ORIGIN)).toBe(true);
    expect(isTrustedSender({ url: `${DEV_ORIGIN}/deep/page?x=1#y`, isMainFrame: true }, DEV_ORIGIN)).toBe(
      true,
    );
  });

  it('refuses other origins, sub-frames, file: urls and garbage', () => {
    for (const appOrigin of [APP_ORIGIN, DEV_ORIGIN]) {
      const refused: Sender[] = [
        { url: 'https://evil.example/', isMainFrame: true },
        { url: 'http://localhost:5174/index.html', isMainFrame: true },
        { url: `${appOrigin}/index.html`, isMainFrame: false },
        { url: 'not a url', isMainFrame: true },
        { url: '', isMainFrame: true },
        { url: 'file:///etc/passwd', isMainFrame: true },
      ];
      for (const sender of refused) expect(isTrustedSender(sender, appOrigin), sender.url).toBe(false);
    }
  });

  // app: is not a WHATWG "special" scheme: URL.origin is the opaque "null" for it, so the
  // check must not rely on URL.origin.
  it('accepts the top frame of app://variorum against APP_ORIGIN', () => {
    expect(isTrustedSender({ url: APP_URL, isMainFrame: true }, APP_ORIGIN)).toBe(true);
  });

  it('refuses file:, data: and foreign app: urls against the origin main/app/index.ts derives', () => {
    const derivedOrigin = originOf(APP_URL)!;
    for (const url of ['file:///etc/passwd', 'data:text/html,hi', 'app://evil/index.html']) {
      expect(isTrustedSender({ url, isMainFrame: true }, derivedOrigin), url).toBe(false);
    }
  });
});

describe('dispatch', () => {
  it('runs getLibrary and compare for the trusted window', async () => {
    const handlers = createHandlers(servicesWith());
    const snapshot = (await dispatch(handlers, DEV_ORIGIN, 'getLibrary', trusted, [])) as LibrarySnapshot;
    expect(snapshot.folderName).toBe(path.basename(root));
    const comparison = await dispatch(handlers, DEV_ORIGIN, 'compare', trusted, [
      { leftId: ORIGINAL_ID, rightId: UPDATED_ID },
    ]);
    expect(comparison).toHaveProperty('rows');
  });

  it('runs for app://variorum/index.html with the origin main/app/index.ts passes', async () => {
    // main/app/index.ts passes originOf(startUrl); mirrored here so the shipped wiring is covered.
    const handlers = createHandlers(servicesWith());
    const appSender: Sender = { url: APP_URL, isMainFrame: true };
    const appOrigin = originOf(APP_URL)!;
    expect(await dispatch(handlers, appOrigin, 'getLibrary', appSender, [])).toEqual(library.snapshot());
    const comparison = await dispatch(handlers, appOrigin, 'compare', appSender, [
      { leftId: ORIGINAL_ID, rightId: UPDATED_ID },
    ]);
    expect(comparison).toMatchObject({ left: { id: ORIGINAL_ID }, right: { id: UPDATED_ID } });
  });

  const untrusted: [string, Sender][] = [
    ['a foreign origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['a sub-frame of our origin', { url: DEV_URL, isMainFrame: false }],
    ['an unparsable url', { url: '::not a url::', isMainFrame: true }],
    ['a file: url', { url: 'file:///home/user/evil.html', isMainFrame: true }],
  ];
  for (const [label, sender] of untrusted) {
    it(`refuses ${label} before any handler runs`, async () => {
      const handlers = spyHandlers();
      for (const method of methodNames) {
        const args = method === 'compare' ? [{ leftId: ORIGINAL_ID, rightId: UPDATED_ID }] : [];
        const error = await rejectionOf(dispatch(handlers, DEV_ORIGIN, method, sender, args));
        expectPlainError(error, new RegExp(`^Refused ${method}: .*Variorum window`));
        expect(handlers[method]).not.toHaveBeenCalled();
      }
    });
  }
});

describe('createHandlers: compare', () => {
  it('returns both summaries, the stats and the aligned rows', async () => {
    const handlers = createHandlers(servicesWith());
    const result = await handlers.compare({ leftId: ORIGINAL_ID, rightId: UPDATED_ID });
    expect(result.left).toMatchObject({ id: ORIGINAL_ID, path: 'original.txt', title: 'Bridge closed' });
    expect(result.right).toMatchObject({ id: UPDATED_ID, path: 'updated.txt' });
    expect(result.stats.wordsAdded).toBe(1);
    expect(result.stats.wordsRemoved).toBe(0);
    expect(result.rows.map((row) => row.kind)).toEqual(['equal', 'changed']);
  });

  it('accepts every documented option', async () => {
    const handlers = createHandlers(servicesWith());
    const result = await handlers.compare({
      leftId: ORIGINAL_ID,
      rightId: ORIGINAL_ID,
      options: {
        granularity: 'sentence',
        ignoreCase: true,
        ignoreWhitespace: true,
        ignorePunctuation: true,
        ignoreTypography: true,
      },
    });
    expect(result.stats.similarity).toBe(1);
  });

  const bad: [string, unknown[], RegExp][] = [
    ['a non-string id', [{ leftId: 42, rightId: UPDATED_ID }], /^Invalid request to compare \(leftId\)/],
    [
      'an id of the wrong shape',
      [{ leftId: ORIGINAL_ID, rightId: 'ABC' }],
      /^Invalid request to compare \(rightId\): not an article id/,
    ],
    [
      'a path instead of an id',
      [{ leftId: '../../etc/passwd', rightId: UPDATED_ID }],
      /^Invalid request to compare \(leftId\)/,
    ],
    ['a missing id', [{ leftId: ORIGINAL_ID }], /^Invalid request to compare \(rightId\)/],
    [
      'an unknown key',
      [{ leftId: ORIGINAL_ID, rightId: UPDATED_ID, path: '/etc/passwd' }],
      /^Invalid request to compare.*path/,
    ],
    [
      'an unknown option',
      [{ leftId: ORIGINAL_ID, rightId: UPDATED_ID, options: { fuzzy: true } }],
      /^Invalid request to compare \(options\).*fuzzy/,
    ],
    [
      "granularity 'char'",
      [{ leftId: ORIGINAL_ID, rightId: UPDATED_ID, options: { granularity: 'char' } }],
      /^Invalid request to compare \(options\.granularity\)/,
    ],
    [
      "ignoreCase 'yes'",
      [{ leftId: ORIGINAL_ID, rightId: UPDATED_ID, options: { ignoreCase: 'yes' } }],
      /^Invalid request to compare \(options\.ignoreCase\)/,
    ],
    ['a string instead of a request', ['original.txt'], /^Invalid request to compare/],
    ['null', [null], /^Invalid request to compare/],
    [
      'too many arguments',
      [{ leftId: ORIGINAL_ID, rightId: UPDATED_ID }, {}],
      /^compare takes one argument, got 2\.$/,
    ],
    ['no arguments', [], /^compare takes one argument, got 0\.$/],
  ];
  for (const [label, args, message] of bad) {
    it(`rejects ${label} with a plain message`, async () => {
      const load = vi.spyOn(library, 'load');
      const handlers = createHandlers(servicesWith());
      expectPlainError(await rejectionOf(handlers.compare(...args)), message);
      expect(load).not.toHaveBeenCalled();
    });
  }

  it('rejects a well-formed id that main never issued', async () => {
    const handlers = createHandlers(servicesWith());
    const error = await rejectionOf(handlers.compare({ leftId: ORIGINAL_ID, rightId: '0123456789abcdef' }));
    expectPlainError(error, /not in the open folder/);
  });
});

describe('createHandlers: getLibrary and openFolderDialog', () => {
  it('getLibrary returns the open folder and refuses arguments', async () => {
    const handlers = createHandlers(servicesWith());
    expect(await handlers.getLibrary()).toEqual(library.snapshot());
    expectPlainError(await rejectionOf(handlers.getLibrary('/etc')), /^getLibrary takes no arguments\.$/);
  });

  it('openFolderDialog returns null and changes nothing when the dialog is cancelled', async () => {
    const notify = vi.fn();
    const chooseFolder = vi.fn(async () => null);
    const before = library.snapshot();
    const handlers = createHandlers(servicesWith(chooseFolder), notify);
    expect(await handlers.openFolderDialog()).toBeNull();
    expect(chooseFolder).toHaveBeenCalledOnce();
    expect(library.snapshot()).toEqual(before);
    expect(notify).not.toHaveBeenCalled();
  });

  it('openFolderDialog opens the chosen folder and notifies once with its snapshot', async () => {
    const notify = vi.fn();
    const handlers = createHandlers(
      servicesWith(async () => other),
      notify,
    );
    const snapshot = await handlers.openFolderDialog();
    expect(snapshot?.folderName).toBe(path.basename(other));
    expect(snapshot?.articles.map((a) => a.title)).toEqual(['Elsewhere']);
    expect(notify).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('libraryChanged', snapshot);
    expect(await handlers.getLibrary()).toEqual(snapshot);
  });

  it('openFolderDialog rejects, without notifying, when the chosen path is not a folder', async () => {
    const notify = vi.fn();
    const before = library.snapshot();
    const handlers = createHandlers(
      servicesWith(async () => path.join(root, 'original.txt')),
      notify,
    );
    expectPlainError(await rejectionOf(handlers.openFolderDialog()), /Not a folder/);
    expect(notify).not.toHaveBeenCalled();
    expect(library.snapshot()).toEqual(before);
  });

  it('openFolderDialog refuses arguments without showing the dialog', async () => {
    const chooseFolder = vi.fn(async () => other);
    const handlers = createHandlers(servicesWith(chooseFolder));
    expectPlainError(await rejectionOf(handlers.openFolderDialog(other)), /takes no arguments/);
    expect(chooseFolder).not.toHaveBeenCalled();
  });
});

describe('windowSafeError', () => {
  it('turns a raw system error into its reason, without the path', () => {
    const raw = Object.assign(new Error("ENOENT: no such file or directory, stat '/home/ann/articles'"), {
      code: 'ENOENT',
      syscall: 'stat',
      path: '/home/ann/articles',
    });
    const safe = windowSafeError(raw);
    expect(Object.getPrototypeOf(safe)).toBe(Error.prototype);
    expect(safe.message).toBe('The file disappeared before it could be read.');
  });

  it('cuts any absolute path in a message to its last part', () => {
    expect(windowSafeError(new Error('Could not open /home/ann/private/notes.md today')).message).toBe(
      'Could not open notes.md today',
    );
    expect(windowSafeError(new Error('Could not open C:\\Users\\ann\\x.json')).message).toBe(
      'Could not open x.json',
    );
    expect(windowSafeError(new Error('sub/dir/c.txt: the file disappeared (at "/tmp/x/y")')).message).toBe(
      'sub/dir/c.txt: the file disappeared (at "y")',
    );
    const plain = new Error('That article is not in the open folder.');
    expect(windowSafeError(plain)).toBe(plain);
  });

  it('is applied to every handler failure that dispatch passes on', async () => {
    const handlers = spyHandlers();
    handlers.getLibrary = async () => {
      throw Object.assign(new Error(`ENOENT: no such file or directory, stat '${root}'`), {
        code: 'ENOENT',
        syscall: 'stat',
      });
    };
    const error = await rejectionOf(dispatch(handlers, DEV_ORIGIN, 'getLibrary', trusted, []));
    expectPlainError(error, /^The file disappeared/);
    expect(error.message).not.toContain(root);
  });

  it('names only the folder when a recent folder has been deleted', async () => {
    const gone = await mkdtemp(path.join(os.tmpdir(), 'variorum-ipc-gone-'));
    const recent = memoryRecentFolders();
    await recent.remember(gone);
    await rm(gone, { recursive: true });
    const handlers = createHandlers(servicesWith(undefined, recent));
    const [listed] = await handlers.getRecentFolders();
    const error = await rejectionOf(
      dispatch(handlers, DEV_ORIGIN, 'openRecentFolder', trusted, [listed!.id]),
    );
    expectPlainError(error, new RegExp(`^Not a folder: ${path.basename(gone)}$`));
  });
});

describe('createHandlers: recent folders and scanning', () => {
  it('remembers opened folders, newest first, and reopens one by its id', async () => {
    const recent = memoryRecentFolders();
    let choice = other;
    const handlers = createHandlers(servicesWith(async () => choice, recent));
    await handlers.openFolderDialog();
    choice = root;
    await handlers.openFolderDialog();
    const listed = await handlers.getRecentFolders();
    expect(listed.map((folder) => folder.name)).toEqual([path.basename(root), path.basename(other)]);
    const reopened = await handlers.openRecentFolder(listed[1]!.id);
    expect(reopened.folderName).toBe(path.basename(other));
    expect((await handlers.getRecentFolders())[0]!.name).toBe(path.basename(other));
  });

  it('refuses recent-folder ids it did not issue, and paths', async () => {
    const handlers = createHandlers(servicesWith());
    expectPlainError(
      await rejectionOf(handlers.openRecentFolder('0123456789ab')),
      /no longer in the recent list/,
    );
    expectPlainError(
      await rejectionOf(handlers.openRecentFolder(root)),
      /Invalid request to openRecentFolder/,
    );
    expectPlainError(await rejectionOf(handlers.getRecentFolders('x')), /takes no arguments/);
  });

  it('cancelScan takes no arguments and leaves an open folder as it is', async () => {
    const handlers = createHandlers(servicesWith());
    const before = library.snapshot();
    await handlers.cancelScan();
    expect(library.snapshot()).toEqual(before);
    expectPlainError(await rejectionOf(handlers.cancelScan(1)), /takes no arguments/);
  });
});

describe('createHandlers: notes files', () => {
  it('saveExport writes where the dialog says, atomically, and answers with the file name only', async () => {
    const target = path.join(other, 'notes.md');
    const handlers = createHandlers({ ...servicesWith(), chooseSavePath: async () => target });
    expect(
      await handlers.saveExport({ format: 'markdown', suggestedName: 'notes.md', content: '# Notes' }),
    ).toEqual({
      saved: true,
      fileName: 'notes.md',
    });
    expect(await readFile(target, 'utf8')).toBe('# Notes');
    const cancelled = createHandlers(servicesWith());
    expect(await cancelled.saveExport({ format: 'csv', suggestedName: 'n.csv', content: 'x' })).toEqual({
      saved: false,
    });
  });

  it('saveExport refuses paths as names, unknown formats and extra fields', async () => {
    const handlers = createHandlers({ ...servicesWith(), chooseSavePath: async () => path.join(other, 'x') });
    for (const request of [
      { format: 'markdown', suggestedName: '../../etc/passwd', content: 'x' },
      { format: 'exe', suggestedName: 'a.exe', content: 'x' },
      { format: 'csv', suggestedName: 'a.csv', content: 'x', path: '/tmp/a.csv' },
      { format: 'csv', suggestedName: 'a.csv', content: 42 },
    ]) {
      expectPlainError(await rejectionOf(handlers.saveExport(request)), /Invalid request to saveExport/);
    }
  });

  it('saveExport refuses "." and ".." and proposes safe names for reserved Windows names', async () => {
    const proposed: string[] = [];
    const handlers = createHandlers({
      ...servicesWith(),
      chooseSavePath: async (name) => (proposed.push(name), null),
    });
    for (const suggestedName of ['.', '..', ' . ']) {
      expectPlainError(
        await rejectionOf(handlers.saveExport({ format: 'csv', suggestedName, content: 'x' })),
        /Invalid request to saveExport \(suggestedName\): not a usable file name/,
      );
    }
    for (const suggestedName of ['CON', 'nul.txt', 'COM1.csv', 'notes.md.', 'notes.md ']) {
      await handlers.saveExport({ format: 'csv', suggestedName, content: 'x' });
    }
    expect(proposed).toEqual(['_CON', '_nul.txt', '_COM1.csv', 'notes.md', 'notes.md']);
  });

  it('caps exports by their UTF-8 bytes, not their characters', async () => {
    let asked = false;
    const handlers = createHandlers({
      ...servicesWith(),
      chooseSavePath: async () => ((asked = true), null),
    });
    // Fewer characters than the cap, three times as many bytes.
    const euros = '€'.repeat(Math.floor(MAX_EXPORT_BYTES / 3) + 1);
    expectPlainError(
      await rejectionOf(handlers.saveExport({ format: 'markdown', suggestedName: 'n.md', content: euros })),
      /the export is too large/,
    );
    expectPlainError(await rejectionOf(handlers.writeNotesBackup(euros)), /the export is too large/);
    expect(asked).toBe(false);
  });

  it('saveExport reports a failed write with a plain message and leaves the old file', async () => {
    const target = path.join(other, 'missing-folder', 'notes.md');
    const handlers = createHandlers({ ...servicesWith(), chooseSavePath: async () => target });
    const error = await rejectionOf(
      handlers.saveExport({ format: 'markdown', suggestedName: 'notes.md', content: 'x' }),
    );
    expect(error.message).toMatch(/notes\.md/);
  });

  it('openImportFile reads the chosen file, or answers null when cancelled', async () => {
    const file = path.join(other, 'export.json');
    await writeFile(file, '{"type":"AnnotationCollection"}');
    const handlers = createHandlers({ ...servicesWith(), chooseImportFile: async () => file });
    expect(await handlers.openImportFile()).toEqual({
      fileName: 'export.json',
      content: '{"type":"AnnotationCollection"}',
    });
    expect(await createHandlers(servicesWith()).openImportFile()).toBeNull();
  });

  it.skipIf(process.platform === 'win32')(
    'openImportFile refuses a named pipe without blocking on it',
    { timeout: 5000 },
    async () => {
      const fifo = path.join(other, 'notes.json');
      execFileSync('mkfifo', [fifo]);
      const handlers = createHandlers({ ...servicesWith(), chooseImportFile: async () => fifo });
      expectPlainError(
        await rejectionOf(handlers.openImportFile()),
        /^notes\.json cannot be imported: a named pipe/,
      );
    },
  );

  it('openImportFile says plainly that a file is missing, without its full path', async () => {
    const missing = path.join(other, 'gone.json');
    const handlers = createHandlers({ ...servicesWith(), chooseImportFile: async () => missing });
    const error = await rejectionOf(handlers.openImportFile());
    expectPlainError(error, /^gone\.json cannot be imported: the file disappeared/);
    expect(error.message).not.toContain(other);
  });

  it('writeNotesBackup keeps a backup in the profile, once per distinct content', async () => {
    const handlers = createHandlers(servicesWith());
    expect(await handlers.writeNotesBackup('{"a":1}')).toEqual({ written: true });
    expect(await handlers.writeNotesBackup('{"a":1}')).toEqual({ written: false });
    expectPlainError(await rejectionOf(handlers.writeNotesBackup(12)), /Invalid request to writeNotesBackup/);
  });

  it('articleText gives the text as compared: paragraphs joined by blank lines, cleaned', async () => {
    const handlers = createHandlers(servicesWith());
    expect(await handlers.articleText({ id: ORIGINAL_ID })).toBe(
      'Bridge closed\n\nThe bridge closed on Sunday after an inspection.',
    );
    expectPlainError(
      await rejectionOf(handlers.articleText({ id: '../x' })),
      /Invalid request to articleText/,
    );
  });

  it('articleText and compare use the mojibake repair unless it is switched off', async () => {
    await writeFile(path.join(root, 'garbled.txt'), 'EspaÃ±ol\n\nThe bridge closed on Sunday.\n');
    await library.open(root);
    const id = articleIdFor('garbled.txt');
    const handlers = createHandlers(servicesWith());
    expect(await handlers.articleText({ id })).toBe('Español\n\nThe bridge closed on Sunday.');
    expect(await handlers.articleText({ id, repair: false })).toBe(
      'EspaÃ±ol\n\nThe bridge closed on Sunday.',
    );
    const repaired = await handlers.compare({ leftId: id, rightId: id });
    expect(repaired.right.repair).toEqual({ label: 'repaired double-encoded text', count: 1 });
    const asDecoded = await handlers.compare({
      leftId: id,
      rightId: id,
      repair: { left: true, right: false },
    });
    const rightText = asDecoded.rows.flatMap((row) => row.right.map((segment) => segment.text)).join('');
    expect(rightText).toContain('EspaÃ±ol');
    expect(rightText).not.toContain('Español');
    expectPlainError(
      await rejectionOf(handlers.compare({ leftId: id, rightId: id, repair: { left: 'no' } })),
      /Invalid request to compare/,
    );
  });
});

describe('createHandlers: findInFolder', () => {
  const loose = { matchCase: false, matchDiacritics: false, clean: true };

  it('searches every article of the open folder, with offsets into the text as compared', async () => {
    const handlers = createHandlers(servicesWith());
    const result = await handlers.findInFolder({ query: 'SUNDAY', ...loose });
    expect(result.total).toBe(2);
    expect(result.articles.map((article) => article.id).sort()).toEqual([ORIGINAL_ID, UPDATED_ID].sort());
    const updated = result.articles.find((article) => article.id === UPDATED_ID)!;
    const text = await handlers.articleText({ id: UPDATED_ID });
    expect(text.slice(updated.hits[0]!.start, updated.hits[0]!.end)).toBe('Sunday');
    expect(updated.hits[0]!.snippet).toMatchObject({ match: 'Sunday' });
    expect((await handlers.findInFolder({ query: 'evening', ...loose })).articles).toHaveLength(1);
    expect((await handlers.findInFolder({ query: 'SUNDAY', ...loose, matchCase: true })).total).toBe(0);
  });

  it('refuses empty queries and unknown fields', async () => {
    const handlers = createHandlers(servicesWith());
    for (const request of [
      { query: '', ...loose },
      { query: 'x', ...loose, folder: '/etc' },
      { query: 'x', matchCase: 'yes', matchDiacritics: false, clean: true },
    ]) {
      expectPlainError(await rejectionOf(handlers.findInFolder(request)), /Invalid request to findInFolder/);
    }
  });
});

describe('createHandlers: reveal, open and print', () => {
  it('reveals and opens files main resolved from the article id, never from a path', async () => {
    shellCalls.length = 0;
    const handlers = createHandlers(servicesWith());
    await handlers.revealArticle(ORIGINAL_ID);
    await handlers.openArticleExternally(ORIGINAL_ID);
    const real = path.join(root, 'original.txt');
    expect(shellCalls).toEqual([`show ${real}`, `open ${real}`]);
    expectPlainError(await rejectionOf(handlers.openArticleExternally(UPDATED_ID)), /No application knows/);
    for (const bad of [path.join(root, 'original.txt'), '0123456789abcdef', { id: ORIGINAL_ID }]) {
      await rejectionOf(handlers.revealArticle(bad));
    }
    expect(shellCalls).toHaveLength(3);
  });

  it('saves the printed PDF atomically where the dialog says, and refuses paths as names', async () => {
    const target = path.join(other, 'comparison.pdf');
    const handlers = createHandlers({ ...servicesWith(), chooseSavePath: async () => target });
    expect(await handlers.saveComparisonPdf({ suggestedName: 'a vs b.pdf' })).toEqual({
      saved: true,
      fileName: 'comparison.pdf',
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test');
    for (const bad of [
      { suggestedName: '../x.pdf' },
      { suggestedName: 'x.html' },
      { suggestedName: 'x.pdf', path: '/' },
    ]) {
      expectPlainError(
        await rejectionOf(handlers.saveComparisonPdf(bad)),
        /Invalid request to saveComparisonPdf/,
      );
    }
  });
});

describe('createHandlers: folder identity', () => {
  it('issues the open folder an id (no path), the same one each time', async () => {
    const handlers = createHandlers(servicesWith());
    const identity = await handlers.getFolderIdentity();
    expect(identity).toEqual({
      state: 'resolved',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      movedFrom: null,
    });
    expect(JSON.stringify(identity)).not.toContain(root);
    expect(await handlers.getFolderIdentity()).toEqual(identity);
    expectPlainError(await rejectionOf(handlers.getFolderIdentity(root)), /takes no arguments/);
  });

  it('tells where the open folder is, for display, and takes no arguments', async () => {
    const handlers = createHandlers(servicesWith());
    expect(await handlers.getFolderLocation()).toBe(await realpath(root));
    expectPlainError(await rejectionOf(handlers.getFolderLocation(root)), /takes no arguments/);
  });

  it('refuses a choice that is not a folder id, or when nothing was asked', async () => {
    const handlers = createHandlers(servicesWith());
    expectPlainError(
      await rejectionOf(handlers.chooseFolderIdentity({ id: '../etc' })),
      /Invalid request to chooseFolderIdentity \(id\)/,
    );
    expectPlainError(await rejectionOf(handlers.chooseFolderIdentity({ id: null })), /no question/);
  });
});

describe('registerIpc', () => {
  type FakeIpcMain = Parameters<typeof registerIpc>[0];
  type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

  function register(handlers: Handlers): Map<string, Listener> {
    const registered = new Map<string, Listener>();
    const ipcMain = {
      handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    } as unknown as FakeIpcMain;
    registerIpc(ipcMain, handlers, DEV_ORIGIN);
    return registered;
  }

  it('registers one channel per contract method', () => {
    expect([...register(spyHandlers()).keys()]).toEqual(methodNames.map(methodChannel));
  });

  it('passes the arguments through for the window’s own main frame', async () => {
    const handlers = spyHandlers();
    const mainFrame = { url: DEV_URL };
    const listener = register(handlers).get(methodChannel('getLibrary'))!;
    await listener({ senderFrame: mainFrame, sender: { mainFrame } }, 'an argument');
    expect(handlers.getLibrary).toHaveBeenCalledWith('an argument');
  });

  it('refuses a sub-frame on our origin and a sender whose frame is gone', async () => {
    const handlers = spyHandlers();
    const listener = register(handlers).get(methodChannel('getLibrary'))!;
    const mainFrame = { url: DEV_URL };
    const subFrame = { url: DEV_URL };
    await expect(listener({ senderFrame: subFrame, sender: { mainFrame } })).rejects.toThrow(/^Refused/);
    await expect(listener({ senderFrame: null, sender: { mainFrame } })).rejects.toThrow(/^Refused/);
    expect(handlers.getLibrary).not.toHaveBeenCalled();
  });
});

describe('eventSender', () => {
  it('sends only the payload, on the event’s derived channel', () => {
    const send = vi.fn();
    const snapshot = library.snapshot()!;
    eventSender(send)('libraryChanged', snapshot);
    expect(send).toHaveBeenCalledExactlyOnceWith(eventChannel('libraryChanged'), snapshot);
  });
});
